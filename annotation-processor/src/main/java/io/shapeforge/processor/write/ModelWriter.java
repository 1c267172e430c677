package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.StructureShape;
import javax.lang.model.element.Modifier;

/**
 * Writes the immutable model class of a structure or union: private final fields carrying Jakarta
 * constraints, accessors named as the members (Jackson serializes through them, by wire name), a
 * {@link BuilderWriter builder}, and equals, hashCode and an AWS-style toString.
 *
 * <pre>{@code
 * MaintenanceWindowFilter filter = MaintenanceWindowFilter.builder().key("STATUS").values("SUCCESS").build();
 * filter.toString(); // MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS])
 * }</pre>
 *
 * <p>A member with {@code @DefaultValue} is never null: the constructor, which {@code build()} and
 * Jackson both go through, fills the default in. An {@code @IdempotencyToken} member left out is
 * filled there too, with a fresh random UUID, so both a model a client builds and a request a
 * server decodes carry one; {@code toBuilder()} keeps it.
 *
 * <p>A union is the same class plus {@link UnionParts}: a static factory per member and the
 * discriminator {@code type()}.
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
                AnnotationSpec.builder(Types.JSON_DESERIALIZE)
                    .addMember("builder", "$T.class", builder)
                    .build());
    if (shape.traits().deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    shape.doc().ifPresent(doc -> type.addJavadoc("$L", doc));
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
    for (MemberModel member : shape.members()) {
      type.addField(
          FieldSpec.builder(
                  jakarta.fieldType(member), member.name(), Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotations(jakarta.onField(member))
              .build());
      constructor.addStatement("this.$N = $L", member.name(), initialValue(type, member));
    }
    type.addMethod(constructor.build());
    for (MemberModel member : shape.members()) {
      addAccessors(type, member);
    }
    if (shape.isUnion()) {
      UnionParts.add(type, name, shape.members());
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
    type.addMethod(
        ObjectMethods.toStringMethod(
            shape.ref().simpleName(), shape.members(), shape.traits().sensitive()));
    type.addType(builders.builder(name, shape.members()));
    JsonCodecWriter.add(type, shape);
    return type;
  }

  /**
   * What the constructor stores: the builder's value, or the default or a fresh token when absent.
   */
  private static CodeBlock initialValue(TypeSpec.Builder type, MemberModel member) {
    if (member.defaultValue().isPresent()) {
      String constant = MemberTypes.constantName(member.name()) + "_DEFAULT";
      type.addField(
          FieldSpec.builder(
                  MemberTypes.stored(member.type()),
                  constant,
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The {@code @DefaultValue} of {@code $L}.\n", member.name())
              .initializer(DefaultValues.code(member.type(), member.defaultValue().get()))
              .build());
      return CodeBlock.of(
          "builder.$N == null ? $N : builder.$N", member.name(), constant, member.name());
    }
    if (member.traits().idempotencyToken()) {
      return CodeBlock.of(
          "builder.$N == null ? $T.randomUUID().toString() : builder.$N",
          member.name(),
          Types.UUID,
          member.name());
    }
    return CodeBlock.of("builder.$N", member.name());
  }

  private static void addAccessors(TypeSpec.Builder type, MemberModel member) {
    AnnotationSpec jsonProperty =
        AnnotationSpec.builder(Types.JSON_PROPERTY)
            .addMember("value", "$S", member.wireName())
            .build();
    TypeName stored = MemberTypes.stored(member.type());
    if (!MemberTypes.isEnumLike(member.type())) {
      MethodSpec.Builder accessor =
          MethodSpec.methodBuilder(member.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(stored)
              .addAnnotation(jsonProperty)
              .addStatement("return this.$N", member.name());
      TimestampMapping.serializer(member.type()).ifPresent(accessor::addAnnotation);
      deprecate(accessor, member);
      member.doc().ifPresent(doc -> accessor.addJavadoc("$L", doc));
      type.addMethod(accessor.build());
      return;
    }
    TypeName shown = MemberTypes.shown(member.type());
    String rawName = GeneratedNames.rawAccessor(member).orElseThrow();
    MethodSpec.Builder typed =
        MethodSpec.methodBuilder(member.name()).addModifiers(Modifier.PUBLIC).returns(shown);
    MethodSpec.Builder raw =
        MethodSpec.methodBuilder(rawName).addModifiers(Modifier.PUBLIC).returns(stored);
    MemberType element = member.type().listElement().orElse(member.type());
    ClassName enumName = MemberTypes.className(element.namedShape().orElseThrow());
    if (element == member.type()) {
      typed.addStatement("return $T.fromValue(this.$N)", enumName, member.name());
      typed.addJavadoc(
          enumJavadoc(
              member,
              "{@link $T#$N} for a value this version does not"
                  + " know, {@code null} when absent; the raw value is {@link #$N()}.\n"),
          enumName,
          GeneratedNames.UNKNOWN,
          rawName);
      raw.addJavadoc(
          "The raw wire value of {@link #$N()}, kept even when unknown.\n", member.name());
    } else {
      typed.addStatement(
          "return this.$N == null ? null : this.$N.stream().map($T::fromValue).toList()",
          member.name(),
          member.name(),
          enumName);
      typed.addJavadoc(
          enumJavadoc(
              member,
              "Unknown values show as {@link $T#$N}; the raw" + " values are {@link #$N()}.\n"),
          enumName,
          GeneratedNames.UNKNOWN,
          rawName);
      raw.addJavadoc(
          "The raw wire values of {@link #$N()}, kept even when unknown.\n", member.name());
    }
    raw.addAnnotation(jsonProperty).addStatement("return this.$N", member.name());
    deprecate(typed, member);
    deprecate(raw, member);
    type.addMethod(typed.build());
    type.addMethod(raw.build());
  }

  /** Java's {@code @Deprecated} on a spec member carries over to what is generated for it. */
  static void deprecate(MethodSpec.Builder method, MemberModel member) {
    if (member.traits().deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
  }

  private static String enumJavadoc(MemberModel member, String tail) {
    return member.doc().map(doc -> doc.replace("$", "$$") + "\n<p>").orElse("") + tail;
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
