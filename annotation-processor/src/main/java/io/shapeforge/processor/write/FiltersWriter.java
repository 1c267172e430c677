package io.shapeforge.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.QueryFilter;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.spec.FilterOp;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Operation>Filters}: typed builders of the wire filter objects that only build the
 * keys and values the spec allows.
 *
 * <pre>{@code
 * MaintenanceWindowFilter failed = DescribeMaintenanceWindowExecutionTasksFilters.status(Status.FAILED, Status.TIMED_OUT);
 * // MaintenanceWindowFilter(Key=STATUS, Values=[FAILED, TIMED_OUT])
 * }</pre>
 *
 * A key with an {@code allowed} list gets a nested enum of its values; a key with an {@code
 * allowedEnum} (or on an enum member) takes that enum; a key with neither takes values of the
 * member's type. Single-value operators ({@code EQUALS}, {@code BEFORE}, {@code AFTER}) take one
 * value.
 */
public final class FiltersWriter extends GeneratedFileWriter<QueryOperation> {

  @Override
  protected TypeSpec.Builder type(QueryOperation operation) {
    ClassName element = MemberTypes.className(operation.filterElement().orElseThrow().ref());
    TypeSpec.Builder type =
        classBuilder(QueryNames.filters(operation))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Typed filters of {@code $L}: each method builds one {@link $T} that the operation\n"
                    + "accepts. Values within one filter are OR-ed; filters are AND-ed.\n",
                operation.operation().name(),
                element)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (QueryFilter filter : operation.filters()) {
      TypeName value = valueType(operation, filter, type);
      addBuilders(type, operation.query(), filter, element, value);
    }
    return type;
  }

  private static TypeName valueType(
      QueryOperation operation, QueryFilter filter, TypeSpec.Builder type) {
    if (filter.allowedEnum().isPresent()) {
      return MemberTypes.className(filter.allowedEnum().get());
    }
    if (filter.allowed().isEmpty()) {
      // Any value of the member's type; a timestamp travels as ISO-8601, which the engine parses.
      return MemberTypes.shown(filter.member().type());
    }
    ClassName name =
        QueryNames.filters(operation).nestedClass(QueryNames.filterEnum(filter.name()));
    TypeSpec.Builder values =
        enumBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The values filter {@code $L} allows, in declaration order.\n", filter.name());
    for (String allowed : filter.allowed()) {
      values.addEnumConstant(
          QueryNames.valueConstant(allowed),
          TypeSpec.anonymousClassBuilder("$S", allowed)
              .addJavadoc("Wire value {@code $L}.\n", allowed)
              .build());
    }
    values.addField(
        FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
    values.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build());
    values.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The wire value.\n")
            .returns(String.class)
            .addStatement("return value")
            .build());
    type.addType(values.build());
    return name;
  }

  private static void addBuilders(
      TypeSpec.Builder type,
      QueryModel query,
      QueryFilter filter,
      ClassName element,
      TypeName value) {
    String method = QueryNames.filterMethod(filter.name());
    boolean knownEnum = filter.allowedEnum().isPresent();
    String wireValue = value.equals(Types.STRING) ? "value" : "value.toString()";
    if (singleValue(filter)) {
      MethodSpec.Builder single =
          MethodSpec.methodBuilder(method)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addJavadoc(
                  "Filter {@code $L}: the record's {@code $L} $L {@code value}.\n",
                  filter.name(),
                  filter.member().name(),
                  describe(filter))
              .returns(element)
              .addParameter(value, "value");
      requireKnown(single, filter, value, knownEnum);
      type.addMethod(
          single
              .addStatement(
                  "return $T.builder().$L($S).$L($T.of($L)).build()",
                  element,
                  query.filterKeyMember(),
                  filter.name(),
                  query.filterValuesMember(),
                  Types.LIST,
                  wireValue)
              .build());
      return;
    }
    type.addMethod(
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .varargs()
            .addJavadoc(
                "Filter {@code $L}: the record's {@code $L} $L any of {@code values}.\n",
                filter.name(),
                filter.member().name(),
                describe(filter))
            .returns(element)
            .addParameter(ArrayTypeName.of(value), "values")
            .addStatement("return $N($T.asList(values))", method, Types.ARRAYS)
            .build());
    MethodSpec.Builder fromCollection =
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Filter {@code $L} with {@code values}, in their iteration order.\n", filter.name())
            .returns(element)
            .addParameter(ParameterizedTypeName.get(Types.COLLECTION, value), "values")
            .addStatement(
                "$T<$T> wire = new $T<>(values.size())", Types.LIST, Types.STRING, Types.ARRAY_LIST)
            .beginControlFlow("for ($T value : values)", value);
    requireKnown(fromCollection, filter, value, knownEnum);
    fromCollection
        .addStatement("wire.add($L)", wireValue)
        .endControlFlow()
        .addStatement(
            "return $T.builder().$L($S).$L(wire).build()",
            element,
            query.filterKeyMember(),
            filter.name(),
            query.filterValuesMember());
    type.addMethod(fromCollection.build());
  }

  /**
   * Rejects {@code null}, and an enum's unknown-value constant, which has no wire value to send.
   */
  private static void requireKnown(
      MethodSpec.Builder method, QueryFilter filter, TypeName value, boolean knownEnum) {
    if (knownEnum) {
      method
          .beginControlFlow("if (value == null || value == $T.UNKNOWN_TO_SDK_VERSION)", value)
          .addStatement(
              "throw new $T($S + value)",
              IllegalArgumentException.class,
              "not a known value of " + filter.name() + ": ")
          .endControlFlow();
    } else {
      method.addStatement("$T.requireNonNull(value, $S)", Types.OBJECTS, "value");
    }
  }

  /**
   * Whether the operator takes exactly one value ({@code EQUALS}, {@code BEFORE}, {@code AFTER}).
   */
  private static boolean singleValue(QueryFilter filter) {
    return filter.op() == FilterOp.EQUALS
        || filter.op() == FilterOp.BEFORE
        || filter.op() == FilterOp.AFTER;
  }

  private static String describe(QueryFilter filter) {
    return switch (filter.op()) {
      case IN, EQUALS -> "equals";
      case BEFORE -> "is before";
      case AFTER -> "is after";
      case BEGINS_WITH -> "begins with";
    };
  }
}
