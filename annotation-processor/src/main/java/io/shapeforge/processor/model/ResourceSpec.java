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
    Optional<Lifecycle> delete)
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
   */
  public record Lifecycle(OperationModel operation, StructureShape input, StructureShape output) {}
}
