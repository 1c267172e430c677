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
    return type.accept(new Literal(text));
  }

  /** One expression per kind. */
  private static final class Literal implements MemberType.Visitor<CodeBlock> {
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    public CodeBlock scalar(MemberType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("$S", text);
        case BOOLEAN ->
            CodeBlock.of("$T.$L", Boolean.class, Boolean.parseBoolean(text) ? "TRUE" : "FALSE");
        case BYTE -> CodeBlock.of("(byte) $L", new BigDecimal(text).byteValueExact());
        case SHORT -> CodeBlock.of("(short) $L", new BigDecimal(text).shortValueExact());
        case INTEGER -> CodeBlock.of("$L", new BigDecimal(text).intValueExact());
        case LONG -> CodeBlock.of("$LL", new BigDecimal(text).longValueExact());
        case FLOAT -> CodeBlock.of("$Lf", new BigDecimal(text).floatValue());
        case DOUBLE -> CodeBlock.of("$L", new BigDecimal(text).doubleValue());
        case BIG_INTEGER ->
            CodeBlock.of(
                "new $T($S)",
                Types.BIG_INTEGER,
                new BigDecimal(text).toBigIntegerExact().toString());
        case BIG_DECIMAL -> CodeBlock.of("new $T($S)", Types.BIG_DECIMAL, text);
        case TIMESTAMP -> {
          BigDecimal seconds = new BigDecimal(text);
          BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
          int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
          yield CodeBlock.of(
              "$T.ofEpochSecond($LL, $L)", Types.INSTANT, whole.longValueExact(), nanos);
        }
        case BLOB ->
            text.isEmpty()
                ? CodeBlock.of("$T.empty()", Types.BLOB)
                : CodeBlock.of("$T.fromBase64($S)", Types.BLOB, text);
        case DOCUMENT ->
            text.strip().equals("[]")
                ? CodeBlock.of("$T.fromList($T.of())", Types.DOCUMENT, Types.LIST)
                : CodeBlock.of("$T.fromMap($T.of())", Types.DOCUMENT, Types.MAP);
      };
    }

    @Override
    public CodeBlock enumShape(MemberType.EnumRef enumRef) {
      return CodeBlock.of("$S", text);
    }

    @Override
    public CodeBlock intEnum(MemberType.IntEnumRef intEnum) {
      return CodeBlock.of("$L", new BigDecimal(text).intValueExact());
    }

    @Override
    public CodeBlock list(MemberType.ListOf list) {
      return CodeBlock.of("$T.of()", Types.LIST);
    }

    @Override
    public CodeBlock map(MemberType.MapOf map) {
      return CodeBlock.of("$T.of()", Types.MAP);
    }

    @Override
    public CodeBlock structure(MemberType.StructureRef structure) {
      throw refused(structure);
    }

    @Override
    public CodeBlock union(MemberType.UnionRef union) {
      throw refused(union);
    }

    @Override
    public CodeBlock unsupported(MemberType.Unsupported unsupported) {
      throw refused(unsupported);
    }

    @Override
    public CodeBlock unresolved(MemberType.Unresolved unresolved) {
      throw refused(unresolved);
    }

    private static IllegalArgumentException refused(MemberType type) {
      return new IllegalArgumentException(
          "the check stage refuses a default for " + type.written());
    }
  }
}
