package io.shapeforge.processor.check;

import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.MemberType;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Judges a {@code @DefaultValue} text against its member's type, kind by kind, as Smithy's
 * {@code @default} allows: a number that the kind can hold, {@code true} or {@code false}, a known
 * enum value, epoch seconds for a timestamp, base64 for a blob, and only the empty list or map
 * ({@code []}, {@code {}}) for collections and documents. Structures and unions take none.
 */
final class DefaultValueCheck {

  private final Function<String, Optional<EnumShapeModel>> enums;

  /**
   * @param enums the enum shape of a spec name, when known
   */
  DefaultValueCheck(Function<String, Optional<EnumShapeModel>> enums) {
    this.enums = enums;
  }

  /** Why {@code text} is no default for {@code type}; empty when it is one. */
  Optional<String> problem(MemberType type, String text) {
    return type.accept(new Judge(text));
  }

  /** One verdict per kind. */
  private final class Judge implements MemberType.Visitor<Optional<String>> {
    private final String text;

    Judge(String text) {
      this.text = text;
    }

    @Override
    public Optional<String> scalar(MemberType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> Optional.empty();
        case BOOLEAN ->
            text.equals("true") || text.equals("false")
                ? Optional.empty()
                : Optional.of("write true or false");
        case BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> {
          Optional<BigDecimal> number = Constraint.Range.decimal(text);
          if (number.isEmpty()) {
            yield Optional.of("it is not a decimal number");
          }
          yield NumberKinds.fits(scalar.kind(), number.get())
              ? Optional.empty()
              : Optional.of("a " + scalar.kind().written() + " cannot hold it");
        }
        case TIMESTAMP ->
            Constraint.Range.decimal(text).filter(NumberKinds::isEpochSeconds).isPresent()
                ? Optional.empty()
                : Optional.of("write the instant in epoch seconds, such as 1628102135.145");
        case BLOB ->
            base64(text) ? Optional.empty() : Optional.of("write the bytes in standard base64");
        case DOCUMENT ->
            text.strip().equals("[]") || text.strip().equals("{}")
                ? Optional.empty()
                : Optional.of("a Document default can only be [] or {}");
      };
    }

    @Override
    public Optional<String> structure(MemberType.StructureRef structure) {
      return Optional.of("a structure has no default");
    }

    @Override
    public Optional<String> union(MemberType.UnionRef union) {
      return Optional.of("a union has no default");
    }

    @Override
    public Optional<String> enumShape(MemberType.EnumRef enumRef) {
      return enumValue(enumRef.shape().specName());
    }

    @Override
    public Optional<String> intEnum(MemberType.IntEnumRef intEnum) {
      return enumValue(intEnum.shape().specName());
    }

    @Override
    public Optional<String> list(MemberType.ListOf list) {
      return text.strip().equals("[]")
          ? Optional.empty()
          : Optional.of("a List default can only be the empty list []");
    }

    @Override
    public Optional<String> map(MemberType.MapOf map) {
      return text.strip().equals("{}")
          ? Optional.empty()
          : Optional.of("a Map default can only be the empty map {}");
    }

    /** Reported as an unsupported type instead. */
    @Override
    public Optional<String> unsupported(MemberType.Unsupported unsupported) {
      return Optional.empty();
    }

    /** Deferred to a later round. */
    @Override
    public Optional<String> unresolved(MemberType.Unresolved unresolved) {
      return Optional.empty();
    }

    /**
     * A known wire value of the enum; any value when the enum is not known (compiled elsewhere).
     */
    private Optional<String> enumValue(String specName) {
      Optional<EnumShapeModel> shape = enums.apply(specName);
      if (shape.isEmpty()
          || shape.get().constants().stream().map(EnumConstant::wireValue).anyMatch(text::equals)) {
        return Optional.empty();
      }
      return Optional.of(
          "it is not one of the enum's wire values "
              + shape.get().constants().stream().map(EnumConstant::wireValue).toList());
    }
  }

  private static boolean base64(String text) {
    try {
      Base64.getDecoder().decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
