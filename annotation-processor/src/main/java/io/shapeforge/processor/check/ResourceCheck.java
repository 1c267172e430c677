package io.shapeforge.processor.check;

import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.PaginationModel;
import io.shapeforge.processor.model.ResourceDeclaration;
import io.shapeforge.processor.model.ResourceSpec;
import io.shapeforge.processor.model.ResourceSpec.Lifecycle;
import io.shapeforge.processor.model.ResourceSpec.Minter;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.spec.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Checks {@code @Resource} declarations against the shapes and operations read, and resolves the
 * sound ones into {@link ResourceSpec}s. Every mistake is reported on the declaration's value at
 * fault (never in the imported spec it names), and drops that resource and its children only.
 */
public final class ResourceCheck {

  /** The only pattern a minter is derived from: a literal prefix, then N lower-case hex digits. */
  private static final java.util.regex.Pattern DERIVABLE =
      java.util.regex.Pattern.compile("\\^([A-Za-z0-9_-]*)\\[0-9a-f\\]\\{(\\d+)\\}\\$");

  private final Map<String, ShapeModel> shapes;
  private final Map<String, OperationModel> operations;
  private final Set<String> queried;
  private final Findings findings = new Findings();

  /**
   * @param shapes every shape read, by spec name
   * @param operations every operation read, by spec name
   * @param queried the spec names of the records {@code @Query} operations store, which have a
   *     table of the query engine's already
   */
  public ResourceCheck(
      Map<String, ShapeModel> shapes, Map<String, OperationModel> operations, Set<String> queried) {
    this.shapes = shapes;
    this.operations = operations;
    this.queried = Set.copyOf(queried);
  }

  /**
   * The outcome of a check.
   *
   * @param diagnostics every finding, in the order found
   * @param valid the sound resources, parents before children
   */
  public record Result(List<Diagnostic> diagnostics, List<ResourceSpec> valid) {}

  /** Checks {@code declarations}, given in any order. */
  public Result check(List<ResourceDeclaration> declarations) {
    Map<String, ResourceDeclaration> byName = new LinkedHashMap<>();
    declarations.forEach(declaration -> byName.put(declaration.specName(), declaration));
    Map<String, Optional<ResourceSpec>> checked = new LinkedHashMap<>();
    for (ResourceDeclaration declaration : declarations) {
      resolve(declaration, byName, checked, new LinkedHashSet<>());
    }
    List<ResourceSpec> valid = new ArrayList<>();
    checked.values().forEach(spec -> spec.ifPresent(valid::add));
    return new Result(findings.list(), valid);
  }

  private Optional<ResourceSpec> resolve(
      ResourceDeclaration declaration,
      Map<String, ResourceDeclaration> byName,
      Map<String, Optional<ResourceSpec>> checked,
      Set<String> path) {
    if (checked.containsKey(declaration.specName())) {
      return checked.get(declaration.specName());
    }
    path.add(declaration.specName());
    Optional<ResourceSpec> parent = Optional.empty();
    boolean parentSound = true;
    if (declaration.parent().isPresent()) {
      String parentName = declaration.parent().get();
      ResourceDeclaration parentDeclaration = byName.get(parentName);
      if (parentDeclaration == null) {
        error(
            declaration,
            "parent",
            ErrorMessages.resourceParentUnknown(name(declaration), parentName));
        parentSound = false;
      } else if (path.contains(parentName)) {
        List<String> cycle = new ArrayList<>();
        path.forEach(name -> cycle.add(simple(name)));
        cycle.add(simple(parentName));
        error(
            declaration,
            "parent",
            ErrorMessages.resourceParentCycle(name(declaration), String.join(" -> ", cycle)));
        parentSound = false;
      } else {
        parent = resolve(parentDeclaration, byName, checked, path);
        // A parent with errors of its own was reported where it is declared.
        parentSound = parent.isPresent();
      }
    }
    path.remove(declaration.specName());
    Optional<ResourceSpec> spec = parentSound ? checkOne(declaration, parent) : Optional.empty();
    checked.put(declaration.specName(), spec);
    return spec;
  }

  private Optional<ResourceSpec> checkOne(
      ResourceDeclaration declaration, Optional<ResourceSpec> parent) {
    int errorsBefore = findings.errorCount();
    Optional<StructureShape> record = structure(declaration.record());
    if (record.isEmpty()) {
      error(
          declaration,
          "record",
          ErrorMessages.resourceRecordNotStructure(name(declaration), declaration.record()));
      return Optional.empty();
    }
    StructureShape shape = record.get();
    if (queried.contains(declaration.record())) {
      // Two tables of one record would each hold part of the records: one table, or an error.
      error(
          declaration,
          "record",
          ErrorMessages.resourceRecordQueried(name(declaration), simple(declaration.record())));
      return Optional.empty();
    }
    List<String> key = new ArrayList<>();
    parent.ifPresent(p -> key.addAll(p.key()));
    for (String member : key) {
      if (member(shape, member).isEmpty()) {
        error(
            declaration,
            "parent",
            ErrorMessages.resourceParentKeyMissing(
                name(declaration),
                simple(declaration.record()),
                member,
                parent.get().declaration().simpleName()));
      }
    }
    Optional<MemberModel> identifier = member(shape, declaration.identifier());
    if (identifier.isEmpty()) {
      error(
          declaration,
          "identifier",
          ErrorMessages.resourceMemberMissing(
              name(declaration), simple(declaration.record()), declaration.identifier()));
    } else if (!identifier.get().type().is(MemberType.ScalarKind.STRING)) {
      error(
          declaration,
          "identifier",
          ErrorMessages.resourceIdentifierNotString(
              name(declaration), declaration.identifier(), identifier.get().type().written()));
    }
    if (findings.errorCount() > errorsBefore) {
      // Operations are checked against the key, so a broken key would only repeat itself there.
      return Optional.empty();
    }
    key.add(declaration.identifier());
    Optional<Minter> minter = identifier.flatMap(member -> minter(declaration, member));
    Optional<StructureShape> notFound = errorShape(declaration, "notFound", declaration.notFound());
    for (ResourceSpec.MessagePart part : ResourceSpec.messageParts(declaration.notFoundMessage())) {
      if (part.placeholder() != null
          && !part.placeholder().isEmpty()
          && !key.contains(part.placeholder())) {
        error(
            declaration,
            "notFoundMessage",
            ErrorMessages.resourceMessageMemberUnknown(name(declaration), part.placeholder(), key));
      }
    }
    Optional<StructureShape> mismatch =
        declaration
            .idempotencyMismatch()
            .flatMap(n -> errorShape(declaration, "idempotencyMismatch", n));
    Optional<Lifecycle> create = lifecycle(declaration, "create", declaration.create());
    Optional<Lifecycle> read = lifecycle(declaration, "read", declaration.read());
    Optional<Lifecycle> update = lifecycle(declaration, "update", declaration.update());
    Optional<Lifecycle> delete = lifecycle(declaration, "delete", declaration.delete());
    Optional<Lifecycle> list = lifecycle(declaration, "list", declaration.list());
    create.ifPresent(c -> checkCreate(declaration, shape, key, c));
    read.ifPresent(r -> checkByKey(declaration, "read", shape, key, r));
    update.ifPresent(u -> checkUpdate(declaration, shape, key, u));
    delete.ifPresent(d -> checkByKey(declaration, "delete", shape, key, d));
    list = list.flatMap(l -> checkList(declaration, shape, key, l));
    if (declaration.defaultPageSize() < 0
        || (declaration.defaultPageSize() != 0 && declaration.list().isEmpty())) {
      error(
          declaration,
          "defaultPageSize",
          ErrorMessages.resourceDefaultPageSize(name(declaration), declaration.defaultPageSize()));
    }
    if (findings.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new ResourceSpec(
            declaration,
            shape,
            key,
            parent,
            minter.orElseThrow(),
            notFound.orElseThrow().ref(),
            mismatch.map(StructureShape::ref),
            create,
            read,
            update,
            delete,
            list));
  }

  private Optional<Minter> minter(ResourceDeclaration declaration, MemberModel identifier) {
    if (declaration.mintUuid()) {
      if (declaration.mintHexDigits() != 0 || !declaration.mintPrefix().isEmpty()) {
        error(declaration, "mintUuid", ErrorMessages.resourceMintConflict(name(declaration)));
        return Optional.empty();
      }
      return Optional.of(Minter.UUID);
    }
    if (declaration.mintWritten()) {
      if (declaration.mintHexDigits() < 1 || declaration.mintHexDigits() > 64) {
        error(
            declaration,
            // Point at the prefix when the digits were left out altogether.
            declaration.mintHexDigits() == 0 ? "mintPrefix" : "mintHexDigits",
            ErrorMessages.resourceMintDigits(name(declaration), declaration.mintHexDigits()));
        return Optional.empty();
      }
      return Optional.of(new Minter(declaration.mintPrefix(), declaration.mintHexDigits()));
    }
    String pattern = identifier.constraints().pattern().map(p -> p.regex()).orElse("(none)");
    Matcher matcher = DERIVABLE.matcher(pattern);
    if (matcher.matches()) {
      int digits = Integer.parseInt(matcher.group(2));
      if (digits >= 1 && digits <= 64) {
        return Optional.of(new Minter(matcher.group(1), digits));
      }
    }
    error(
        declaration,
        null,
        ErrorMessages.resourceMintRequired(name(declaration), identifier.name(), pattern));
    return Optional.empty();
  }

  private Optional<StructureShape> errorShape(
      ResourceDeclaration declaration, String attribute, String named) {
    Optional<StructureShape> error = structure(named).filter(s -> s.error().isPresent());
    if (error.isEmpty()) {
      error(
          declaration,
          attribute,
          ErrorMessages.resourceNotError(name(declaration), attribute, simple(named)));
    }
    return error;
  }

  private Optional<Lifecycle> lifecycle(
      ResourceDeclaration declaration, String attribute, Optional<String> named) {
    if (named.isEmpty()) {
      return Optional.empty();
    }
    OperationModel operation = operations.get(named.get());
    Optional<StructureShape> input =
        Optional.ofNullable(operation).flatMap(o -> structure(o.input().qualifiedName()));
    Optional<StructureShape> output =
        Optional.ofNullable(operation).flatMap(o -> structure(o.output().qualifiedName()));
    if (operation == null || input.isEmpty() || output.isEmpty()) {
      error(
          declaration,
          attribute,
          ErrorMessages.resourceOperationUnknown(
              name(declaration), attribute, simple(named.get())));
      return Optional.empty();
    }
    return Optional.of(new Lifecycle(operation, input.get(), output.get()));
  }

  /** A create takes the parent's key from its input, and copies input members into the record. */
  private void checkCreate(
      ResourceDeclaration declaration, StructureShape record, List<String> key, Lifecycle create) {
    List<String> parentKey = key.subList(0, key.size() - 1);
    requireKeyInInput(declaration, "create", record, parentKey, create);
    boolean takesAny = false;
    for (MemberModel input : create.input().members()) {
      Optional<MemberModel> target = member(record, input.name());
      if (target.isPresent() && !input.name().equals(declaration.identifier())) {
        takesAny |= !parentKey.contains(input.name());
        requireSameType(declaration, "create", create, input, target.get());
      }
      if (input.traits().idempotencyToken() && declaration.idempotencyMismatch().isEmpty()) {
        error(
            declaration,
            "create",
            ErrorMessages.resourceMismatchMissing(name(declaration), create.operation().name()));
      }
    }
    if (!takesAny) {
      error(
          declaration,
          "create",
          ErrorMessages.resourceCreateTakesNothing(
              name(declaration), create.operation().name(), simple(declaration.record())));
    }
    checkOutput(declaration, "create", record, create);
  }

  /** An update finds the record by its key and replaces the record members its input names. */
  private void checkUpdate(
      ResourceDeclaration declaration, StructureShape record, List<String> key, Lifecycle update) {
    checkByKey(declaration, "update", record, key, update);
    for (MemberModel input : update.input().members()) {
      if (!key.contains(input.name())) {
        member(record, input.name())
            .ifPresent(ours -> requireSameType(declaration, "update", update, input, ours));
      }
    }
  }

  /**
   * A list pages through the records under the parent its input names: it must be paginated, its
   * items a list of the record or of a summary of it (whose members of the record's names have
   * their types), and each other input member of a record member's name a scalar a store condition
   * can test for equality.
   *
   * @return the list with its items structure, or empty when it has none
   */
  private Optional<Lifecycle> checkList(
      ResourceDeclaration declaration, StructureShape record, List<String> key, Lifecycle list) {
    List<String> parentKey = key.subList(0, key.size() - 1);
    requireKeyInInput(declaration, "list", record, parentKey, list);
    String operation = list.operation().name();
    if (list.operation().pagination().isEmpty()) {
      error(
          declaration,
          "list",
          ErrorMessages.resourceListNotPaginated(name(declaration), operation));
      return Optional.empty();
    }
    PaginationModel pagination = list.operation().pagination().get();
    if (declaration.defaultPageSize() != 0 && pagination.defaultPageSize() != 0) {
      error(
          declaration,
          "defaultPageSize",
          ErrorMessages.defaultPageSizeTwice(operation, pagination.defaultPageSize()));
    }
    Optional<MemberModel> items =
        pagination.items().isEmpty() ? Optional.empty() : member(list.output(), pagination.items());
    Optional<StructureShape> itemShape =
        items.flatMap(ResourceSpec::listedStructure).flatMap(ref -> structure(ref.specName()));
    if (itemShape.isEmpty()) {
      error(
          declaration,
          "list",
          ErrorMessages.resourceListItemsNotRecords(
              name(declaration),
              operation,
              items.map(MemberModel::name).orElse("(none)"),
              simple(declaration.record())));
    } else if (!itemShape.get().ref().equals(record.ref())) {
      for (MemberModel item : itemShape.get().members()) {
        member(record, item.name())
            .ifPresent(ours -> requireSameType(declaration, "list", list, item, ours));
      }
    }
    for (MemberModel input : ResourceSpec.listFilters(list, record, parentKey)) {
      MemberModel ours = member(record, input.name()).orElseThrow();
      if (!ResourceSpec.isFilterable(ours)) {
        error(
            declaration,
            "list",
            ErrorMessages.resourceListFilterUnsupported(
                name(declaration), operation, input.name(), ours.type().written()));
      } else {
        requireSameType(declaration, "list", list, input, ours);
      }
    }
    return itemShape.map(list::withItems);
  }

  private void checkByKey(
      ResourceDeclaration declaration,
      String attribute,
      StructureShape record,
      List<String> key,
      Lifecycle lifecycle) {
    requireKeyInInput(declaration, attribute, record, key, lifecycle);
    checkOutput(declaration, attribute, record, lifecycle);
  }

  private void requireKeyInInput(
      ResourceDeclaration declaration,
      String attribute,
      StructureShape record,
      List<String> key,
      Lifecycle lifecycle) {
    for (String member : key) {
      Optional<MemberModel> input = member(lifecycle.input(), member);
      if (input.isEmpty()) {
        error(
            declaration,
            attribute,
            ErrorMessages.resourceInputLacksKey(
                name(declaration), lifecycle.operation().name(), member));
      } else {
        member(record, member)
            .ifPresent(
                ours -> requireSameType(declaration, attribute, lifecycle, input.get(), ours));
      }
    }
  }

  /** An output member of the record's type takes the record; any other takes its namesake. */
  private void checkOutput(
      ResourceDeclaration declaration,
      String attribute,
      StructureShape record,
      Lifecycle lifecycle) {
    for (MemberModel output : lifecycle.output().members()) {
      if (ResourceSpec.holdsRecord(output, record)) {
        continue;
      }
      member(record, output.name())
          .ifPresent(ours -> requireSameType(declaration, attribute, lifecycle, output, ours));
    }
  }

  private void requireSameType(
      ResourceDeclaration declaration,
      String attribute,
      Lifecycle lifecycle,
      MemberModel theirs,
      MemberModel ours) {
    if (!theirs.type().written().equals(ours.type().written())) {
      error(
          declaration,
          attribute,
          ErrorMessages.resourceMemberTypeMismatch(
              name(declaration),
              lifecycle.operation().name(),
              theirs.name(),
              theirs.type().written(),
              ours.type().written()));
    }
  }

  private Optional<StructureShape> structure(String specName) {
    return shapes.get(specName) instanceof StructureShape structure
        ? Optional.of(structure)
        : Optional.empty();
  }

  private static Optional<MemberModel> member(StructureShape shape, String name) {
    return shape.members().stream().filter(member -> member.name().equals(name)).findFirst();
  }

  private void error(ResourceDeclaration declaration, String attribute, String message) {
    findings.error(
        declaration.specName(),
        message,
        SourceRef.ofType(declaration.specName()),
        Resource.class,
        attribute);
  }

  private static String name(ResourceDeclaration declaration) {
    return declaration.simpleName();
  }

  private static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
