package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a model's {@code Builder}: one setter per member named as the member, plus convenience
 * overloads (varargs for lists; the enum or its raw string for enums). A raw string equal to a
 * known enum value is stored as that constant's wire string, so equal values share one instance.
 * Jackson deserializes through exactly one setter per property, the one carrying
 * {@code @JsonProperty}; every overload is {@code @JsonIgnore}. {@code build()} never throws: a
 * model may hold invalid data. Lists and maps, and those nested in them, are copied into
 * unmodifiable ones that keep nulls.
 */
final class BuilderWriter {

  TypeSpec builder(ClassName model, List<MemberModel> members) {
    ClassName builder = model.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Builds a {@link $T}; every member starts absent.\n", model)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_POJO_BUILDER)
                    .addMember("withPrefix", "$S", "")
                    .build())
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_IGNORE_PROPERTIES)
                    .addMember("ignoreUnknown", "true")
                    .build());
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
    for (MethodSpec.Builder setter : setters(builder, member)) {
      ModelWriter.deprecate(setter, member);
      type.addMethod(setter.build());
    }
  }

  private List<MethodSpec.Builder> setters(ClassName builder, MemberModel member) {
    return member.type().accept(new Setters(builder, member));
  }

  /** The setters of one member, by kind. */
  private static final class Setters implements MemberType.Visitor<List<MethodSpec.Builder>> {
    private final ClassName builder;
    private final MemberModel member;
    private final String name;
    private final List<MethodSpec.Builder> setters = new ArrayList<>();

    Setters(ClassName builder, MemberModel member) {
      this.builder = builder;
      this.member = member;
      this.name = member.name();
    }

    @Override
    public List<MethodSpec.Builder> enumShape(MemberType.EnumRef enumRef) {
      ClassName enumType = MemberTypes.className(enumRef.shape());
      NameAllocator locals = new NameAllocator();
      locals.newName(name);
      String known = locals.newName("known");
      // A known wire value is stored as the enum constant's own string, so a million records
      // loaded from JSON share one "SUCCESS" instead of holding a million equal copies.
      setters.add(
          jsonSetter(builder, member, name, Types.STRING)
              .addStatement("$T $N = $T.fromValue($N)", enumType, known, enumType, name)
              .addStatement(
                  "this.$N = $N == null || $N == $T.$N ? $N : $N.toString()",
                  name,
                  known,
                  known,
                  enumType,
                  GeneratedNames.UNKNOWN,
                  name,
                  known)
              .addStatement("return this"));
      setters.add(
          ignoredSetter(builder, name, enumType, name)
              .addStatement("this.$N = $N == null ? null : $N.toString()", name, name, name)
              .addStatement("return this"));
      return setters;
    }

    @Override
    public List<MethodSpec.Builder> intEnum(MemberType.IntEnumRef intEnum) {
      ClassName enumType = MemberTypes.className(intEnum.shape());
      setters.add(
          jsonSetter(builder, member, name, MemberTypes.stored(intEnum))
              .addStatement("this.$N = $N", name, name)
              .addStatement("return this"));
      setters.add(
          ignoredSetter(builder, name, enumType, name)
              .addStatement("this.$N = $N == null ? null : $N.value()", name, name, name)
              .addStatement("return this"));
      return setters;
    }

    @Override
    public List<MethodSpec.Builder> list(MemberType.ListOf list) {
      TypeName element = MemberTypes.shown(list.element());
      if (list.element().isEnumLike()) {
        boolean strings = list.element().category() == MemberType.Category.ENUM;
        TypeName raw = MemberTypes.stored(list.element());
        String withRaw = GeneratedNames.rawListSetter(member).orElseThrow();
        NameAllocator locals = new NameAllocator();
        locals.newName(name);
        String each = locals.newName("value");
        setters.add(
            jsonSetter(builder, member, withRaw, ParameterizedTypeName.get(Types.LIST, raw))
                .addStatement("this.$N = $T.list($N)", name, Types.IMMUTABLE_COPIES, name)
                .addStatement("return this"));
        setters.add(varargs(builder, withRaw, raw, name));
        setters.add(
            ignoredSetter(builder, name, ParameterizedTypeName.get(Types.LIST, element), name)
                .addStatement(
                    strings
                        ? "this.$N = $N == null ? null : $N.stream().map($N -> $T.toString($N, null)).toList()"
                        : "this.$N = $N == null ? null : $N.stream().map($N -> $N == null ? null : $N.value()).toList()",
                    name,
                    name,
                    name,
                    each,
                    strings ? Types.OBJECTS : each,
                    each)
                .addStatement("return this"));
        setters.add(varargs(builder, name, element, name));
        return setters;
      }
      setters.add(
          jsonSetter(builder, member, name, ParameterizedTypeName.get(Types.LIST, element))
              .addStatement("this.$N = $T.list($N)", name, Types.IMMUTABLE_COPIES, name)
              .addStatement("return this"));
      // A varargs parameter of a generic type would draw an unchecked warning at every call.
      if (!(element instanceof ParameterizedTypeName)) {
        setters.add(varargs(builder, name, element, name));
      }
      return setters;
    }

    @Override
    public List<MethodSpec.Builder> map(MemberType.MapOf map) {
      setters.add(
          jsonSetter(builder, member, name, MemberTypes.stored(map))
              .addStatement("this.$N = $T.map($N)", name, Types.IMMUTABLE_COPIES, name)
              .addStatement("return this"));
      return setters;
    }

    @Override
    public List<MethodSpec.Builder> scalar(MemberType.Scalar scalar) {
      return plain(scalar);
    }

    @Override
    public List<MethodSpec.Builder> structure(MemberType.StructureRef structure) {
      return plain(structure);
    }

    @Override
    public List<MethodSpec.Builder> union(MemberType.UnionRef union) {
      return plain(union);
    }

    @Override
    public List<MethodSpec.Builder> unsupported(MemberType.Unsupported unsupported) {
      return plain(unsupported);
    }

    @Override
    public List<MethodSpec.Builder> unresolved(MemberType.Unresolved unresolved) {
      return plain(unresolved);
    }

    /** One setter that stores its argument as it is. */
    private List<MethodSpec.Builder> plain(MemberType type) {
      setters.add(
          jsonSetter(builder, member, name, MemberTypes.shown(type))
              .addStatement("this.$N = $N", name, name)
              .addStatement("return this"));
      return setters;
    }
  }

  /** The one setter Jackson uses for a member; the caller adds its body. */
  private static MethodSpec.Builder jsonSetter(
      ClassName builder, MemberModel member, String methodName, TypeName type) {
    MethodSpec.Builder setter =
        MethodSpec.methodBuilder(methodName)
            .addJavadoc("Sets {@code $L}.\n", member.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_PROPERTY)
                    .addMember("value", "$S", member.wireName())
                    .build())
            .addParameter(type, member.name());
    TimestampMapping.deserializer(member.type()).ifPresent(setter::addAnnotation);
    return setter;
  }

  private static MethodSpec.Builder ignoredSetter(
      ClassName builder, String methodName, TypeName type, String parameter) {
    return MethodSpec.methodBuilder(methodName)
        .addJavadoc("Sets {@code $L}.\n", parameter)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addAnnotation(Types.JSON_IGNORE)
        .addParameter(type, parameter);
  }

  /** {@code values(String... values)} delegating to the list setter of the same name. */
  private static MethodSpec.Builder varargs(
      ClassName builder, String methodName, TypeName element, String parameter) {
    return ignoredSetter(builder, methodName, ArrayTypeName.of(element), parameter)
        .varargs(true)
        .addStatement(
            "return $N($N == null ? null : $T.asList($N))",
            methodName,
            parameter,
            Types.ARRAYS,
            parameter);
  }
}
