package io.shapeforge.runtime.query;

import io.shapeforge.runtime.protocol.TimestampFormats;
import io.shapeforge.runtime.store.ValueType;
import java.time.DateTimeException;
import java.util.regex.Pattern;

/** Turns a filter value from the wire into a column value. */
final class ValueParser {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

  private ValueParser() {}

  /** The value, or {@code null} when {@code text} is not a value of {@code type}. */
  static Object parse(ValueType type, String text) {
    try {
      return switch (type) {
        case STRING -> text;
        case INSTANT -> TimestampFormats.parseFilterValue(text).orElse(null);
        case INTEGER -> INTEGER.matcher(text).matches() ? Integer.valueOf(text) : null;
        case LONG -> INTEGER.matcher(text).matches() ? Long.valueOf(text) : null;
        case BOOLEAN ->
            "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
      };
    } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** What a value of {@code type} looks like, for a validation message. */
  static String describe(ValueType type) {
    return switch (type) {
      case STRING -> "Member must be a string";
      case INSTANT -> "Member must be a timestamp in epoch seconds or ISO-8601";
      case INTEGER, LONG -> "Member must be an integer";
      case BOOLEAN -> "Member must be true or false";
    };
  }
}
