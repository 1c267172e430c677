package io.shapeforge.runtime.resource;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints the identifier of a new resource: a prefix and random lower-case hex digits, as AWS spells
 * {@code mw-0c50858d01EXAMPLE}-style ids, or a random UUID, as AWS spells window target and task
 * ids.
 *
 * <pre>{@code
 * IdentifierMinter windows = IdentifierMinter.hex("mw-", 17); // mw-0123456789abcdef0
 * IdentifierMinter tasks = IdentifierMinter.uuid();           // 8-4-4-4-12 lower-case hex
 * }</pre>
 *
 * <p>Minted identifiers are random, not sequential, so two nodes sharing a store need no
 * coordination; {@link ResourceStore} retries the rare collision.
 */
@FunctionalInterface
public interface IdentifierMinter {

  /** A fresh identifier. */
  String mint();

  /**
   * {@code prefix} followed by {@code digits} random lower-case hex digits.
   *
   * @throws IllegalArgumentException when {@code digits} is below 1
   */
  static IdentifierMinter hex(String prefix, int digits) {
    Objects.requireNonNull(prefix, "prefix");
    if (digits < 1) {
      throw new IllegalArgumentException("an identifier needs at least one digit, not " + digits);
    }
    SecureRandom random = new SecureRandom();
    return () -> {
      StringBuilder id = new StringBuilder(prefix.length() + digits).append(prefix);
      for (int i = 0; i < digits; i++) {
        id.append(Character.forDigit(random.nextInt(16), 16));
      }
      return id.toString();
    };
  }

  /** A random (version 4) UUID in its canonical lower-case form. */
  static IdentifierMinter uuid() {
    return () -> UUID.randomUUID().toString();
  }
}
