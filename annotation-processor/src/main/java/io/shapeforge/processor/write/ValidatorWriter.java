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
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.ShapeRef;
import io.shapeforge.processor.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the reflection-free validator of a structure or union. Members are checked in declaration
 * order; per member: required, then length or range, then the pattern (only when the length passed),
 * then the enum value set and unique items, then what is nested: structures and unions through their
 * own validators, and lists and maps element by element, to any depth. A null element of a list, or
 * value of a map, is a violation unless the collection is {@code @Sparse}. A union also checks that
 * exactly one member is set. Bounds and compiled patterns are {@code static final} fields.
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
    return ClassName.get(shape.modelPackage(), GeneratedNames.validator(shape));
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
    if (shape.traits().deprecated()) {
      // The validator of a deprecated shape must use it; that is no news to its reader.
      type.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "deprecation").build());
    }
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
    if (shape.isUnion()) {
      body.code.addStatement("$N.unionMembers(null, $N, $N.memberCount())", violations, value, value);
    }
    for (MemberModel member : shape.members()) {
      body.member(member, value);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder validate =
        MethodSpec.methodBuilder("validate")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(model, value)
            .addParameter(Types.VIOLATIONS, violations)
            .addCode(body.code.build());
    if (shape.members().stream().anyMatch(member -> member.traits().deprecated())) {
      validate.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "deprecation").build());
    }
    type.addMethod(validate.build());
    return type;
  }

  /** The body of {@code validate}, and the constants it needs. */
  private final class Body {
    private final TypeSpec.Builder type;
    private final NameAllocator constants;
    private final NameAllocator locals;
    private final String violations;
    private final CodeBlock.Builder code = CodeBlock.builder();
    /** Loop index names by nesting depth; loops side by side share one. */
    private final List<String> indices = new ArrayList<>();
    private int depth;

    Body(TypeSpec.Builder type, NameAllocator constants, NameAllocator locals, String violations) {
      this.type = type;
      this.constants = constants;
      this.locals = locals;
      this.violations = violations;
    }

    void member(MemberModel member, String value) {
      if (!member.required() && !needsChecks(member.type(), member.constraints())) {
        return;
      }
      String local = locals.newName(member.name());
      String accessor = GeneratedNames.rawAccessor(member).orElse(member.name());
      code.addStatement("$T $N = $N.$N()", MemberTypes.stored(member.type()), local, value, accessor);
      CodeBlock path = CodeBlock.of("$S", member.name());
      if (member.required()) {
        code.addStatement("$N.required($L, $N)", violations, path, local);
      }
      check(MemberTypes.constantName(member.name()), path, local, member.type(), member.constraints());
    }

    /** Every check of one value; {@code path} is {@code null} for the current position (an element). */
    private void check(String prefix, CodeBlock path, String local, MemberType type, Constraints constraints) {
      valueChecks(prefix, path, local, type, constraints);
      nested(prefix, path, local, type);
    }

    private void nested(String prefix, CodeBlock path, String local, MemberType type) {
      if (type instanceof MemberType.StructureRef || type instanceof MemberType.UnionRef) {
        code.beginControlFlow("if ($N != null)", local);
        enter(path);
        code.addStatement("$T.INSTANCE.validate($N, $N)", validatorName(type.namedShape().orElseThrow()), local, violations);
        exit(path);
        code.endControlFlow();
      } else if (type instanceof MemberType.ListOf list && elementsNeedChecks(list)) {
        String index = index();
        String element = locals.newName(local + "Element");
        code.beginControlFlow("if ($N != null)", local);
        enter(path);
        code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, local, index)
            .addStatement("$T $N = $N.get($N)", MemberTypes.stored(list.element()), element, local, index)
            .addStatement("$N.enterElement($N + 1)", violations, index);
        if (!list.sparse()) {
          code.addStatement("$N.required(null, $N)", violations, element);
        }
        depth++;
        check(prefix + "_MEMBER", CodeBlock.of("null"), element, list.element(), list.elementConstraints());
        depth--;
        code.addStatement("$N.exitElement()", violations).endControlFlow();
        exit(path);
        code.endControlFlow();
      } else if (type instanceof MemberType.MapOf map && entriesNeedChecks(map)) {
        String entry = locals.newName(local + "Entry");
        String key = locals.newName(local + "Key");
        String value = locals.newName(local + "Value");
        TypeName valueType = MemberTypes.stored(map.value());
        code.beginControlFlow("if ($N != null)", local);
        enter(path);
        code.beginControlFlow("for ($T $N : $N.entrySet())",
                ParameterizedTypeName.get(Types.MAP.nestedClass("Entry"), Types.STRING, valueType), entry, local)
            .addStatement("$T $N = $N.getKey()", Types.STRING, key, entry)
            .addStatement("$T $N = $N.getValue()", valueType, value, entry);
        depth++;
        // A key's constraints are reported at the map, whose entry it names.
        check(prefix + "_KEY", CodeBlock.of("null"), key, map.key(), map.keyConstraints());
        code.addStatement("$N.enter($N)", violations, key);
        if (!map.sparse()) {
          code.addStatement("$N.required(null, $N)", violations, value);
        }
        check(prefix + "_VALUE", CodeBlock.of("null"), value, map.value(), map.valueConstraints());
        depth--;
        code.addStatement("$N.exit()", violations).endControlFlow();
        exit(path);
        code.endControlFlow();
      }
    }

    private void enter(CodeBlock path) {
      if (!isCurrent(path)) {
        code.addStatement("$N.enter($L)", violations, path);
      }
    }

    private void exit(CodeBlock path) {
      if (!isCurrent(path)) {
        code.addStatement("$N.exit()", violations);
      }
    }

    private static boolean isCurrent(CodeBlock path) {
      return path.toString().equals("null");
    }

    /** Length or range, then pattern, then enum and unique items, on one value. */
    private void valueChecks(String prefix, CodeBlock path, String local, MemberType type, Constraints constraints) {
      Optional<Constraint.Length> length = constraints.length();
      if (length.isPresent()) {
        Constraint.Length bounds = length.get();
        String min = constant(prefix + "_MIN_LENGTH", TypeName.INT, CodeBlock.of("$L", bounds.min()));
        String max = constant(prefix + "_MAX_LENGTH", TypeName.INT,
            bounds.hasMax() ? CodeBlock.of("$L", bounds.max()) : CodeBlock.of("$T.MAX_VALUE", Integer.class));
        Optional<CodeBlock> pattern = constraints.pattern().map(p -> patternCheck(prefix, path, local, p));
        String check = type instanceof MemberType.ListOf || type instanceof MemberType.MapOf ? "size" : "length";
        CodeBlock call = CodeBlock.of("$N.$L($L, $N, $N, $N)", violations, check, path, local, min, max);
        if (pattern.isPresent()) {
          code.beginControlFlow("if ($L)", call).addStatement("$L", pattern.get()).endControlFlow();
        } else {
          code.addStatement("$L", call);
        }
      } else {
        constraints.pattern().ifPresent(p -> code.addStatement("$L", patternCheck(prefix, path, local, p)));
      }
      constraints.range().ifPresent(range -> rangeCheck(prefix, path, local, type, range));
      if (type instanceof MemberType.EnumRef || type instanceof MemberType.IntEnumRef) {
        ShapeRef ref = type.namedShape().orElseThrow();
        EnumShapeModel shape = enums.get(ref.specName());
        String listing = shape.constants().stream().map(EnumConstant::wireValue).collect(Collectors.joining(", ", "[", "]"));
        String values = constant(prefix + "_VALUES", Types.STRING, CodeBlock.of("$S", listing));
        code.addStatement(
            "$N.$L($L, $N, $T.WIRE_VALUES, $N)", violations, shape.intEnum() ? "intEnumValue" : "enumValue",
            path, local, MemberTypes.className(ref), values);
      }
      if (constraints.uniqueItems()) {
        code.addStatement("$N.uniqueItems($L, $N)", violations, path, local);
      }
    }

    /** Whole-number kinds compare as {@code long}; the others against {@code BigDecimal} bounds. */
    private void rangeCheck(String prefix, CodeBlock path, String local, MemberType type, Constraint.Range range) {
      if (type instanceof MemberType.Scalar scalar && scalar.kind().isIntegral()) {
        String min = constant(prefix + "_MIN", TypeName.LONG, range.hasMin()
            ? CodeBlock.of("$LL", range.minValue().orElseThrow().longValueExact()) : CodeBlock.of("$T.MIN_VALUE", Long.class));
        String max = constant(prefix + "_MAX", TypeName.LONG, range.hasMax()
            ? CodeBlock.of("$LL", range.maxValue().orElseThrow().longValueExact()) : CodeBlock.of("$T.MAX_VALUE", Long.class));
        code.addStatement("$N.range($L, $N, $N, $N)", violations, path, local, min, max);
        return;
      }
      CodeBlock min = range.hasMin()
          ? CodeBlock.of("$N", constant(prefix + "_MIN", Types.BIG_DECIMAL, CodeBlock.of("new $T($S)", Types.BIG_DECIMAL, range.min())))
          : CodeBlock.of("($T) null", Types.BIG_DECIMAL);
      CodeBlock max = range.hasMax()
          ? CodeBlock.of("$N", constant(prefix + "_MAX", Types.BIG_DECIMAL, CodeBlock.of("new $T($S)", Types.BIG_DECIMAL, range.max())))
          : CodeBlock.of("($T) null", Types.BIG_DECIMAL);
      code.addStatement("$N.range($L, $N, $L, $L)", violations, path, local, min, max);
    }

    private String index() {
      while (indices.size() <= depth) {
        indices.add(locals.newName(String.valueOf((char) ('i' + indices.size()))));
      }
      return indices.get(depth);
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

  /** Whether a value of {@code type} with {@code constraints} has anything to check. */
  private static boolean needsChecks(MemberType type, Constraints constraints) {
    return constraints.anyChecked()
        || type instanceof MemberType.EnumRef
        || type instanceof MemberType.IntEnumRef
        || type instanceof MemberType.StructureRef
        || type instanceof MemberType.UnionRef
        || type instanceof MemberType.ListOf list && elementsNeedChecks(list)
        || type instanceof MemberType.MapOf map && entriesNeedChecks(map);
  }

  /** A dense list checks every element for null; a sparse one only if the elements have checks. */
  private static boolean elementsNeedChecks(MemberType.ListOf list) {
    return !list.sparse() || needsChecks(list.element(), list.elementConstraints());
  }

  private static boolean entriesNeedChecks(MemberType.MapOf map) {
    return !map.sparse()
        || needsChecks(map.key(), map.keyConstraints())
        || needsChecks(map.value(), map.valueConstraints());
  }
}
