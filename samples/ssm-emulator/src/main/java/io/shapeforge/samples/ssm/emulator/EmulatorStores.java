package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.runtime.jdbc.StoreLocation;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;

/**
 * Opens the store a {@code --store} value names: {@code memory} (the default), {@code h2:FILE} or
 * {@code jdbc:postgresql://HOST:PORT/DB?user=...}. The JDBC engine is an optional dependency of the
 * emulator (the executable jar has it); without it on the class path a persistent store is refused
 * with the artifact to add.
 */
final class EmulatorStores {
  /** The default: records in memory, gone when the emulator stops. */
  static final String MEMORY = "memory";

  private EmulatorStores() {}

  /**
   * Checks a location's form without connecting.
   *
   * @throws IllegalArgumentException saying what is accepted
   */
  static void check(String location) {
    if (!location.equals(MEMORY)) {
      jdbcEngine();
      StoreLocation.parse(location);
    }
  }

  /**
   * Opens the store.
   *
   * @throws IllegalArgumentException for a location of no known form
   * @throws io.shapeforge.runtime.jdbc.StoreUnavailableException when the database cannot be opened
   */
  static Store open(String location) {
    if (location.equals(MEMORY)) {
      return new InMemoryStore();
    }
    jdbcEngine();
    return JdbcStore.open(location);
  }

  /** Whether records survive the emulator: anything but {@code memory}. */
  static boolean persistent(String location) {
    return !location.equals(MEMORY);
  }

  private static void jdbcEngine() {
    try {
      Class.forName(
          "io.shapeforge.runtime.jdbc.JdbcStore", false, EmulatorStores.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "a persistent store needs io.shapeforge:shapeforge-runtime-jdbc (and the"
              + " H2 or PostgreSQL driver) on the class path; the executable jar has them");
    }
  }
}
