package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.shapeforge.processor.model.MemberType;
import java.util.Optional;

/**
 * The Jackson mapping of a timestamp member in its {@code @TimestampFormat}: {@code using} on the
 * member itself, {@code contentUsing} on a list of timestamps or a map with timestamp values. (A
 * plain {@code ObjectMapper} knows no {@code Instant}; the check stage refuses timestamps nested
 * deeper, which no annotation can reach.)
 */
final class TimestampMapping {

  private TimestampMapping() {}

  /** {@code @JsonSerialize(...)} for the member's accessor, if it holds timestamps. */
  static Optional<AnnotationSpec> serializer(MemberType type) {
    return annotation(type, Types.JSON_SERIALIZE, true);
  }

  /** {@code @JsonDeserialize(...)} for the member's JSON setter, if it holds timestamps. */
  static Optional<AnnotationSpec> deserializer(MemberType type) {
    return annotation(type, Types.JSON_DESERIALIZE, false);
  }

  private static Optional<AnnotationSpec> annotation(MemberType type, ClassName annotation, boolean serializer) {
    String member = "using";
    MemberType timestamp = type;
    if (type instanceof MemberType.ListOf list) {
      member = "contentUsing";
      timestamp = list.element();
    } else if (type instanceof MemberType.MapOf map) {
      member = "contentUsing";
      timestamp = map.value();
    }
    if (!(timestamp instanceof MemberType.Scalar scalar) || scalar.kind() != MemberType.ScalarKind.TIMESTAMP) {
      return Optional.empty();
    }
    ClassName using = switch (scalar.timestampFormat()) {
      case EPOCH_SECONDS -> serializer ? Types.EPOCH_SECONDS_SERIALIZER : Types.EPOCH_SECONDS_DESERIALIZER;
      case DATE_TIME -> serializer ? Types.DATE_TIME_SERIALIZER : Types.DATE_TIME_DESERIALIZER;
      case HTTP_DATE -> serializer ? Types.HTTP_DATE_SERIALIZER : Types.HTTP_DATE_DESERIALIZER;
    };
    return Optional.of(AnnotationSpec.builder(annotation).addMember(member, "$T.class", using).build());
  }
}
