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
 * {@code @default} allows: a number that the kind can hold, {@code true} or {@code false}, a
 * known enum value, epoch seconds for a timestamp, base64 for a blob, and only the empty list or
 * map ({@code []}, {@code {}}) for collections and documents. Structures and unions take none.
 */
final class DefaultValueCheck {

  private final Function<String, Optional<EnumShapeModel>> enums;

  /** @param enums the enum shape of a spec name, when known */
  DefaultValueCheck(Function<String, Optional<EnumShapeModel>> enums) {
    this.enums = enums;
  }

  /** Why {@code text} is no default for {@code type}; empty when it is one. */
  Optional<String> problem(MemberType type, String text) {
    if (type instanceof MemberType.ListOf) {
      return text.strip().equals("[]") ? Optional.empty() : Optional.of("a List default can only be the empty list []");
    }
    if (type instanceof MemberType.MapOf) {
      return text.strip().equals("{}") ? Optional.empty() : Optional.of("a Map default can only be the empty map {}");
    }
    if (type instanceof MemberType.StructureRef || type instanceof MemberType.UnionRef) {
      return Optional.of("a structure or union has no default");
    }
    if (type instanceof MemberType.EnumRef || type instanceof MemberType.IntEnumRef) {
      Optional<EnumShapeModel> shape = enums.apply(type.namedShape().orElseThrow().specName());
      boolean known = shape.isEmpty()
          || shape.get().constants().stream().map(EnumConstant::wireValue).anyMatch(text::equals);
      return known ? Optional.empty() : Optional.of("it is not one of the enum's wire values "
          + shape.get().constants().stream().map(EnumConstant::wireValue).toList());
    }
    if (!(type instanceof MemberType.Scalar scalar)) {
      return Optional.empty();
    }
    return switch (scalar.kind()) {
      case STRING -> Optional.empty();
      case BOOLEAN -> text.equals("true") || text.equals("false") ? Optional.empty() : Optional.of("write true or false");
      case BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> {
        Optional<BigDecimal> number = Constraint.Range.decimal(text);
        if (number.isEmpty()) {
          yield Optional.of("it is not a decimal number");
        }
        yield NumberKinds.fits(scalar.kind(), number.get())
            ? Optional.empty()
            : Optional.of("a " + scalar.kind().written() + " cannot hold it");
      }
      case TIMESTAMP -> Constraint.Range.decimal(text).filter(NumberKinds::isEpochSeconds).isPresent()
          ? Optional.empty()
          : Optional.of("write the instant in epoch seconds, such as 1628102135.145");
      case BLOB -> base64(text) ? Optional.empty() : Optional.of("write the bytes in standard base64");
      case DOCUMENT -> text.strip().equals("[]") || text.strip().equals("{}")
          ? Optional.empty()
          : Optional.of("a Document default can only be [] or {}");
    };
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
