package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.StructureShape;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the immutable model class of a structure: private final fields carrying Jakarta
 * constraints, accessors named as the members (Jackson serializes through them, by wire name),
 * a {@link BuilderWriter builder}, and equals, hashCode and an AWS-style toString.
 *
 * <pre>{@code
 * MaintenanceWindowFilter filter = MaintenanceWindowFilter.builder().key("STATUS").values("SUCCESS").build();
 * filter.toString(); // MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS])
 * }</pre>
 */
public final class ModelWriter extends GeneratedFileWriter<StructureShape> {

  private final JakartaConstraints jakarta;
  private final BuilderWriter builders = new BuilderWriter();

  ModelWriter(JakartaConstraints jakarta) {
    this.jakarta = jakarta;
  }

  @Override
  protected TypeSpec.Builder type(StructureShape shape) {
    ClassName name = MemberTypes.className(shape.ref());
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder type =
        classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_INCLUDE)
                    .addMember("value", "$T.NON_NULL", Types.JSON_INCLUDE_NON_NULL)
                    .build())
            .addAnnotation(propertyOrder(shape))
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_DESERIALIZE).addMember("builder", "$T.class", builder).build());
    shape.doc().ifPresent(doc -> type.addJavadoc("$L", doc));
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
    for (MemberModel member : shape.members()) {
      type.addField(
          FieldSpec.builder(jakarta.fieldType(member), member.name(), Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotations(jakarta.onField(member))
              .build());
      constructor.addStatement("this.$N = builder.$N", member.name(), member.name());
    }
    type.addMethod(constructor.build());
    for (MemberModel member : shape.members()) {
      addAccessors(type, member);
    }
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with every member absent.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this object's members.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    type.addMethod(ObjectMethods.equalsMethod(name, shape.members()));
    type.addMethod(ObjectMethods.hashCodeMethod(shape.members()));
    type.addMethod(ObjectMethods.toStringMethod(shape.ref().simpleName(), shape.members()));
    type.addType(builders.builder(name, shape.members()));
    return type;
  }

  private static void addAccessors(TypeSpec.Builder type, MemberModel member) {
    AnnotationSpec jsonProperty =
        AnnotationSpec.builder(Types.JSON_PROPERTY).addMember("value", "$S", member.wireName()).build();
    TypeName stored = MemberTypes.stored(member.type());
    if (!MemberTypes.isEnumLike(member.type())) {
      MethodSpec.Builder accessor =
          MethodSpec.methodBuilder(member.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(stored)
              .addAnnotation(jsonProperty)
              .addStatement("return this.$N", member.name());
      timestampSerializer(member.type()).ifPresent(accessor::addAnnotation);
      member.doc().ifPresent(doc -> accessor.addJavadoc("$L", doc));
      type.addMethod(accessor.build());
      return;
    }
    TypeName shown = MemberTypes.shown(member.type());
    MethodSpec.Builder typed = MethodSpec.methodBuilder(member.name()).addModifiers(Modifier.PUBLIC).returns(shown);
    MethodSpec.Builder raw = MethodSpec.methodBuilder(rawAccessor(member)).addModifiers(Modifier.PUBLIC).returns(stored);
    if (member.type() instanceof MemberType.EnumRef enumRef) {
      ClassName enumName = MemberTypes.className(enumRef.shape());
      typed.addStatement("return $T.fromValue(this.$N)", enumName, member.name());
      typed.addJavadoc(enumJavadoc(member, "{@link $T#UNKNOWN_TO_SDK_VERSION} for a value this version does not"
          + " know, {@code null} when absent; the raw value is {@link #$N()}.\n"), enumName, rawAccessor(member));
      raw.addJavadoc("The raw wire value of {@link #$N()}, kept even when unknown.\n", member.name());
    } else {
      ClassName enumName = MemberTypes.className(((MemberType.EnumRef) ((MemberType.ListOf) member.type()).element()).shape());
      typed.addStatement(
          "return this.$N == null ? null : this.$N.stream().map($T::fromValue).toList()",
          member.name(), member.name(), enumName);
      typed.addJavadoc(enumJavadoc(member, "Unknown values show as {@link $T#UNKNOWN_TO_SDK_VERSION}; the raw"
          + " values are {@link #$N()}.\n"), enumName, rawAccessor(member));
      raw.addJavadoc("The raw wire values of {@link #$N()}, kept even when unknown.\n", member.name());
    }
    raw.addAnnotation(jsonProperty).addStatement("return this.$N", member.name());
    type.addMethod(typed.build());
    type.addMethod(raw.build());
  }

  private static String enumJavadoc(MemberModel member, String tail) {
    return member.doc().map(doc -> doc.replace("$", "$$") + "\n<p>").orElse("") + tail;
  }

  /** {@code statusAsString} for an enum, {@code statusesAsStrings} for a list of enums. */
  static String rawAccessor(MemberModel member) {
    return member.name() + (member.type() instanceof MemberType.EnumRef ? "AsString" : "AsStrings");
  }

  /** {@code @JsonSerialize} for a timestamp or a list of timestamps. */
  private static Optional<AnnotationSpec> timestampSerializer(MemberType type) {
    if (type.is(MemberType.ScalarKind.TIMESTAMP)) {
      return Optional.of(
          AnnotationSpec.builder(Types.JSON_SERIALIZE).addMember("using", "$T.class", Types.EPOCH_SECONDS_SERIALIZER).build());
    }
    if (type instanceof MemberType.ListOf list && list.element().is(MemberType.ScalarKind.TIMESTAMP)) {
      return Optional.of(
          AnnotationSpec.builder(Types.JSON_SERIALIZE)
              .addMember("contentUsing", "$T.class", Types.EPOCH_SECONDS_SERIALIZER)
              .build());
    }
    return Optional.empty();
  }

  /** Members travel in spec order, as AWS writes them; Jackson's own order is not guaranteed. */
  private static AnnotationSpec propertyOrder(StructureShape shape) {
    AnnotationSpec.Builder order = AnnotationSpec.builder(Types.JSON_PROPERTY_ORDER);
    for (MemberModel member : shape.members()) {
      order.addMember("value", "$S", member.wireName());
    }
    return order.build();
  }
}
