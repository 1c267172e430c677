package io.shapeforge.samples.ssm.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that signs next tokens, in a file ({@code --token-key-file}), so that tokens stay
 * valid across restarts and on every node that shares the file. The file's bytes are the secret, as
 * they are (a line from {@code openssl rand -base64 32} works); when the file does not exist, a new
 * random secret is written to it first, so the first node to start creates it.
 */
final class TokenKeyFile {
  /** The fewest bytes a secret may have, as {@code NextTokenCodec.withKey} requires. */
  static final int MIN_BYTES = 16;

  private TokenKeyFile() {}

  /**
   * The secret in {@code file}, created when absent.
   *
   * @throws IllegalArgumentException when the file holds fewer than {@value #MIN_BYTES} bytes
   * @throws UncheckedIOException when it cannot be read or created
   */
  static byte[] readOrCreate(Path file) {
    try {
      if (Files.notExists(file)) {
        create(file);
      }
      byte[] secret = Files.readAllBytes(file);
      if (secret.length < MIN_BYTES) {
        throw new IllegalArgumentException(
            "token key file "
                + file
                + " holds "
                + secret.length
                + " bytes; a key needs at least "
                + MIN_BYTES
                + " (for example: openssl rand -base64 32 > "
                + file
                + ")");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read token key file " + file, e);
    }
  }

  /** Writes a new secret atomically; when another node wrote one meanwhile, keeps theirs. */
  private static void create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory != null) {
      Files.createDirectories(directory);
    }
    Path temporary = Files.createTempFile(directory, ".token-key", ".tmp");
    try {
      Files.write(
          temporary,
          (Base64.getEncoder().encodeToString(random) + "\n").getBytes(StandardCharsets.US_ASCII));
      try {
        // A hard link fails if the file exists: the first writer wins, and nobody sees half a key.
        Files.createLink(absolute, temporary);
      } catch (FileAlreadyExistsException e) {
        // Another node created it first; use theirs.
      } catch (UnsupportedOperationException | IOException e) {
        if (Files.notExists(absolute)) {
          Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
