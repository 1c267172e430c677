package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.ShapeRef;
import io.shapeforge.processor.model.StructureShape;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the reflection-free validator of a structure. Members are checked in declaration order;
 * per member: required, then length or range, then the pattern (only when the length passed),
 * then the enum value set, then nested structures and list elements. Bounds and compiled patterns
 * are {@code static final} fields.
 *
 * <pre>{@code
 * List<Violation> found = MaintenanceWindowFilterValidator.INSTANCE.violationsOf(filter);
 * }</pre>
 */
public final class ValidatorWriter extends GeneratedFileWriter<StructureShape> {

  private final Map<String, EnumShapeModel> enums;

  /** @param enums the enum shapes by spec name, for their value listings */
  ValidatorWriter(Map<String, EnumShapeModel> enums) {
    this.enums = enums;
  }

  /** {@code MaintenanceWindowFilterValidator} for {@code MaintenanceWindowFilter}. */
  public static ClassName validatorName(ShapeRef shape) {
    return ClassName.get(shape.modelPackage(), shape.simpleName() + "Validator");
  }

  @Override
  protected TypeSpec.Builder type(StructureShape shape) {
    ClassName model = MemberTypes.className(shape.ref());
    ClassName name = validatorName(shape.ref());
    TypeSpec.Builder type =
        classBuilder(name)
            .addJavadoc("Checks every constraint of {@link $T}, reporting AWS member paths and messages.\n", model)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(Types.VALIDATOR, model));
    type.addField(
        FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The only instance; a validator holds no state.\n")
            .initializer("new $T()", name)
            .build());
    NameAllocator locals = new NameAllocator();
    String value = locals.newName("value");
    String violations = locals.newName("violations");
    NameAllocator constants = new NameAllocator();
    Body body = new Body(type, constants, locals, violations);
    for (MemberModel member : shape.members()) {
      body.member(member, value);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("validate")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(model, value)
            .addParameter(Types.VIOLATIONS, violations)
            .addCode(body.code.build())
            .build());
    return type;
  }

  /** The body of {@code validate}, and the constants it needs. */
  private final class Body {
    private final TypeSpec.Builder type;
    private final NameAllocator constants;
    private final NameAllocator locals;
    private final String violations;
    private final CodeBlock.Builder code = CodeBlock.builder();
    private String index;

    Body(TypeSpec.Builder type, NameAllocator constants, NameAllocator locals, String violations) {
      this.type = type;
      this.constants = constants;
      this.locals = locals;
      this.violations = violations;
    }

    void member(MemberModel member, String value) {
      if (!hasChecks(member)) {
        return;
      }
      String local = locals.newName(member.name());
      String accessor = MemberTypes.isEnumLike(member.type()) ? ModelWriter.rawAccessor(member) : member.name();
      code.addStatement("$T $N = $N.$N()", MemberTypes.stored(member.type()), local, value, accessor);
      CodeBlock path = CodeBlock.of("$S", member.name());
      if (member.required()) {
        code.addStatement("$N.required($L, $N)", violations, path, local);
      }
      String prefix = MemberTypes.constantName(member.name());
      valueChecks(prefix, path, local, member.type(), member.constraints());
      if (member.type() instanceof MemberType.StructureRef structure) {
        code.beginControlFlow("if ($N != null)", local)
            .addStatement("$N.enter($L)", violations, path)
            .addStatement("$T.INSTANCE.validate($N, $N)", validatorName(structure.shape()), local, violations)
            .addStatement("$N.exit()", violations)
            .endControlFlow();
      }
      if (member.type() instanceof MemberType.ListOf list && elementHasChecks(list)) {
        String index = index();
        String element = locals.newName(member.name() + "Element");
        code.beginControlFlow("if ($N != null)", local)
            .addStatement("$N.enter($L)", violations, path)
            .beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, local, index)
            .addStatement("$T $N = $N.get($N)", MemberTypes.stored(list.element()), element, local, index)
            .addStatement("$N.enterElement($N + 1)", violations, index);
        valueChecks(prefix + "_MEMBER", CodeBlock.of("null"), element, list.element(), list.elementConstraints());
        if (list.element() instanceof MemberType.StructureRef structure) {
          code.beginControlFlow("if ($N != null)", element)
              .addStatement("$T.INSTANCE.validate($N, $N)", validatorName(structure.shape()), element, violations)
              .endControlFlow();
        }
        code.addStatement("$N.exitElement()", violations).endControlFlow().addStatement("$N.exit()", violations).endControlFlow();
      }
    }

    /** Length or range, then pattern, then enum, on one value; {@code path} is null for an element. */
    private void valueChecks(String prefix, CodeBlock path, String local, MemberType type, Constraints constraints) {
      Optional<Constraint.Length> length = constraints.length();
      if (length.isPresent()) {
        Constraint.Length bounds = length.get();
        String min = constant(prefix + "_MIN_LENGTH", TypeName.INT, CodeBlock.of("$L", bounds.min()));
        String max = constant(prefix + "_MAX_LENGTH", TypeName.INT,
            bounds.hasMax() ? CodeBlock.of("$L", bounds.max()) : CodeBlock.of("$T.MAX_VALUE", Integer.class));
        Optional<CodeBlock> pattern = constraints.pattern().map(p -> patternCheck(prefix, path, local, p));
        String check = type instanceof MemberType.ListOf ? "size" : "length";
        CodeBlock call = CodeBlock.of("$N.$L($L, $N, $N, $N)", violations, check, path, local, min, max);
        if (pattern.isPresent()) {
          code.beginControlFlow("if ($L)", call).addStatement("$L", pattern.get()).endControlFlow();
        } else {
          code.addStatement("$L", call);
        }
      } else {
        constraints.pattern().ifPresent(p -> code.addStatement("$L", patternCheck(prefix, path, local, p)));
      }
      constraints.range().ifPresent(range -> {
        String min = constant(prefix + "_MIN", TypeName.LONG,
            range.hasMin() ? CodeBlock.of("$LL", range.min()) : CodeBlock.of("$T.MIN_VALUE", Long.class));
        String max = constant(prefix + "_MAX", TypeName.LONG,
            range.hasMax() ? CodeBlock.of("$LL", range.max()) : CodeBlock.of("$T.MAX_VALUE", Long.class));
        code.addStatement("$N.range($L, $N, $N, $N)", violations, path, local, min, max);
      });
      if (type instanceof MemberType.EnumRef enumRef) {
        EnumShapeModel shape = enums.get(enumRef.shape().specName());
        String listing = shape.constants().stream().map(EnumConstant::wireValue).collect(Collectors.joining(", ", "[", "]"));
        String values = constant(prefix + "_VALUES", Types.STRING, CodeBlock.of("$S", listing));
        code.addStatement(
            "$N.enumValue($L, $N, $T.WIRE_VALUES, $N)", violations, path, local, MemberTypes.className(enumRef.shape()), values);
      }
    }

    /** One loop index name for every list: the loops never nest. */
    private String index() {
      if (index == null) {
        index = locals.newName("i");
      }
      return index;
    }

    private CodeBlock patternCheck(String prefix, CodeBlock path, String local, Constraint.Pattern pattern) {
      String text = constant(prefix + "_PATTERN_TEXT", Types.STRING, CodeBlock.of("$S", pattern.regex()));
      String compiled = constant(prefix + "_PATTERN", Types.REGEX, CodeBlock.of("$T.compile($N)", Types.REGEX, text));
      return CodeBlock.of("$N.pattern($L, $N, $N, $N)", violations, path, local, compiled, text);
    }

    private String constant(String suggested, TypeName fieldType, CodeBlock initializer) {
      String name = constants.newName(suggested);
      type.addField(FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(initializer).build());
      return name;
    }
  }

  private static boolean hasChecks(MemberModel member) {
    return member.required()
        || !member.constraints().all().isEmpty()
        || member.type() instanceof MemberType.EnumRef
        || member.type() instanceof MemberType.StructureRef
        || member.type() instanceof MemberType.ListOf list && elementHasChecks(list);
  }

  private static boolean elementHasChecks(MemberType.ListOf list) {
    return !list.elementConstraints().all().isEmpty()
        || list.element() instanceof MemberType.EnumRef
        || list.element() instanceof MemberType.StructureRef;
  }
}
