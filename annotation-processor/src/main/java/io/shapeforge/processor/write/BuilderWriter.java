package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a model's {@code Builder}: one setter per member named as the member, plus convenience
 * overloads (varargs for lists; the enum or its raw string for enums). A raw string equal to a known
 * enum value is stored as that constant's wire string, so equal values share one instance. Jackson
 * deserializes through exactly one setter per property, the one carrying {@code @JsonProperty};
 * every overload is {@code @JsonIgnore}. {@code build()} never throws: a model may hold invalid data.
 */
final class BuilderWriter {

  TypeSpec builder(ClassName model, List<MemberModel> members) {
    ClassName builder = model.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Builds a {@link $T}; every member starts absent.\n", model)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addAnnotation(AnnotationSpec.builder(Types.JSON_POJO_BUILDER).addMember("withPrefix", "$S", "").build())
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "true").build());
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(model, "model");
    for (MemberModel member : members) {
      type.addField(MemberTypes.stored(member.type()), member.name(), Modifier.PRIVATE);
      copy.addStatement("this.$N = model.$N", member.name(), member.name());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copy.build());
    for (MemberModel member : members) {
      addSetters(type, builder, member);
    }
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc("The model; never fails, even when members are missing or invalid.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(model)
            .addStatement("return new $T(this)", model)
            .build());
    return type.build();
  }

  private void addSetters(TypeSpec.Builder type, ClassName builder, MemberModel member) {
    String name = member.name();
    MemberType memberType = member.type();
    if (memberType instanceof MemberType.EnumRef enumRef) {
      ClassName enumType = MemberTypes.className(enumRef.shape());
      NameAllocator locals = new NameAllocator();
      locals.newName(name);
      String known = locals.newName("known");
      // A known wire value is stored as the enum constant's own string, so a million records
      // loaded from JSON share one "SUCCESS" instead of holding a million equal copies.
      type.addMethod(
          jsonSetter(builder, member, name, Types.STRING)
              .addStatement("$T $N = $T.fromValue($N)", enumType, known, enumType, name)
              .addStatement(
                  "this.$N = $N == null || $N == $T.$N ? $N : $N.toString()",
                  name, known, known, enumType, EnumWriter.UNKNOWN, name, known)
              .addStatement("return this")
              .build());
      type.addMethod(
          ignoredSetter(builder, name, MemberTypes.className(enumRef.shape()), name)
              .addStatement("this.$N = $N == null ? null : $N.toString()", name, name, name)
              .addStatement("return this")
              .build());
      return;
    }
    if (memberType instanceof MemberType.ListOf list) {
      TypeName element = MemberTypes.shown(list.element());
      if (list.element() instanceof MemberType.EnumRef) {
        String withStrings = name + "WithStrings";
        NameAllocator locals = new NameAllocator();
        locals.newName(name);
        String each = locals.newName("value");
        type.addMethod(
            jsonSetter(builder, member, withStrings, ParameterizedTypeName.get(Types.LIST, Types.STRING))
                .addStatement("this.$N = $L", name, copyOf(name))
                .addStatement("return this")
                .build());
        type.addMethod(varargs(builder, withStrings, Types.STRING, name));
        type.addMethod(
            ignoredSetter(builder, name, ParameterizedTypeName.get(Types.LIST, element), name)
                .addStatement(
                    "this.$N = $N == null ? null : $N.stream().map($N -> $T.toString($N, null)).toList()",
                    name, name, name, each, Types.OBJECTS, each)
                .addStatement("return this")
                .build());
        type.addMethod(varargs(builder, name, element, name));
        return;
      }
      type.addMethod(
          jsonSetter(builder, member, name, ParameterizedTypeName.get(Types.LIST, element))
              .addStatement("this.$N = $L", name, copyOf(name))
              .addStatement("return this")
              .build());
      type.addMethod(varargs(builder, name, element, name));
      return;
    }
    type.addMethod(
        jsonSetter(builder, member, name, MemberTypes.shown(memberType)).addStatement("this.$N = $N", name, name).addStatement("return this").build());
  }

  /** The one setter Jackson uses for a member; the caller adds its body. */
  private static MethodSpec.Builder jsonSetter(ClassName builder, MemberModel member, String methodName, TypeName type) {
    MethodSpec.Builder setter =
        MethodSpec.methodBuilder(methodName)
            .addJavadoc("Sets {@code $L}.\n", member.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_PROPERTY).addMember("value", "$S", member.wireName()).build())
            .addParameter(type, member.name());
    if (member.type().is(MemberType.ScalarKind.TIMESTAMP)) {
      setter.addAnnotation(
          AnnotationSpec.builder(Types.JSON_DESERIALIZE).addMember("using", "$T.class", Types.EPOCH_SECONDS_DESERIALIZER).build());
    } else if (member.type() instanceof MemberType.ListOf list && list.element().is(MemberType.ScalarKind.TIMESTAMP)) {
      setter.addAnnotation(
          AnnotationSpec.builder(Types.JSON_DESERIALIZE)
              .addMember("contentUsing", "$T.class", Types.EPOCH_SECONDS_DESERIALIZER)
              .build());
    }
    return setter;
  }

  private static MethodSpec.Builder ignoredSetter(ClassName builder, String methodName, TypeName type, String parameter) {
    return MethodSpec.methodBuilder(methodName)
        .addJavadoc("Sets {@code $L}.\n", parameter)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addAnnotation(Types.JSON_IGNORE)
        .addParameter(type, parameter);
  }

  /** {@code values(String... values)} delegating to the list setter of the same name. */
  private static MethodSpec varargs(ClassName builder, String methodName, TypeName element, String parameter) {
    return ignoredSetter(builder, methodName, ArrayTypeName.of(element), parameter)
        .varargs(true)
        .addStatement("return $N($N == null ? null : $T.asList($N))", methodName, parameter, Types.ARRAYS, parameter)
        .build();
  }

  /** An unmodifiable copy that, unlike {@code List.copyOf}, keeps null elements: invalid data is kept. */
  private static CodeBlock copyOf(String name) {
    return CodeBlock.of(
        "$N == null ? null : $T.unmodifiableList(new $T<>($N))", name, Types.COLLECTIONS, Types.ARRAY_LIST, name);
  }
}
