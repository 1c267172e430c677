package io.shapeforge.importer.read;

import java.math.BigDecimal;

/**
 * One text form for numbers from either format, so {@code 1000}, {@code 1000.0} and {@code 1E+3}
 * agree.
 */
final class Decimals {
  private Decimals() {}

  static String text(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  static String text(Number value) {
    return text(new BigDecimal(value.toString()));
  }
}
