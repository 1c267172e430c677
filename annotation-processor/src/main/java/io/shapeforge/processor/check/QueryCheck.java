package io.shapeforge.processor.check;

import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.PaginationModel;
import io.shapeforge.processor.model.QueryFilter;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.ShapeRef;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.runtime.protocol.TimestampFormats;
import io.shapeforge.spec.Paginated;
import io.shapeforge.spec.Query;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an operation's {@code @Paginated} and {@code @Query} against the shapes they name, and
 * resolves a sound query into a {@link QueryOperation} for the writers. Each finding points at the
 * annotation value at fault: {@code @Scope(request = "windowExecutionID")} is reported on {@code
 * "windowExecutionID"}.
 */
final class QueryCheck {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

  private final Findings findings;
  private final Map<String, ShapeModel> shapes;

  /**
   * @param shapes every shape the queries may name, by spec name
   */
  QueryCheck(Findings findings, Map<String, ShapeModel> shapes) {
    this.findings = findings;
    this.shapes = shapes;
  }

  /** Reports {@code @Paginated} or {@code @Query} on a type without {@code @Operation}. */
  void checkOrphan(Orphan orphan) {
    String simpleName = orphan.typeName().substring(orphan.typeName().lastIndexOf('.') + 1);
    for (Class<? extends Annotation> annotation : orphan.annotations()) {
      findings.error(
          orphan.typeName(),
          ErrorMessages.annotationWithoutOperation(annotation.getSimpleName(), simpleName),
          SourceRef.ofType(orphan.typeName()),
          annotation,
          null);
    }
  }

  /** The resolved query, or empty when the operation has none or has an error (reported). */
  Optional<QueryOperation> check(OperationModel operation, boolean hasService) {
    SourceRef type = SourceRef.ofType(operation.specName());
    Optional<StructureShape> input = structure(operation.input());
    Optional<StructureShape> output = structure(operation.output());
    if (input.isEmpty() || output.isEmpty()) {
      return Optional.empty(); // reported by OperationCheck
    }
    int before = errorCount();
    Scope paged = new Scope(operation, type, Paginated.class);
    // A query declared apart from its operation is reported where it is written.
    Scope at =
        new Scope(
            operation,
            operation.query().map(q -> SourceRef.ofType(q.declaredOn())).orElse(type),
            Query.class);
    Optional<PaginationModel> pagination =
        operation.pagination().map(written -> withQueryDefault(at, operation, written));
    Scope defaultAt =
        operation.query().filter(q -> q.isApart() || q.defaultPageSize() != 0).isPresent()
            ? at
            : paged;
    pagination.ifPresent(
        effective ->
            checkPagination(
                paged,
                defaultAt,
                operation,
                effective,
                input.get(),
                output.get(),
                operation.query().isPresent()));
    if (operation.query().isEmpty()) {
      return Optional.empty();
    }
    if (operation.pagination().isEmpty()) {
      at.error(ErrorMessages.queryWithoutPaginated(operation.name()), null);
    }
    if (!hasService) {
      at.error(
          ErrorMessages.queryWithoutService(
              operation.name(),
              operation
                  .specName()
                  .substring(0, Math.max(0, operation.specName().lastIndexOf('.')))),
          null);
    }
    Optional<QueryOperation> resolved =
        checkQuery(at, operation, pagination.orElse(null), input.get(), output.get());
    return errorCount() == before && pagination.isPresent() ? resolved : Optional.empty();
  }

  /**
   * The operation's paging with the query's default page size, when the query gives one: an
   * imported {@code @Paginated} has none, as AWS's models give none.
   */
  private PaginationModel withQueryDefault(
      Scope at, OperationModel operation, PaginationModel written) {
    int declared = operation.query().map(QueryModel::defaultPageSize).orElse(0);
    if (declared == 0) {
      return written;
    }
    if (written.defaultPageSize() != 0) {
      at.error(
          ErrorMessages.defaultPageSizeTwice(operation.name(), written.defaultPageSize()),
          at.value("defaultPageSize"));
    }
    return written.withDefaultPageSize(declared);
  }

  private int errorCount() {
    return findings.errorCount();
  }

  // ---- @Paginated

  /**
   * Checks {@code @Paginated}. Its page size, default and items are optional, as in Smithy, but a
   * {@code @Query} pages by them and fills the items, so it needs all three.
   */
  private void checkPagination(
      Scope at,
      Scope defaultAt,
      OperationModel operation,
      PaginationModel pagination,
      StructureShape input,
      StructureShape output,
      boolean queried) {
    member(at, "inputToken", pagination.inputToken(), input)
        .ifPresent(
            m ->
                requireType(
                    at,
                    "inputToken",
                    m,
                    input,
                    m.type().is(MemberType.ScalarKind.STRING),
                    "String"));
    member(at, "outputToken", pagination.outputToken(), output)
        .ifPresent(
            m ->
                requireType(
                    at,
                    "outputToken",
                    m,
                    output,
                    m.type().is(MemberType.ScalarKind.STRING),
                    "String"));
    if (queried
        && (pagination.pageSize().isEmpty()
            || pagination.defaultPageSize() == 0
            || pagination.items().isEmpty())) {
      String missing =
          pagination.pageSize().isEmpty()
              ? "pageSize"
              : pagination.defaultPageSize() == 0 ? "defaultPageSize" : "items";
      if (missing.equals("defaultPageSize") && defaultAt != at) {
        defaultAt.error(
            ErrorMessages.queryDefaultPageSizeMissing(operation.name()), defaultAt.value(missing));
      } else {
        at.error(
            ErrorMessages.queryPaginationIncomplete(operation.name(), missing), at.value(missing));
      }
    }
    if (!pagination.pageSize().isEmpty()) {
      member(at, "pageSize", pagination.pageSize(), input)
          .ifPresent(
              m -> {
                if (requireType(
                        at,
                        "pageSize",
                        m,
                        input,
                        m.type().is(MemberType.ScalarKind.INTEGER),
                        "Integer")
                    && pagination.defaultPageSize() != 0) {
                  long min =
                      m.constraints()
                          .range()
                          .flatMap(r -> r.minValue())
                          .map(v -> Math.max(1, v.longValue()))
                          .orElse(1L);
                  long max =
                      m.constraints()
                          .range()
                          .flatMap(r -> r.maxValue())
                          .map(v -> v.longValue())
                          .orElse((long) Integer.MAX_VALUE);
                  int size = pagination.defaultPageSize();
                  if (size < min || size > max) {
                    defaultAt.error(
                        ErrorMessages.defaultPageSizeOutOfRange(size, m.name(), min, max),
                        defaultAt.value("defaultPageSize"));
                  }
                }
              });
    }
    if (!pagination.items().isEmpty()) {
      member(at, "items", pagination.items(), output)
          .ifPresent(
              m -> {
                boolean list =
                    m.type().isList() || m.type().category() == MemberType.Category.MAP && !queried;
                if (!list) {
                  at.error(
                      ErrorMessages.memberWrongType(
                          "items",
                          m.name(),
                          name(output),
                          m.type().written(),
                          queried ? "a List" : "a List or Map"),
                      at.value("items"));
                }
              });
    }
  }

  // ---- @Query

  private Optional<QueryOperation> checkQuery(
      Scope at,
      OperationModel operation,
      PaginationModel pagination,
      StructureShape input,
      StructureShape output) {
    QueryModel query = operation.query().orElseThrow();
    Scope scopeAt = at.nested("scope");

    Optional<StructureShape> recordWritten = structure(query.record());
    if (recordWritten.isEmpty()) {
      at.error(
          ErrorMessages.queryShapeNotStructure("Query record", query.record().qualifiedName()),
          at.value("record"));
    }
    Optional<StructureShape> parentWritten = structure(query.scope().parent());
    if (parentWritten.isEmpty()) {
      scopeAt.error(
          ErrorMessages.queryShapeNotStructure(
              "Scope parent", query.scope().parent().qualifiedName()),
          scopeAt.value("parent"));
    }
    recordWritten.ifPresent(r -> checkItems(at, operation, output, r));
    Optional<StructureShape> record = recordWritten.flatMap(r -> keyed(at, "key", r, query.key()));
    Optional<StructureShape> parent =
        parentWritten.flatMap(
            p ->
                keyed(
                    scopeAt,
                    "parentKey",
                    p,
                    query.scope().parentKey().isEmpty()
                        ? List.of()
                        : List.of(query.scope().parentKey())));
    Optional<MemberModel> parentId = parent.flatMap(p -> parentIdentifier(scopeAt, p));
    record.ifPresent(r -> checkRecordIdentifiers(at, r));
    checkNotFound(scopeAt, operation, query.scope());

    Optional<MemberModel> scopeRequest =
        member(scopeAt, "request", query.scope().requestMember(), input);
    scopeRequest.ifPresent(
        m -> {
          if (!m.required()) {
            scopeAt.error(
                ErrorMessages.scopeRequestNotRequired(m.name(), name(input)),
                scopeAt.value("request"));
          }
        });
    Optional<MemberModel> scopeRecord =
        record.flatMap(r -> member(scopeAt, "record", query.scope().recordMember(), r));
    boolean scopeSound =
        scopeRequest.isPresent()
            && scopeRecord.isPresent()
            && sameType(scopeAt, "record", scopeRequest.get(), scopeRecord.get());
    if (scopeSound) {
      parentId.ifPresent(id -> sameType(scopeAt, "parent", id, scopeRecord.get()));
    }

    // With a filter list in the input, requests' filters always reach the engine, which rejects
    // keys the query does not declare, rather than ignoring them.
    Optional<StructureShape> filterElement = Optional.empty();
    boolean inputHasFilters =
        input.members().stream().anyMatch(m -> m.name().equals(query.filtersMember()));
    if (!query.filters().isEmpty() || inputHasFilters) {
      filterElement = checkFiltersMember(at, query, input);
    }
    List<QueryFilter> filters = record.map(r -> checkFilters(at, query, r)).orElse(List.of());
    record.ifPresent(r -> checkOrder(at, operation.name(), query, r, scopeSound));

    if (record.isEmpty() || parent.isEmpty() || query.scope().notFound().shape() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new QueryOperation(
            operation,
            pagination,
            query,
            input,
            output,
            record.get(),
            parent.get(),
            query.scope().notFound().shape(),
            filterElement,
            filters));
  }

  private void checkItems(
      Scope at, OperationModel operation, StructureShape output, StructureShape record) {
    operation
        .pagination()
        .ifPresent(
            pagination ->
                output.members().stream()
                    .filter(m -> m.name().equals(pagination.items()))
                    .findFirst()
                    .ifPresent(
                        items -> {
                          boolean ofRecord =
                              items
                                  .type()
                                  .listElement()
                                  .flatMap(MemberType::namedStructure)
                                  .filter(
                                      element -> element.specName().equals(record.ref().specName()))
                                  .isPresent();
                          boolean apart = operation.query().filter(QueryModel::isApart).isPresent();
                          if (items.type().isList() && !ofRecord && apart) {
                            at.error(
                                ErrorMessages.queryRecordNotItems(
                                    record.ref().simpleName(),
                                    operation.name(),
                                    items.name(),
                                    items.type().written()),
                                at.value("record"));
                          } else if (items.type().isList() && !ofRecord) {
                            Scope paged =
                                new Scope(
                                    operation,
                                    SourceRef.ofType(operation.specName()),
                                    Paginated.class);
                            paged.error(
                                ErrorMessages.memberWrongType(
                                    "items",
                                    items.name(),
                                    name(output),
                                    items.type().written(),
                                    "List<" + record.ref().simpleName() + ">"),
                                paged.value("items"));
                          }
                        }));
  }

  /**
   * {@code shape} keyed by the members {@code attribute} names, or as it is when it names none;
   * empty when a named member is missing, repeated or no column, or when the shape has
   * {@code @Identifier} members too (each reported on its value).
   */
  private Optional<StructureShape> keyed(
      Scope at, String attribute, StructureShape shape, List<String> key) {
    if (key.isEmpty()) {
      return Optional.of(shape);
    }
    boolean sound = true;
    if (shape.members().stream().anyMatch(MemberModel::identifier)) {
      at.error(ErrorMessages.queryKeyTwice(name(shape), attribute), at.value(attribute));
      sound = false;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < key.size(); i++) {
      String value = attribute + "." + (i + 1);
      String memberName = key.get(i);
      Optional<MemberModel> member =
          shape.members().stream().filter(m -> m.name().equals(memberName)).findFirst();
      if (!seen.add(memberName)) {
        at.error(ErrorMessages.queryKeyRepeated(attribute, memberName), at.value(value));
        sound = false;
      } else if (member.isEmpty()) {
        at.error(
            ErrorMessages.memberMissing(
                attribute,
                memberName,
                name(shape),
                shape.members().stream().map(MemberModel::name).toList()),
            at.value(value));
        sound = false;
      } else if (!isColumn(member.get())) {
        at.error(
            ErrorMessages.queryKeyNotColumn(attribute, memberName, member.get().type().written()),
            at.value(value));
        sound = false;
      }
    }
    return sound ? Optional.of(shape.withIdentifiers(key)) : Optional.empty();
  }

  private Optional<MemberModel> parentIdentifier(Scope at, StructureShape parent) {
    List<MemberModel> ids = parent.members().stream().filter(MemberModel::identifier).toList();
    if (ids.size() != 1 || !isColumn(ids.get(0))) {
      at.error(
          ErrorMessages.parentIdentifiers(parent.ref().simpleName(), ids.size()),
          at.value("parent"));
      return Optional.empty();
    }
    return Optional.of(ids.get(0));
  }

  private void checkRecordIdentifiers(Scope at, StructureShape record) {
    List<MemberModel> ids = record.members().stream().filter(MemberModel::identifier).toList();
    if (ids.isEmpty() || !ids.stream().allMatch(QueryCheck::isColumn)) {
      at.error(
          ErrorMessages.recordWithoutIdentifier(record.ref().simpleName()), at.value("record"));
    }
  }

  private void checkNotFound(Scope at, OperationModel operation, QueryModel.Scope scope) {
    TypeRef notFound = scope.notFound();
    if (notFound.kind() != TypeRef.Kind.ERROR) {
      at.error(ErrorMessages.notFoundNotErrorShape(notFound.qualifiedName()), at.value("notFound"));
    } else if (operation.errors().stream()
        .noneMatch(e -> e.qualifiedName().equals(notFound.qualifiedName()))) {
      at.error(
          ErrorMessages.notFoundNotListed(notFound.qualifiedName(), operation.name()),
          at.value("notFound"));
    }
    if (!scope.notFoundMessage().contains("{}")) {
      at.error(
          ErrorMessages.notFoundMessageWithoutPlaceholder(scope.notFoundMessage()),
          at.value("notFoundMessage"));
    }
  }

  /** Whether two scope members have one type; if not, reports it on {@code attribute}. */
  private boolean sameType(Scope at, String attribute, MemberModel left, MemberModel right) {
    if (!left.type().equals(right.type())) {
      at.error(
          ErrorMessages.scopeTypeMismatch(
              left.name(), left.type().written(), right.name(), right.type().written()),
          at.value(attribute));
      return false;
    }
    return true;
  }

  private Optional<StructureShape> checkFiltersMember(
      Scope at, QueryModel query, StructureShape input) {
    Optional<MemberModel> filters = member(at, "filtersMember", query.filtersMember(), input);
    if (filters.isEmpty()) {
      return Optional.empty();
    }
    MemberModel member = filters.get();
    Optional<StructureShape> element =
        member.type().listElement().flatMap(MemberType::namedStructure).flatMap(this::structure);
    if (element.isEmpty()) {
      at.error(
          ErrorMessages.filtersMemberType(member.name(), name(input), member.type().written()),
          at.value("filtersMember"));
      return Optional.empty();
    }
    Optional<MemberModel> key =
        member(at, "filterKeyMember", query.filterKeyMember(), element.get());
    Optional<MemberModel> values =
        member(at, "filterValuesMember", query.filterValuesMember(), element.get());
    boolean keyOk = key.map(k -> k.type().is(MemberType.ScalarKind.STRING)).orElse(false);
    boolean valuesOk =
        values
            .map(
                v ->
                    v.type()
                        .listElement()
                        .filter(e -> e.is(MemberType.ScalarKind.STRING))
                        .isPresent())
            .orElse(false);
    if (key.isPresent() && values.isPresent() && !(keyOk && valuesOk)) {
      at.error(
          ErrorMessages.filtersMemberType(member.name(), name(input), member.type().written()),
          at.value("filtersMember"));
    }
    return keyOk && valuesOk ? element : Optional.empty();
  }

  private List<QueryFilter> checkFilters(Scope at, QueryModel query, StructureShape record) {
    List<QueryFilter> resolved = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < query.filters().size(); i++) {
      QueryModel.FilterKey filter = query.filters().get(i);
      Scope filterAt = at.nested("filters." + (i + 1));
      if (!names.add(filter.name())) {
        filterAt.error(ErrorMessages.filterDuplicateKey(filter.name()), filterAt.value("name"));
      }
      Optional<MemberModel> member = member(filterAt, "member", filter.member(), record);
      Optional<List<String>> allowed = allowedValues(filterAt, filter);
      if (member.isPresent()
          && opApplies(filterAt, filter, member.get())
          && allowed.isPresent()
          && valuesValid(filterAt, filter, member.get(), allowed.get())) {
        Optional<ShapeRef> allowedEnum =
            filter.allowedEnum() == null
                ? Optional.empty()
                : Optional.of(filter.allowedEnum().shape());
        List<String> values = allowed.get();
        Optional<ShapeRef> memberEnum = member.get().type().namedEnum();
        if (values.isEmpty() && allowedEnum.isEmpty() && memberEnum.isPresent()) {
          // An enum member allows its own values unless the spec narrows them.
          allowedEnum = memberEnum;
          values =
              enumShape(memberEnum.get())
                  .map(e -> e.constants().stream().map(EnumConstant::wireValue).toList())
                  .orElse(List.of());
        }
        resolved.add(
            new QueryFilter(filter.name(), member.get(), filter.op(), values, allowedEnum));
      }
    }
    return resolved;
  }

  private boolean opApplies(Scope at, QueryModel.FilterKey filter, MemberModel member) {
    MemberType type = member.type();
    boolean enumType = type.category() == MemberType.Category.ENUM;
    String needs;
    boolean ok;
    switch (filter.op()) {
      case BEFORE, AFTER -> {
        ok = type.is(MemberType.ScalarKind.TIMESTAMP);
        needs = "an Instant";
      }
      case BEGINS_WITH -> {
        ok = type.is(MemberType.ScalarKind.STRING);
        needs = "a String";
      }
      default -> {
        ok =
            enumType
                || type.is(MemberType.ScalarKind.STRING)
                || type.is(MemberType.ScalarKind.INTEGER)
                || type.is(MemberType.ScalarKind.LONG)
                || type.is(MemberType.ScalarKind.BOOLEAN);
        needs = "a String, @EnumShape, Integer, Long or Boolean";
      }
    }
    if (!ok) {
      at.error(
          ErrorMessages.filterOpNotApplicable(
              filter.name(), filter.op().name(), member.name(), type.written(), needs),
          at.value("op"));
    }
    return ok;
  }

  private Optional<List<String>> allowedValues(Scope at, QueryModel.FilterKey filter) {
    if (filter.allowedEnum() == null) {
      return Optional.of(filter.allowed());
    }
    if (!filter.allowed().isEmpty()) {
      at.error(ErrorMessages.filterAllowedTwice(filter.name()), at.value("allowedEnum"));
      return Optional.empty();
    }
    Optional<EnumShapeModel> shape =
        filter.allowedEnum().kind() == TypeRef.Kind.ENUM
            ? enumShape(filter.allowedEnum().shape())
            : Optional.empty();
    if (shape.isEmpty()) {
      at.error(
          ErrorMessages.filterAllowedEnumNotEnum(
              filter.name(), filter.allowedEnum().qualifiedName()),
          at.value("allowedEnum"));
      return Optional.empty();
    }
    return Optional.of(shape.get().constants().stream().map(EnumConstant::wireValue).toList());
  }

  private boolean valuesValid(
      Scope at, QueryModel.FilterKey filter, MemberModel member, List<String> allowed) {
    String attribute = filter.allowedEnum() == null ? "allowed" : "allowedEnum";
    Set<String> seen = new LinkedHashSet<>();
    for (String value : allowed) {
      if (!seen.add(value) || !parses(member.type(), value)) {
        at.error(
            ErrorMessages.filterValueInvalid(filter.name(), value, member.type().written()),
            at.value(attribute));
        return false;
      }
    }
    Optional<ShapeRef> memberEnum = member.type().namedEnum();
    if (memberEnum.isPresent()) {
      List<String> known =
          enumShape(memberEnum.get())
              .map(e -> e.constants().stream().map(EnumConstant::wireValue).toList())
              .orElse(List.of());
      for (String value : allowed) {
        if (!known.isEmpty() && !known.contains(value)) {
          at.error(
              ErrorMessages.filterValueNotInEnum(
                  filter.name(), value, memberEnum.get().simpleName(), known),
              at.value(attribute));
          return false;
        }
      }
    }
    return true;
  }

  private static boolean parses(MemberType type, String value) {
    if (type.is(MemberType.ScalarKind.INTEGER) || type.is(MemberType.ScalarKind.LONG)) {
      if (!INTEGER.matcher(value).matches()) {
        return false;
      }
      try {
        long parsed = Long.parseLong(value);
        return type.is(MemberType.ScalarKind.LONG)
            || (parsed >= Integer.MIN_VALUE && parsed <= Integer.MAX_VALUE);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (type.is(MemberType.ScalarKind.BOOLEAN)) {
      return value.equals("true") || value.equals("false");
    }
    if (type.is(MemberType.ScalarKind.TIMESTAMP)) {
      // The query engine parses filter values with the same rule at run time.
      return TimestampFormats.parseFilterValue(value).isPresent();
    }
    return true;
  }

  /** Checks the order; its uniqueness only when the scope is sound, so one mistake is one error. */
  private void checkOrder(
      Scope at, String operation, QueryModel query, StructureShape record, boolean scopeSound) {
    if (query.orderBy().isEmpty()) {
      at.error(ErrorMessages.orderByEmpty(operation), at.value("orderBy"));
      return;
    }
    Set<String> covered = new HashSet<>();
    covered.add(query.scope().recordMember());
    Set<String> seen = new HashSet<>();
    boolean sound = true;
    for (int i = 0; i < query.orderBy().size(); i++) {
      QueryModel.Order order = query.orderBy().get(i);
      Scope orderAt = at.nested("orderBy." + (i + 1));
      if (!seen.add(order.member())) {
        orderAt.error(ErrorMessages.orderByRepeated(order.member()), orderAt.value("value"));
        sound = false;
        continue;
      }
      Optional<MemberModel> member = member(orderAt, "orderBy", order.member(), record);
      if (member.isEmpty()) {
        sound = false;
      } else if (!isColumn(member.get())) {
        orderAt.error(
            ErrorMessages.orderByNotSortable(order.member(), member.get().type().written()),
            orderAt.value("value"));
        sound = false;
      }
      covered.add(order.member());
    }
    List<String> missing =
        record.members().stream()
            .filter(MemberModel::identifier)
            .map(MemberModel::name)
            .filter(id -> !covered.contains(id))
            .toList();
    if (sound && scopeSound && !missing.isEmpty()) {
      at.error(
          ErrorMessages.orderNotUnique(record.ref().simpleName(), missing), at.value("orderBy"));
    }
  }

  // ---- helpers

  private Optional<MemberModel> member(
      Scope at, String attribute, String name, StructureShape shape) {
    for (MemberModel member : shape.members()) {
      if (member.name().equals(name)) {
        return Optional.of(member);
      }
    }
    at.error(
        ErrorMessages.memberMissing(
            attribute, name, name(shape), shape.members().stream().map(MemberModel::name).toList()),
        at.value(attribute.equals("orderBy") ? "value" : attribute));
    return Optional.empty();
  }

  private boolean requireType(
      Scope at,
      String attribute,
      MemberModel member,
      StructureShape shape,
      boolean ok,
      String expected) {
    if (!ok) {
      at.error(
          ErrorMessages.memberWrongType(
              attribute, member.name(), name(shape), member.type().written(), expected),
          at.value(attribute));
    }
    return ok;
  }

  private Optional<StructureShape> structure(TypeRef ref) {
    if (ref.kind() != TypeRef.Kind.STRUCTURE && ref.kind() != TypeRef.Kind.ERROR) {
      return Optional.empty();
    }
    return ref.kind() == TypeRef.Kind.STRUCTURE ? structure(ref.shape()) : Optional.empty();
  }

  private Optional<StructureShape> structure(ShapeRef ref) {
    return shapes.get(ref.specName()) instanceof StructureShape structure
        ? Optional.of(structure)
        : Optional.empty();
  }

  private Optional<EnumShapeModel> enumShape(ShapeRef ref) {
    return shapes.get(ref.specName()) instanceof EnumShapeModel enumShape
        ? Optional.of(enumShape)
        : Optional.empty();
  }

  /**
   * Whether a member can be a stored column: the kinds the store's {@code Column} factories take.
   */
  private static boolean isColumn(MemberModel member) {
    MemberType type = member.type();
    return type.category() == MemberType.Category.ENUM
        || type.is(MemberType.ScalarKind.STRING)
        || type.is(MemberType.ScalarKind.BOOLEAN)
        || type.is(MemberType.ScalarKind.INTEGER)
        || type.is(MemberType.ScalarKind.LONG)
        || type.is(MemberType.ScalarKind.TIMESTAMP);
  }

  private static String name(StructureShape shape) {
    return shape.ref().simpleName();
  }

  /**
   * Where a finding goes: the operation, the top-level annotation on it, and the path of the
   * annotation whose values are being checked within it (empty for the top-level one, or such as
   * {@code filters.2} for a nested {@code @FilterKey}). A value that was not written out sends the
   * finding to the nested annotation, else to the top-level one.
   */
  private final class Scope {
    final OperationModel operation;
    final SourceRef type;
    final Class<? extends Annotation> annotation;
    final String path;

    Scope(OperationModel operation, SourceRef type, Class<? extends Annotation> annotation) {
      this(operation, type, annotation, "");
    }

    private Scope(
        OperationModel operation,
        SourceRef type,
        Class<? extends Annotation> annotation,
        String path) {
      this.operation = operation;
      this.type = type;
      this.annotation = annotation;
      this.path = path;
    }

    /**
     * The scope of an annotation nested in this one at {@code relative}, such as {@code filters.2}.
     */
    Scope nested(String relative) {
      return new Scope(operation, type, annotation, value(relative));
    }

    /** The path of {@code attribute} of the annotation in scope. */
    String value(String attribute) {
      return path.isEmpty() ? attribute : path + "." + attribute;
    }

    void error(String message, String value) {
      findings.error(operation.specName(), message, type, annotation, value);
    }
  }
}
