package io.shapeforge.benchmarks.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command-line flags of the form {@code --name value}, checked against the names a program accepts
 * so a typo fails instead of silently measuring the default.
 *
 * <pre>{@code
 * Flags flags = Flags.parse(args, Set.of("records", "out"));
 * int records = flags.intValue("records", 1_000_000);
 * }</pre>
 */
public final class Flags {
  private final Map<String, String> values;

  private Flags(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code args}; throws on an unknown name or a flag without a value. */
  public static Flags parse(String[] args, Set<String> accepted) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || !accepted.contains(args[i].substring(2))) {
        throw new IllegalArgumentException(
            "unknown flag " + args[i] + "; accepted: --" + String.join(", --", accepted));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("flag " + args[i] + " needs a value");
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    return new Flags(values);
  }

  /** The value of {@code name}, or {@code fallback} if absent (may be {@code null}). */
  public String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** The integer value of {@code name}, or {@code fallback}. */
  public int intValue(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  /** The decimal value of {@code name}, or {@code fallback}. */
  public double doubleValue(String name, double fallback) {
    String value = values.get(name);
    return value == null ? fallback : Double.parseDouble(value);
  }
}
