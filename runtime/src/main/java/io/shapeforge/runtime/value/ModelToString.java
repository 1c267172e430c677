package io.shapeforge.runtime.value;

import java.util.StringJoiner;

/**
 * The {@code toString} of every generated model, in the form of the AWS SDK for Java v2: {@code
 * MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS])}, by wire name, absent members left out.
 *
 * <p>It lives here so that a model's {@code toString} is one statement naming its members, instead
 * of an {@code if} per member in each of hundreds of generated classes: less code for the processor
 * to render and write and for javac to compile (issue 13, the processor's cost per shape).
 *
 * <pre>{@code
 * return ModelToString.of("MaintenanceWindowFilter", "Key", this.key, "Values", this.values);
 * }</pre>
 */
public final class ModelToString {

  /** What {@code toString} shows for a sensitive member, as the AWS SDK for Java v2 does. */
  public static final String REDACTED = "*** Sensitive Data Redacted ***";

  private ModelToString() {}

  /**
   * {@code shapeName(Wire=value, ...)} over the members whose value is not {@code null}.
   *
   * @param wireNamesAndValues each member's wire name followed by its value
   * @throws IllegalArgumentException if a wire name has no value after it
   */
  public static String of(String shapeName, Object... wireNamesAndValues) {
    if (wireNamesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "wire names and values come in pairs, got " + wireNamesAndValues.length + " items");
    }
    StringJoiner joiner = new StringJoiner(", ", shapeName + "(", ")");
    for (int i = 0; i < wireNamesAndValues.length; i += 2) {
      Object value = wireNamesAndValues[i + 1];
      if (value != null) {
        joiner.add(wireNamesAndValues[i] + "=" + value);
      }
    }
    return joiner.toString();
  }

  /**
   * {@link #REDACTED} in place of a sensitive member's value, or {@code null} when it is absent, so
   * that {@link #of} still leaves it out.
   */
  public static Object redacted(Object value) {
    return value == null ? null : REDACTED;
  }
}
