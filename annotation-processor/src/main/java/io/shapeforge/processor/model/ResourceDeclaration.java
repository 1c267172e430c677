package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * A {@code @Resource} as written, names unresolved: what the check resolves against the shapes and
 * operations read, and reports on when they do not fit. A class literal left at {@code void.class}
 * is empty; one naming a type that is not what it should be keeps that type's name.
 *
 * @param specName the qualified name of the interface carrying {@code @Resource}
 * @param record the record structure's spec name
 * @param identifier the identifier member's name
 * @param parent the parent declaration's spec name, if any
 * @param mintPrefix the prefix of minted identifiers as written
 * @param mintHexDigits the hex digits of minted identifiers, {@code 0} when not given
 * @param mintUuid whether identifiers are UUIDs
 * @param notFound the not-found error's spec name
 * @param notFoundMessage its message template
 * @param idempotencyMismatch the mismatch error's spec name, if any
 * @param idempotencyMismatchMessage its message
 * @param create the create operation's spec name, if any
 * @param read the read operation's spec name, if any
 * @param update the update operation's spec name, if any
 * @param delete the delete operation's spec name, if any
 * @param list the list operation's spec name, if any
 * @param defaultPageSize the list's default page size as written, {@code 0} when not given
 */
public record ResourceDeclaration(
    String specName,
    String record,
    String identifier,
    Optional<String> parent,
    String mintPrefix,
    int mintHexDigits,
    boolean mintUuid,
    String notFound,
    String notFoundMessage,
    Optional<String> idempotencyMismatch,
    String idempotencyMismatchMessage,
    Optional<String> create,
    Optional<String> read,
    Optional<String> update,
    Optional<String> delete,
    Optional<String> list,
    int defaultPageSize) {

  /** Whether a minter was written at all, rather than left to the identifier's pattern. */
  public boolean mintWritten() {
    return mintUuid || mintHexDigits != 0 || !mintPrefix.isEmpty();
  }

  /** The simple name of the declaring interface. */
  public String simpleName() {
    return specName.substring(specName.lastIndexOf('.') + 1);
  }
}
