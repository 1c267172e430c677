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

  private static Optional<AnnotationSpec> annotation(
      MemberType type, ClassName annotation, boolean serializer) {
    return type.accept(new Mapping(annotation, serializer, false));
  }

  /**
   * The annotation for a timestamp: {@code using} for the member itself, {@code contentUsing} for a
   * list's elements or a map's values one level down. Every other kind has none.
   */
  private static final class Mapping implements MemberType.Visitor<Optional<AnnotationSpec>> {
    private final ClassName annotation;
    private final boolean serializer;
    private final boolean inContent;

    Mapping(ClassName annotation, boolean serializer, boolean inContent) {
      this.annotation = annotation;
      this.serializer = serializer;
      this.inContent = inContent;
    }

    @Override
    public Optional<AnnotationSpec> scalar(MemberType.Scalar scalar) {
      if (scalar.kind() != MemberType.ScalarKind.TIMESTAMP) {
        return Optional.empty();
      }
      ClassName using =
          switch (scalar.timestampFormat()) {
            case EPOCH_SECONDS ->
                serializer ? Types.EPOCH_SECONDS_SERIALIZER : Types.EPOCH_SECONDS_DESERIALIZER;
            case DATE_TIME ->
                serializer ? Types.DATE_TIME_SERIALIZER : Types.DATE_TIME_DESERIALIZER;
            case HTTP_DATE ->
                serializer ? Types.HTTP_DATE_SERIALIZER : Types.HTTP_DATE_DESERIALIZER;
          };
      return Optional.of(
          AnnotationSpec.builder(annotation)
              .addMember(inContent ? "contentUsing" : "using", "$T.class", using)
              .build());
    }

    @Override
    public Optional<AnnotationSpec> list(MemberType.ListOf list) {
      return content(list.element());
    }

    @Override
    public Optional<AnnotationSpec> map(MemberType.MapOf map) {
      return content(map.value());
    }

    /** Only the first level of content: {@code contentUsing} reaches no deeper. */
    private Optional<AnnotationSpec> content(MemberType content) {
      return inContent
          ? Optional.empty()
          : content.accept(new Mapping(annotation, serializer, true));
    }

    @Override
    public Optional<AnnotationSpec> structure(MemberType.StructureRef structure) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> union(MemberType.UnionRef union) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> enumShape(MemberType.EnumRef enumRef) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> intEnum(MemberType.IntEnumRef intEnum) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> unsupported(MemberType.Unsupported unsupported) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> unresolved(MemberType.Unresolved unresolved) {
      return Optional.empty();
    }
  }
}
