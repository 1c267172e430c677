package io.shapeforge.processor.write;

import io.shapeforge.processor.model.MemberType;

/**
 * The runtime method each scalar kind goes through, by name: the generated writers call {@code
 * JsonFields.<name>} and {@code JsonValues.<name>}, the generated readers {@code JsonReads.<name>}.
 * One table for both directions, so that a new kind cannot be read one way and written another.
 */
final class ScalarMethods {
  private ScalarMethods() {}

  /**
   * The writers' method. A byte or a short is written as any integer, so the three share {@code
   * integer}.
   */
  static String writer(MemberType.Scalar scalar) {
    return switch (scalar.kind()) {
      case STRING -> "string";
      case BOOLEAN -> "bool";
      case BYTE, SHORT, INTEGER -> "integer";
      case LONG -> "longInteger";
      case FLOAT -> "floatNumber";
      case DOUBLE -> "doubleNumber";
      case BIG_INTEGER -> "bigInteger";
      case BIG_DECIMAL -> "bigDecimal";
      case TIMESTAMP ->
          switch (scalar.timestampFormat()) {
            case EPOCH_SECONDS -> "epochSeconds";
            case DATE_TIME -> "dateTime";
            case HTTP_DATE -> "httpDate";
          };
      case BLOB -> "blob";
      case DOCUMENT -> "document";
    };
  }

  /**
   * The readers' method: the writers' one, but a byte and a short have their own, which refuse a
   * number outside the narrower range.
   */
  static String reader(MemberType.Scalar scalar) {
    return switch (scalar.kind()) {
      case BYTE -> "byteInteger";
      case SHORT -> "shortInteger";
      default -> writer(scalar);
    };
  }
}
