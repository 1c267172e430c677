package io.shapeforge.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @Range} of a number, compared in the arithmetic of the member's kind:
 *
 * <ul>
 *   <li>{@link #integral()} for {@code Byte}, {@code Short}, {@code Integer} and {@code Long}, with
 *       bounds written as integers ({@code 10});
 *   <li>{@link #floating()} for {@code Float} and {@code Double}, with bounds written as Java
 *       writes a double ({@code 0.0}, {@code 1.0}), as Lambda does: {@code Map value must satisfy
 *       constraint: [Member must have value less than or equal to 1.0, Member must have value
 *       greater than or equal to 0.0]} ({@code routingConfig.additionalVersionWeights}). {@code
 *       NaN} is outside every range;
 *   <li>{@link #decimal()} for {@code BigInteger} and {@code BigDecimal}, exact, with bounds
 *       written as the spec wrote them ({@code 0.01}).
 * </ul>
 *
 * <pre>{@code
 * static final NumberConstraint MAX_RESULTS = NumberConstraint.integral().min(10).max(100);
 * }</pre>
 *
 * <p>Instances are immutable; each method returns a new one.
 */
public final class NumberConstraint implements ValueConstraint<Number> {
  private enum Arithmetic {
    INTEGRAL,
    FLOATING,
    DECIMAL
  }

  private final Arithmetic arithmetic;
  private final long longMin;
  private final long longMax;
  private final double doubleMin;
  private final double doubleMax;
  private final BigDecimal decimalMin;
  private final BigDecimal decimalMax;
  private final String minText;
  private final String maxText;
  private final boolean sensitive;
  private final List<String> texts;

  private NumberConstraint(
      Arithmetic arithmetic,
      long longMin,
      long longMax,
      double doubleMin,
      double doubleMax,
      BigDecimal decimalMin,
      BigDecimal decimalMax,
      String minText,
      String maxText,
      boolean sensitive) {
    this.arithmetic = arithmetic;
    this.longMin = longMin;
    this.longMax = longMax;
    this.doubleMin = doubleMin;
    this.doubleMax = doubleMax;
    this.decimalMin = decimalMin;
    this.decimalMax = decimalMax;
    this.minText = minText;
    this.maxText = maxText;
    this.sensitive = sensitive;
    List<String> all = new ArrayList<>(2);
    if (maxText != null) {
      all.add(ConstraintTexts.maxValue(maxText));
    }
    if (minText != null) {
      all.add(ConstraintTexts.minValue(minText));
    }
    this.texts = List.copyOf(all);
  }

  private static NumberConstraint open(Arithmetic arithmetic) {
    return new NumberConstraint(
        arithmetic,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        null,
        null,
        null,
        null,
        false);
  }

  /** An open range over {@code Byte}, {@code Short}, {@code Integer} or {@code Long}. */
  public static NumberConstraint integral() {
    return open(Arithmetic.INTEGRAL);
  }

  /** An open range over {@code Float} or {@code Double}. */
  public static NumberConstraint floating() {
    return open(Arithmetic.FLOATING);
  }

  /** An open range over {@code BigInteger} or {@code BigDecimal}. */
  public static NumberConstraint decimal() {
    return open(Arithmetic.DECIMAL);
  }

  /**
   * The smallest allowed value. Any of the three overloads fits any arithmetic: {@code
   * floating().min(0)} is {@code 0.0}; a bound the arithmetic cannot hold exactly, such as {@code
   * integral().min("1.5")}, is refused.
   */
  public NumberConstraint min(long bound) {
    return bound(Long.toString(bound), true);
  }

  /** The largest allowed value; see {@link #min(long)}. */
  public NumberConstraint max(long bound) {
    return bound(Long.toString(bound), false);
  }

  /** The smallest allowed value; see {@link #min(long)}. */
  public NumberConstraint min(double bound) {
    return bound(Double.toString(bound), true);
  }

  /** The largest allowed value; see {@link #min(long)}. */
  public NumberConstraint max(double bound) {
    return bound(Double.toString(bound), false);
  }

  /**
   * The smallest allowed value, as a decimal literal such as {@code "0.01"}; see {@link
   * #min(long)}.
   */
  public NumberConstraint min(String bound) {
    return bound(bound, true);
  }

  /** The largest allowed value, as a decimal literal; see {@link #min(long)}. */
  public NumberConstraint max(String bound) {
    return bound(bound, false);
  }

  private NumberConstraint bound(String literal, boolean isMin) {
    BigDecimal exact = new BigDecimal(literal);
    long asLong = longMin;
    double asDouble = doubleMin;
    String text;
    switch (arithmetic) {
      case INTEGRAL -> {
        asLong = exact.longValueExact();
        text = Long.toString(asLong);
      }
      case FLOATING -> {
        asDouble = exact.doubleValue();
        text = Double.toString(asDouble);
      }
      default -> text = exact.toString();
    }
    if (isMin) {
      return new NumberConstraint(
          arithmetic,
          asLong,
          longMax,
          asDouble,
          doubleMax,
          exact,
          decimalMax,
          text,
          maxText,
          sensitive);
    }
    return new NumberConstraint(
        arithmetic,
        longMin,
        arithmetic == Arithmetic.INTEGRAL ? asLong : longMax,
        doubleMin,
        arithmetic == Arithmetic.FLOATING ? asDouble : doubleMax,
        decimalMin,
        exact,
        minText,
        text,
        sensitive);
  }

  /** Marks the value {@code @Sensitive}: messages leave it out. */
  public NumberConstraint sensitive() {
    return new NumberConstraint(
        arithmetic,
        longMin,
        longMax,
        doubleMin,
        doubleMax,
        decimalMin,
        decimalMax,
        minText,
        maxText,
        true);
  }

  @Override
  public boolean isSensitive() {
    return sensitive;
  }

  @Override
  public boolean accepts(Number value) {
    return !belowMin(value) && !aboveMax(value);
  }

  @Override
  public void report(Violations violations, String member, Number value) {
    if (belowMin(value)) {
      violations.add(
          member, value, ConstraintKind.MIN_VALUE, ConstraintTexts.minValue(minText), sensitive);
    } else if (aboveMax(value)) {
      violations.add(
          member, value, ConstraintKind.MAX_VALUE, ConstraintTexts.maxValue(maxText), sensitive);
    }
  }

  @Override
  public List<String> texts() {
    return texts;
  }

  /**
   * Below the minimum; a {@code NaN} counts as below it, or above the maximum when there is none.
   */
  private boolean belowMin(Number value) {
    if (minText == null) {
      return false;
    }
    return switch (arithmetic) {
      case INTEGRAL -> value.longValue() < longMin;
      case FLOATING -> !(value.doubleValue() >= doubleMin);
      case DECIMAL -> decimalOf(value).compareTo(decimalMin) < 0;
    };
  }

  private boolean aboveMax(Number value) {
    if (maxText == null) {
      return false;
    }
    return switch (arithmetic) {
      case INTEGRAL -> value.longValue() > longMax;
      case FLOATING -> !(value.doubleValue() <= doubleMax);
      case DECIMAL -> decimalOf(value).compareTo(decimalMax) > 0;
    };
  }

  private static BigDecimal decimalOf(Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    return new BigDecimal(value.toString());
  }
}
