package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A checked {@code @Resource}, every name resolved: what the resource writers need.
 *
 * @param declaration the declaration as written
 * @param record the stored record
 * @param key the record's primary key members: its ancestors' identifiers, outermost first, then
 *     its own identifier
 * @param parent the checked parent, if any
 * @param minter how identifiers are minted
 * @param notFound the not-found error
 * @param idempotencyMismatch the mismatch error, if any
 * @param create the create operation with its input and output, if declared
 * @param read the read operation, if declared
 * @param update the update operation, if declared
 * @param delete the delete operation, if declared
 * @param list the list operation, if declared: paginated, its items a list of the record
 */
public record ResourceSpec(
    ResourceDeclaration declaration,
    StructureShape record,
    List<String> key,
    Optional<ResourceSpec> parent,
    Minter minter,
    ShapeRef notFound,
    Optional<ShapeRef> idempotencyMismatch,
    Optional<Lifecycle> create,
    Optional<Lifecycle> read,
    Optional<Lifecycle> update,
    Optional<Lifecycle> delete,
    Optional<Lifecycle> list)
    implements GeneratedSource {

  public ResourceSpec {
    key = List.copyOf(key);
  }

  @Override
  public String specName() {
    return declaration.specName();
  }

  @Override
  public String modelPackage() {
    return record.ref().modelPackage();
  }

  /** Whether {@code member} holds a whole {@code record}, as a create's or read's output may. */
  public static boolean holdsRecord(MemberModel member, StructureShape record) {
    return member.type() instanceof MemberType.StructureRef ref && ref.shape().equals(record.ref());
  }

  /**
   * The structure a list {@code member} holds, as a list operation's items are: the record, or a
   * summary of it; empty when it is not a list of structures.
   */
  public static Optional<ShapeRef> listedStructure(MemberModel member) {
    return member.type() instanceof MemberType.ListOf list
            && list.element() instanceof MemberType.StructureRef ref
        ? Optional.of(ref.shape())
        : Optional.empty();
  }

  /**
   * The input members of {@code list} that keep only records with an equal member of the same name:
   * every member the record has, but the paging members and the parent's key, which chooses the
   * records to page through instead.
   */
  public static List<MemberModel> listFilters(
      Lifecycle list, StructureShape record, List<String> parentKey) {
    PaginationModel pagination = list.operation().pagination().orElseThrow();
    return list.input().members().stream()
        .filter(m -> !m.name().equals(pagination.inputToken()))
        .filter(m -> !m.name().equals(pagination.pageSize()))
        .filter(m -> !parentKey.contains(m.name()))
        .filter(m -> record.members().stream().anyMatch(r -> r.name().equals(m.name())))
        .toList();
  }

  /** Whether a record member can be a list filter: a scalar the store has a column kind for. */
  public static boolean isFilterable(MemberModel member) {
    return FILTERABLE.stream().anyMatch(member.type()::is);
  }

  private static final List<MemberType.ScalarKind> FILTERABLE =
      List.of(
          MemberType.ScalarKind.STRING,
          MemberType.ScalarKind.INTEGER,
          MemberType.ScalarKind.LONG,
          MemberType.ScalarKind.BOOLEAN);

  /**
   * A not-found message template in parts: text, and placeholders ({@code {}} for the identifier,
   * {@code {member}} for a key member).
   *
   * @param text the literal text, for a text part
   * @param placeholder the member a placeholder names, empty for {@code {}}; {@code null} for text
   */
  public record MessagePart(String text, String placeholder) {}

  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)?\\}");

  /** The parts of {@code template}, in order; no empty text part. */
  public static List<MessagePart> messageParts(String template) {
    List<MessagePart> parts = new java.util.ArrayList<>();
    java.util.regex.Matcher matcher = PLACEHOLDER.matcher(template);
    int from = 0;
    while (matcher.find()) {
      if (matcher.start() > from) {
        parts.add(new MessagePart(template.substring(from, matcher.start()), null));
      }
      parts.add(new MessagePart(null, matcher.group(1) == null ? "" : matcher.group(1)));
      from = matcher.end();
    }
    if (from < template.length()) {
      parts.add(new MessagePart(template.substring(from), null));
    }
    return parts;
  }

  /** The parent's key members, outermost first: all of the key but the identifier. */
  public List<String> parentKey() {
    return key.subList(0, key.size() - 1);
  }

  /** The identifier member's name. */
  public String identifier() {
    return key.get(key.size() - 1);
  }

  /**
   * How identifiers are minted: {@code prefix} and {@code hexDigits} random hex digits, or a UUID.
   *
   * @param prefix the prefix, empty for a UUID
   * @param hexDigits the digits, {@code 0} for a UUID
   */
  public record Minter(String prefix, int hexDigits) {
    /** Random UUIDs. */
    public static final Minter UUID = new Minter("", 0);

    /** Whether identifiers are UUIDs. */
    public boolean isUuid() {
      return hexDigits == 0;
    }
  }

  /**
   * One lifecycle operation with its input and output structures.
   *
   * @param operation the operation
   * @param input its input structure
   * @param output its output structure
   * @param items a list's items structure: the record, or a summary of it; empty for the others
   */
  public record Lifecycle(
      OperationModel operation,
      StructureShape input,
      StructureShape output,
      Optional<StructureShape> items) {

    public Lifecycle(OperationModel operation, StructureShape input, StructureShape output) {
      this(operation, input, output, Optional.empty());
    }

    /** This list operation, its items of {@code items}. */
    public Lifecycle withItems(StructureShape items) {
      return new Lifecycle(operation, input, output, Optional.of(items));
    }
  }
}
