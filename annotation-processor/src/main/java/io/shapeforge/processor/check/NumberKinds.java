package io.shapeforge.processor.check;

import io.shapeforge.processor.model.MemberType.ScalarKind;
import java.math.BigDecimal;

/** Which numbers each numeric kind can hold: the one rule for range bounds and numeric defaults. */
final class NumberKinds {

  private static final BigDecimal FLOAT_MAX = new BigDecimal(Float.MAX_VALUE);
  private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

  private NumberKinds() {}

  /**
   * Whether {@code value} is a value of {@code kind}: whole and in range for the whole-number
   * kinds.
   */
  static boolean fits(ScalarKind kind, BigDecimal value) {
    return switch (kind) {
      case BYTE -> whole(value) && within(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> whole(value) && within(value, Short.MIN_VALUE, Short.MAX_VALUE);
      case INTEGER -> whole(value) && within(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> whole(value) && within(value, Long.MIN_VALUE, Long.MAX_VALUE);
      case BIG_INTEGER -> whole(value);
      case FLOAT -> value.abs().compareTo(FLOAT_MAX) <= 0;
      case DOUBLE -> value.abs().compareTo(DOUBLE_MAX) <= 0;
      case BIG_DECIMAL -> true;
      default -> false;
    };
  }

  /** Whether {@code seconds} is an instant Java can hold, to the nanosecond. */
  static boolean isEpochSeconds(BigDecimal seconds) {
    return seconds.scale() <= 9
        && seconds.compareTo(BigDecimal.valueOf(java.time.Instant.MIN.getEpochSecond())) >= 0
        && seconds.compareTo(BigDecimal.valueOf(java.time.Instant.MAX.getEpochSecond())) <= 0;
  }

  private static boolean whole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static boolean within(BigDecimal value, long min, long max) {
    return value.compareTo(BigDecimal.valueOf(min)) >= 0
        && value.compareTo(BigDecimal.valueOf(max)) <= 0;
  }
}
