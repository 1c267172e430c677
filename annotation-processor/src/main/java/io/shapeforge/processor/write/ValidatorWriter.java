package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the reflection-free validator of a structure or union. Members are checked in declaration
 * order: required, then the member's own constraints, then what it contains. The constraints of
 * each value are one {@code static final} runtime constraint object, so the generated code holds no
 * rule of its own: it names each value and hands it to {@code Violations}, which applies AWS's
 * reporting (see {@code io.shapeforge.runtime.validation}):
 *
 * <ul>
 *   <li>a scalar: {@code violations.check(member, value, CONSTRAINT)};
 *   <li>a list of scalars: {@code violations.list(member, list, LIST, ELEMENT)}, reported once at
 *       the list; a map with scalar values: {@code violations.map(member, map, MAP, KEY, VALUE)};
 *   <li>a list of structures, unions, lists or maps: {@code violations.list(member, list, LIST,
 *       null)}, then a loop that enters {@code member.N.member} for each element; a map of them
 *       enters {@code member.KEY.member}; nested as deep as the types nest;
 *   <li>a union: exactly one member set, then each member as a structure's.
 * </ul>
 *
 * <pre>{@code
 * List<Violation> found = MaintenanceWindowFilterValidator.INSTANCE.violationsOf(filter);
 * }</pre>
 */
public final class ValidatorWriter extends GeneratedFileWriter<StructureShape> {

  private final Map<String, EnumShapeModel> enums;

  /**
   * @param enums the enum shapes by spec name, for their value listings
   */
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
            .addJavadoc(
                "Checks every constraint of {@link $T}, reporting AWS member paths and messages.\n",
                model)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(Types.VALIDATOR, model));
    if (shape.traits().deprecated()) {
      // The validator of a deprecated shape must use it; that is no news to its reader.
      type.addAnnotation(suppressDeprecation());
    }
    type.addField(
        FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The only instance; a validator holds no state.\n")
            .initializer("new $T()", name)
            .build());
    NameAllocator locals = new NameAllocator();
    String value = locals.newName("value");
    String violations = locals.newName("violations");
    Body body = new Body(type, new NameAllocator(), locals, violations);
    if (shape.isUnion()) {
      body.unionCount(shape, value);
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
      validate.addAnnotation(suppressDeprecation());
    }
    type.addMethod(validate.build());
    return type;
  }

  private static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "$S", "deprecation")
        .build();
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

    /** Only when the count is wrong are the names of the set members gathered, for the message. */
    void unionCount(StructureShape union, String value) {
      String set = locals.newName("set");
      code.beginControlFlow("if ($N.memberCount() != 1)", value)
          .addStatement("$T<$T> $N = new $T<>()", Types.LIST, Types.STRING, set, Types.ARRAY_LIST);
      for (MemberModel member : union.members()) {
        String accessor = GeneratedNames.rawAccessor(member).orElse(member.name());
        code.beginControlFlow("if ($N.$N() != null)", value, accessor)
            .addStatement("$N.add($S)", set, member.validationPath())
            .endControlFlow();
      }
      code.addStatement("$N.union(null, $N)", violations, set).endControlFlow();
    }

    void member(MemberModel member, String value) {
      if (!member.required() && !needsChecks(member.type(), member.constraints())) {
        return;
      }
      String local = locals.newName(member.name());
      String accessor = GeneratedNames.rawAccessor(member).orElse(member.name());
      code.addStatement(
          "$T $N = $N.$N()", MemberTypes.stored(member.type()), local, value, accessor);
      CodeBlock path = CodeBlock.of("$S", member.validationPath());
      if (member.required()) {
        code.addStatement("$N.required($L, $N)", violations, path, local);
      }
      value(
          MemberTypes.constantName(member.name()),
          path,
          local,
          member.type(),
          member.constraints(),
          member.sensitive());
    }

    /** Every check of one present value at {@code path} ({@code null}: the current path). */
    private void value(
        String prefix,
        CodeBlock path,
        String local,
        MemberType type,
        Constraints constraints,
        boolean sensitive) {
      type.accept(new ValueChecks(prefix, path, local, constraints, sensitive));
    }

    /** A structure or union is checked by its own validator, at its path. */
    private void nested(CodeBlock path, String local, ShapeRef shape) {
      code.beginControlFlow("if ($N != null)", local);
      enter(path);
      code.addStatement("$T.INSTANCE.validate($N, $N)", validatorName(shape), local, violations);
      exit(path);
      code.endControlFlow();
    }

    /** A scalar, enum or int enum is checked against its constant in one call, if it has one. */
    private void scalar(
        String prefix,
        CodeBlock path,
        String local,
        MemberType type,
        Constraints constraints,
        boolean sensitive) {
      scalarConstraint(prefix, type, constraints, sensitive)
          .ifPresent(
              constant ->
                  code.addStatement("$N.check($L, $N, $N)", violations, path, local, constant));
    }

    /**
     * A list of scalars in one call; a list of anything else sized, then walked element by element.
     */
    private void list(
        String prefix,
        CodeBlock path,
        String local,
        MemberType.ListOf list,
        Constraints constraints,
        boolean sensitive) {
      String collection = collectionConstraint(prefix, constraints, list.sparse(), sensitive);
      MemberType element = list.element();
      if (isScalar(element)) {
        code.addStatement(
            "$N.list($L, $N, $N, $L)",
            violations,
            path,
            local,
            collection,
            elementConstraint(prefix + "_MEMBER", element, list.elementConstraints(), sensitive));
        return;
      }
      code.addStatement("$N.list($L, $N, $N, null)", violations, path, local, collection);
      if (list.sparse() && !needsChecks(element, list.elementConstraints())) {
        return;
      }
      String index = locals.newName("i");
      String item = locals.newName(local + "Element");
      code.beginControlFlow("if ($N != null)", local);
      enter(path);
      code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, local, index)
          .addStatement("$T $N = $N.get($N)", MemberTypes.stored(element), item, local, index)
          .addStatement("$N.enterElement($N + 1)", violations, index);
      if (!list.sparse()) {
        code.addStatement("$N.required(null, $N)", violations, item);
      }
      value(
          prefix + "_MEMBER",
          CodeBlock.of("null"),
          item,
          element,
          list.elementConstraints(),
          sensitive);
      code.addStatement("$N.exitElement()", violations).endControlFlow();
      exit(path);
      code.endControlFlow();
    }

    /**
     * Keys and scalar values in one call; values of any other kind walked at {@code
     * map.KEY.member}.
     */
    private void map(
        String prefix,
        CodeBlock path,
        String local,
        MemberType.MapOf map,
        Constraints constraints,
        boolean sensitive) {
      String collection = collectionConstraint(prefix, constraints, map.sparse(), sensitive);
      CodeBlock key =
          elementConstraint(prefix + "_KEY", map.key(), map.keyConstraints(), sensitive);
      MemberType valueType = map.value();
      if (isScalar(valueType)) {
        code.addStatement(
            "$N.map($L, $N, $N, $L, $L)",
            violations,
            path,
            local,
            collection,
            key,
            elementConstraint(prefix + "_VALUE", valueType, map.valueConstraints(), sensitive));
        return;
      }
      code.addStatement("$N.map($L, $N, $N, $L, null)", violations, path, local, collection, key);
      if (map.sparse() && !needsChecks(valueType, map.valueConstraints())) {
        return;
      }
      TypeName stored = MemberTypes.stored(valueType);
      String entry = locals.newName(local + "Entry");
      String item = locals.newName(local + "Value");
      code.beginControlFlow("if ($N != null)", local);
      enter(path);
      code.beginControlFlow(
              "for ($T $N : $N.entrySet())",
              ParameterizedTypeName.get(Types.MAP.nestedClass("Entry"), Types.STRING, stored),
              entry,
              local)
          .addStatement("$T $N = $N.getValue()", stored, item, entry)
          .addStatement("$N.enterMapValue($N.getKey())", violations, entry);
      if (!map.sparse()) {
        code.addStatement("$N.required(null, $N)", violations, item);
      }
      value(
          prefix + "_VALUE",
          CodeBlock.of("null"),
          item,
          valueType,
          map.valueConstraints(),
          sensitive);
      code.addStatement("$N.exitMapValue()", violations).endControlFlow();
      exit(path);
      code.endControlFlow();
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

    /** The constraint of a list element or map key or value: a constant, or {@code none()}. */
    private CodeBlock elementConstraint(
        String prefix, MemberType type, Constraints constraints, boolean sensitive) {
      return scalarConstraint(prefix, type, constraints, sensitive)
          .map(name -> CodeBlock.of("$N", name))
          .orElseGet(
              () ->
                  CodeBlock.of(
                      "$T.$L()", Types.VALUE_CONSTRAINT, sensitive ? "noneSensitive" : "none"));
    }

    /** The constant holding a scalar's constraints, if it has any. */
    private Optional<String> scalarConstraint(
        String prefix, MemberType type, Constraints constraints, boolean sensitive) {
      Optional<ConstantValue> initializer = type.accept(new ConstantValues(constraints));
      if (initializer.isEmpty()) {
        return Optional.empty();
      }
      CodeBlock value = initializer.get().initializer();
      if (sensitive) {
        value = CodeBlock.of("$L.sensitive()", value);
      }
      return Optional.of(constant(prefix, initializer.get().fieldType(), value));
    }

    /** The constraint constant of a scalar with checked constraints. */
    private Optional<ConstantValue> scalarConstant(
        MemberType.ScalarKind kind, Constraints constraints) {
      if (!constraints.anyChecked()) {
        return Optional.empty();
      }
      if (kind == MemberType.ScalarKind.STRING) {
        CodeBlock.Builder builder = CodeBlock.builder().add("$T.of()", Types.STRING_CONSTRAINT);
        stringBounds(builder, constraints);
        return Optional.of(new ConstantValue(Types.STRING_CONSTRAINT, builder.build()));
      }
      if (kind == MemberType.ScalarKind.BLOB && constraints.length().isPresent()) {
        Constraint.Length length = constraints.length().get();
        return Optional.of(
            new ConstantValue(
                Types.BLOB_CONSTRAINT,
                CodeBlock.of(
                    "$T.length($L, $L)", Types.BLOB_CONSTRAINT, length.min(), bound(length))));
      }
      if (kind.isNumber() && constraints.range().isPresent()) {
        return Optional.of(
            new ConstantValue(
                Types.NUMBER_CONSTRAINT, numberConstraint(kind, constraints.range().get())));
      }
      return Optional.empty();
    }

    private ConstantValue enumConstant(ShapeRef shape, Constraints constraints) {
      CodeBlock.Builder builder =
          CodeBlock.builder()
              .add("$T.of()", Types.STRING_CONSTRAINT)
              .add(".enumValues($T.WIRE_VALUES, $S)", MemberTypes.className(shape), listing(shape));
      stringBounds(builder, constraints);
      return new ConstantValue(Types.STRING_CONSTRAINT, builder.build());
    }

    private ConstantValue intEnumConstant(ShapeRef shape) {
      return new ConstantValue(
          Types.INT_ENUM_CONSTRAINT,
          CodeBlock.of(
              "$T.of($T.WIRE_VALUES, $S)",
              Types.INT_ENUM_CONSTRAINT,
              MemberTypes.className(shape),
              listing(shape)));
    }

    private void stringBounds(CodeBlock.Builder builder, Constraints constraints) {
      constraints
          .length()
          .ifPresent(length -> builder.add(".length($L, $L)", length.min(), bound(length)));
      constraints.pattern().ifPresent(pattern -> builder.add(".pattern($S)", pattern.regex()));
    }

    /** Whole kinds compare as {@code long}, floating kinds as {@code double}, big kinds exactly. */
    private CodeBlock numberConstraint(MemberType.ScalarKind kind, Constraint.Range range) {
      String arithmetic =
          kind.isIntegral()
              ? "integral"
              : kind == MemberType.ScalarKind.FLOAT || kind == MemberType.ScalarKind.DOUBLE
                  ? "floating"
                  : "decimal";
      CodeBlock.Builder builder =
          CodeBlock.builder().add("$T.$L()", Types.NUMBER_CONSTRAINT, arithmetic);
      if (range.hasMin()) {
        builder.add(bound("min", kind, range.min()));
      }
      if (range.hasMax()) {
        builder.add(bound("max", kind, range.max()));
      }
      return builder.build();
    }

    private CodeBlock bound(String which, MemberType.ScalarKind kind, String literal) {
      if (kind.isIntegral()) {
        return CodeBlock.of(".$L($LL)", which, new java.math.BigDecimal(literal).longValueExact());
      }
      return CodeBlock.of(".$L($S)", which, literal);
    }

    private String collectionConstraint(
        String prefix, Constraints constraints, boolean sparse, boolean sensitive) {
      CodeBlock.Builder builder = CodeBlock.builder().add("$T.of()", Types.COLLECTION_CONSTRAINT);
      constraints
          .length()
          .ifPresent(length -> builder.add(".size($L, $L)", length.min(), bound(length)));
      if (constraints.uniqueItems()) {
        builder.add(".uniqueItems()");
      }
      if (sparse) {
        builder.add(".sparse()");
      }
      if (sensitive) {
        builder.add(".sensitive()");
      }
      return constant(prefix, Types.COLLECTION_CONSTRAINT, builder.build());
    }

    private CodeBlock bound(Constraint.Length length) {
      return length.hasMax()
          ? CodeBlock.of("$L", length.max())
          : CodeBlock.of("$T.MAX_VALUE", Integer.class);
    }

    private String listing(ShapeRef shape) {
      return enums.get(shape.specName()).constants().stream()
          .map(EnumConstant::wireValue)
          .collect(Collectors.joining(", ", "[", "]"));
    }

    private String constant(String suggested, TypeName fieldType, CodeBlock initializer) {
      String name = constants.newName(suggested);
      type.addField(
          FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(initializer)
              .build());
      return name;
    }

    /** Every check of one present value, by kind. */
    private final class ValueChecks implements MemberType.Visitor<Void> {
      private final String prefix;
      private final CodeBlock path;
      private final String local;
      private final Constraints constraints;
      private final boolean sensitive;

      ValueChecks(
          String prefix, CodeBlock path, String local, Constraints constraints, boolean sensitive) {
        this.prefix = prefix;
        this.path = path;
        this.local = local;
        this.constraints = constraints;
        this.sensitive = sensitive;
      }

      @Override
      public Void scalar(MemberType.Scalar scalar) {
        Body.this.scalar(prefix, path, local, scalar, constraints, sensitive);
        return null;
      }

      @Override
      public Void structure(MemberType.StructureRef structure) {
        nested(path, local, structure.shape());
        return null;
      }

      @Override
      public Void union(MemberType.UnionRef union) {
        nested(path, local, union.shape());
        return null;
      }

      @Override
      public Void enumShape(MemberType.EnumRef enumRef) {
        Body.this.scalar(prefix, path, local, enumRef, constraints, sensitive);
        return null;
      }

      @Override
      public Void intEnum(MemberType.IntEnumRef intEnum) {
        Body.this.scalar(prefix, path, local, intEnum, constraints, sensitive);
        return null;
      }

      @Override
      public Void list(MemberType.ListOf list) {
        Body.this.list(prefix, path, local, list, constraints, sensitive);
        return null;
      }

      @Override
      public Void map(MemberType.MapOf map) {
        Body.this.map(prefix, path, local, map, constraints, sensitive);
        return null;
      }

      @Override
      public Void unsupported(MemberType.Unsupported unsupported) {
        throw new IllegalArgumentException("unsupported type reached the writer: " + unsupported);
      }

      @Override
      public Void unresolved(MemberType.Unresolved unresolved) {
        throw new IllegalArgumentException("unresolved type reached the writer: " + unresolved);
      }
    }

    /**
     * The constraint constant of a value checked in one call, by kind: enums and int enums always
     * have one (their value sets), scalars when they have checked constraints. Structures, unions,
     * lists and maps are walked instead, so they have none.
     */
    private final class ConstantValues implements MemberType.Visitor<Optional<ConstantValue>> {
      private final Constraints constraints;

      ConstantValues(Constraints constraints) {
        this.constraints = constraints;
      }

      @Override
      public Optional<ConstantValue> scalar(MemberType.Scalar scalar) {
        return scalarConstant(scalar.kind(), constraints);
      }

      @Override
      public Optional<ConstantValue> enumShape(MemberType.EnumRef enumRef) {
        return Optional.of(enumConstant(enumRef.shape(), constraints));
      }

      @Override
      public Optional<ConstantValue> intEnum(MemberType.IntEnumRef intEnum) {
        return Optional.of(intEnumConstant(intEnum.shape()));
      }

      @Override
      public Optional<ConstantValue> structure(MemberType.StructureRef structure) {
        return Optional.empty();
      }

      @Override
      public Optional<ConstantValue> union(MemberType.UnionRef union) {
        return Optional.empty();
      }

      @Override
      public Optional<ConstantValue> list(MemberType.ListOf list) {
        return Optional.empty();
      }

      @Override
      public Optional<ConstantValue> map(MemberType.MapOf map) {
        return Optional.empty();
      }

      @Override
      public Optional<ConstantValue> unsupported(MemberType.Unsupported unsupported) {
        throw new IllegalArgumentException("unsupported type reached the writer: " + unsupported);
      }

      @Override
      public Optional<ConstantValue> unresolved(MemberType.Unresolved unresolved) {
        throw new IllegalArgumentException("unresolved type reached the writer: " + unresolved);
      }
    }
  }

  /** A constraint constant to declare: its field type and its initializer. */
  private record ConstantValue(TypeName fieldType, CodeBlock initializer) {}

  private static boolean isCurrent(CodeBlock path) {
    return path.toString().equals("null");
  }

  /**
   * Whether a value is reported as a whole when it is a list element or map value: every kind but
   * structures, unions, lists and maps, which are walked with paths instead.
   */
  private static boolean isScalar(MemberType type) {
    return !(type.isStructured() || type.isCollection());
  }

  /** Whether a value has anything to check; every collection has, as a dense one refuses nulls. */
  private static boolean needsChecks(MemberType type, Constraints constraints) {
    return constraints.anyChecked()
        || type.isEnumLike()
        || type.isStructured()
        || type.isCollection();
  }
}
