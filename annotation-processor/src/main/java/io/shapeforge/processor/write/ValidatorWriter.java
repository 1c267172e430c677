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
 * Writes the reflection-free validator of a structure. Members are checked in declaration order:
 * required, then the member's own constraints, then nested structures and collections. The
 * constraints of each value are one {@code static final} runtime constraint object, so the
 * generated code holds no rules of its own: it names each value and hands it to {@code
 * Violations}, which applies AWS's reporting (see {@code io.shapeforge.runtime.validation}).
 *
 * <ul>
 *   <li>a scalar: {@code violations.check(member, value, CONSTRAINT)};
 *   <li>a list of scalars: {@code violations.list(member, list, LIST, ELEMENT)}, one report at
 *       the list;
 *   <li>a list of structures: {@code violations.list(member, list, LIST, null)}, then a loop
 *       that enters {@code member.N.member} for each element, nested as deep as lists nest.
 * </ul>
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
    Body body = new Body(type, new NameAllocator(), locals, violations);
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
      value(MemberTypes.constantName(member.name()), path, local, member.type(), member.constraints());
    }

    /**
     * Checks one present value at {@code path} ({@code null} for the current path): its own
     * constraints, then what it contains.
     */
    private void value(String prefix, CodeBlock path, String local, MemberType type, Constraints constraints) {
      if (type instanceof MemberType.ListOf list) {
        list(prefix, path, local, list, constraints);
        return;
      }
      scalarConstraint(prefix, type, constraints)
          .ifPresent(constant -> code.addStatement("$N.check($L, $N, $N)", violations, path, local, constant));
      if (type instanceof MemberType.StructureRef structure) {
        code.beginControlFlow("if ($N != null)", local);
        enter(path);
        code.addStatement("$T.INSTANCE.validate($N, $N)", validatorName(structure.shape()), local, violations);
        exit(path);
        code.endControlFlow();
      }
    }

    /**
     * A list of scalars is checked in one call, reported at the list; a list of anything else is
     * sized here and its elements walked at {@code path.N.member}.
     */
    private void list(String prefix, CodeBlock path, String local, MemberType.ListOf list, Constraints constraints) {
      String listConstant = collectionConstraint(prefix, constraints);
      MemberType element = list.element();
      if (isScalar(element)) {
        CodeBlock elementConstraint = scalarConstraint(prefix + "_MEMBER", element, list.elementConstraints())
            .map(name -> CodeBlock.of("$N", name))
            .orElse(CodeBlock.of("$T.none()", Types.VALUE_CONSTRAINT));
        code.addStatement("$N.list($L, $N, $N, $L)", violations, path, local, listConstant, elementConstraint);
        return;
      }
      code.addStatement("$N.list($L, $N, $N, null)", violations, path, local, listConstant);
      String index = locals.newName("i");
      String item = locals.newName(local + "Element");
      code.beginControlFlow("if ($N != null)", local);
      enter(path);
      code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, local, index)
          .addStatement("$T $N = $N.get($N)", MemberTypes.stored(element), item, local, index)
          .addStatement("$N.enterElement($N + 1)", violations, index)
          .addStatement("$N.required(null, $N)", violations, item);
      value(prefix + "_MEMBER", CodeBlock.of("null"), item, element, list.elementConstraints());
      code.addStatement("$N.exitElement()", violations).endControlFlow();
      exit(path);
      code.endControlFlow();
    }

    private void enter(CodeBlock path) {
      if (!path.toString().equals("null")) {
        code.addStatement("$N.enter($L)", violations, path);
      }
    }

    private void exit(CodeBlock path) {
      if (!path.toString().equals("null")) {
        code.addStatement("$N.exit()", violations);
      }
    }

    /** The constant holding a scalar's constraints, if it has any. */
    private Optional<String> scalarConstraint(String prefix, MemberType type, Constraints constraints) {
      if (type instanceof MemberType.EnumRef enumRef) {
        EnumShapeModel shape = enums.get(enumRef.shape().specName());
        String listing = shape.constants().stream().map(EnumConstant::wireValue).collect(Collectors.joining(", ", "[", "]"));
        CodeBlock initializer = CodeBlock.of("$T.of().enumValues($T.WIRE_VALUES, $S)",
            Types.STRING_CONSTRAINT, MemberTypes.className(enumRef.shape()), listing);
        return Optional.of(constant(prefix, Types.STRING_CONSTRAINT, initializer));
      }
      if (type.is(MemberType.ScalarKind.STRING) && !constraints.all().isEmpty()) {
        CodeBlock.Builder initializer = CodeBlock.builder().add("$T.of()", Types.STRING_CONSTRAINT);
        constraints.length().ifPresent(length -> initializer.add(".length($L, $L)", length.min(), bound(length)));
        constraints.pattern().ifPresent(pattern -> initializer.add(".pattern($S)", pattern.regex()));
        return Optional.of(constant(prefix, Types.STRING_CONSTRAINT, initializer.build()));
      }
      if ((type.is(MemberType.ScalarKind.INTEGER) || type.is(MemberType.ScalarKind.LONG))
          && constraints.range().isPresent()) {
        Constraint.Range range = constraints.range().get();
        CodeBlock.Builder initializer = CodeBlock.builder().add("$T.integral()", Types.NUMBER_CONSTRAINT);
        if (range.hasMin()) {
          initializer.add(".min($LL)", range.min());
        }
        if (range.hasMax()) {
          initializer.add(".max($LL)", range.max());
        }
        return Optional.of(constant(prefix, Types.NUMBER_CONSTRAINT, initializer.build()));
      }
      return Optional.empty();
    }

    private String collectionConstraint(String prefix, Constraints constraints) {
      Optional<Constraint.Length> length = constraints.length();
      if (length.isEmpty()) {
        return constant(prefix, Types.COLLECTION_CONSTRAINT, CodeBlock.of("$T.of()", Types.COLLECTION_CONSTRAINT));
      }
      return constant(prefix, Types.COLLECTION_CONSTRAINT,
          CodeBlock.of("$T.of().size($L, $L)", Types.COLLECTION_CONSTRAINT, length.get().min(), bound(length.get())));
    }

    private CodeBlock bound(Constraint.Length length) {
      return length.hasMax() ? CodeBlock.of("$L", length.max()) : CodeBlock.of("$T.MAX_VALUE", Integer.class);
    }

    private String constant(String suggested, TypeName fieldType, CodeBlock initializer) {
      String name = constants.newName(suggested);
      type.addField(FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(initializer)
          .build());
      return name;
    }
  }

  /** Whether a value is reported as a whole when inside a list: anything but structures and lists. */
  private static boolean isScalar(MemberType type) {
    return !(type instanceof MemberType.StructureRef || type instanceof MemberType.ListOf);
  }

  /** Every list is checked: a dense list refuses null elements even without other constraints. */
  private static boolean hasChecks(MemberModel member) {
    return member.required()
        || !member.constraints().all().isEmpty()
        || member.type() instanceof MemberType.EnumRef
        || member.type() instanceof MemberType.StructureRef
        || member.type() instanceof MemberType.ListOf;
  }
}
