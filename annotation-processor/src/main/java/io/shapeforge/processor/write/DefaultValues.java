package io.shapeforge.processor.write;

import com.palantir.javapoet.CodeBlock;
import io.shapeforge.processor.model.MemberType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Java expression of a checked {@code @DefaultValue}, in the member's stored type. The check
 * stage ({@code DefaultValueCheck}) has refused any text that does not parse for the kind, so this
 * only formats.
 */
final class DefaultValues {

  private DefaultValues() {}

  static CodeBlock code(MemberType type, String text) {
    if (type instanceof MemberType.EnumRef) {
      return CodeBlock.of("$S", text);
    }
    if (type instanceof MemberType.IntEnumRef) {
      return CodeBlock.of("$L", new BigDecimal(text).intValueExact());
    }
    if (type instanceof MemberType.ListOf) {
      return CodeBlock.of("$T.of()", Types.LIST);
    }
    if (type instanceof MemberType.MapOf) {
      return CodeBlock.of("$T.of()", Types.MAP);
    }
    MemberType.Scalar scalar = (MemberType.Scalar) type;
    return switch (scalar.kind()) {
      case STRING -> CodeBlock.of("$S", text);
      case BOOLEAN -> CodeBlock.of("$T.$L", Boolean.class, Boolean.parseBoolean(text) ? "TRUE" : "FALSE");
      case BYTE -> CodeBlock.of("(byte) $L", new BigDecimal(text).byteValueExact());
      case SHORT -> CodeBlock.of("(short) $L", new BigDecimal(text).shortValueExact());
      case INTEGER -> CodeBlock.of("$L", new BigDecimal(text).intValueExact());
      case LONG -> CodeBlock.of("$LL", new BigDecimal(text).longValueExact());
      case FLOAT -> CodeBlock.of("$Lf", new BigDecimal(text).floatValue());
      case DOUBLE -> CodeBlock.of("$L", new BigDecimal(text).doubleValue());
      case BIG_INTEGER -> CodeBlock.of("new $T($S)", Types.BIG_INTEGER, new BigDecimal(text).toBigIntegerExact().toString());
      case BIG_DECIMAL -> CodeBlock.of("new $T($S)", Types.BIG_DECIMAL, text);
      case TIMESTAMP -> {
        BigDecimal seconds = new BigDecimal(text);
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
        yield CodeBlock.of("$T.ofEpochSecond($LL, $L)", Types.INSTANT, whole.longValueExact(), nanos);
      }
      case BLOB -> text.isEmpty() ? CodeBlock.of("$T.empty()", Types.BLOB) : CodeBlock.of("$T.fromBase64($S)", Types.BLOB, text);
      case DOCUMENT -> text.strip().equals("[]")
          ? CodeBlock.of("$T.fromList($T.of())", Types.DOCUMENT, Types.LIST)
          : CodeBlock.of("$T.fromMap($T.of())", Types.DOCUMENT, Types.MAP);
    };
  }
}
