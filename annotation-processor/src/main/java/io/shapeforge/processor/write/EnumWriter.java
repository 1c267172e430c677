package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.GeneratedNames;
import javax.lang.model.element.Modifier;

/**
 * Writes an enum shape as a Java enum that knows its wire values and tolerates unknown ones, as the
 * AWS SDK for Java v2 does:
 *
 * <pre>{@code
 * MaintenanceWindowExecutionStatus.fromValue("SUCCESS"); // SUCCESS
 * MaintenanceWindowExecutionStatus.fromValue("NEW");     // UNKNOWN_TO_SDK_VERSION
 * MaintenanceWindowExecutionStatus.WIRE_VALUES;          // [PENDING, ..., SKIPPED_OVERLAPPING]
 * }</pre>
 */
public final class EnumWriter extends GeneratedFileWriter<EnumShapeModel> {

  /** The constant that stands for a wire value this version does not know. */
  private static final String UNKNOWN = GeneratedNames.UNKNOWN;

  @Override
  protected TypeSpec.Builder type(EnumShapeModel shape) {
    ClassName name = MemberTypes.className(shape.ref());
    TypeSpec.Builder type = enumBuilder(name).addModifiers(Modifier.PUBLIC);
    shape.doc().ifPresent(doc -> type.addJavadoc("$L", doc));
    // An int enum is the same enum over Integer wire values.
    TypeName valueType = shape.intEnum() ? ClassName.get(Integer.class) : Types.STRING;
    String literal = shape.intEnum() ? "$L" : "$S";
    CodeBlock.Builder wireValues = CodeBlock.builder();
    for (int i = 0; i < shape.constants().size(); i++) {
      EnumConstant constant = shape.constants().get(i);
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder(literal, constant.wireValue());
      constant.doc().ifPresent(doc -> body.addJavadoc("$L", doc));
      type.addEnumConstant(constant.javaName(), body.build());
      wireValues.add(i == 0 ? literal : ", " + literal, constant.wireValue());
    }
    type.addEnumConstant(
        UNKNOWN,
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc(
                shape.intEnum()
                    ? "A wire value this version does not know; {@link #value()} is {@code null}.\n"
                    : "A wire value this version does not know; {@link #toString()} is {@code null}.\n")
            .build());
    TypeName stringSet = ParameterizedTypeName.get(Types.SET, valueType);
    type.addField(
        FieldSpec.builder(
                stringSet, "WIRE_VALUES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The known wire values, in spec order.\n")
            .initializer(
                "$T.unmodifiableSet(new $T<>($T.asList($L)))",
                Types.COLLECTIONS,
                Types.LINKED_HASH_SET,
                Types.ARRAYS,
                wireValues.build())
            .build());
    TypeName byValue = ParameterizedTypeName.get(Types.MAP, valueType, name);
    type.addField(
        FieldSpec.builder(
                byValue, "BY_WIRE_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", Types.HASH_MAP)
            .build());
    TypeName enumSet = ParameterizedTypeName.get(Types.SET, name);
    type.addField(
        FieldSpec.builder(enumSet, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(
                "$T.unmodifiableSet($T.complementOf($T.of($N)))",
                Types.COLLECTIONS,
                Types.ENUM_SET,
                Types.ENUM_SET,
                UNKNOWN)
            .build());
    type.addStaticBlock(
        CodeBlock.builder()
            .beginControlFlow("for ($T known : KNOWN)", name)
            .addStatement("BY_WIRE_VALUE.put(known.value, known)")
            .endControlFlow()
            .build());
    type.addField(valueType, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(valueType, "value")
            .addStatement("this.value = value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc(
                "The constant for a wire value: {@link #$N} when unknown, {@code null} for {@code null}.\n",
                UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(valueType, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("return BY_WIRE_VALUE.getOrDefault(value, $N)", UNKNOWN)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc("Every constant except {@link #$N}.\n", UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(enumSet)
            .addStatement("return KNOWN")
            .build());
    if (shape.intEnum()) {
      type.addMethod(
          MethodSpec.methodBuilder("value")
              .addJavadoc("The wire value; {@code null} for {@link #$N}.\n", UNKNOWN)
              .addModifiers(Modifier.PUBLIC)
              .returns(valueType)
              .addStatement("return value")
              .build());
      return type;
    }
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addJavadoc("The wire value; {@code null} for {@link #$N}.\n", UNKNOWN)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build());
    return type;
  }
}
