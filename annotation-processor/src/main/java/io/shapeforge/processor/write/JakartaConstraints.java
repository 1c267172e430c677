package io.shapeforge.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Mirrors spec constraints as Jakarta Validation annotations on a model's fields, so that Hibernate
 * Validator reports the same (path, constraint) pairs as the generated validator.
 *
 * <p>Two differences between the two are bridged in the {@code @Pattern} regexp:
 *
 * <ul>
 *   <li>Jakarta's {@code @Pattern} uses {@code Matcher.matches()}, the spec ({@code
 *       Matcher.find()}, as Smithy does). {@code p} becomes {@code [\s\S]*(?:p)[\s\S]*}: it matches
 *       the whole value exactly when {@code p} is found somewhere in it, with anchors and
 *       lookarounds seeing the same input.
 *   <li>The generated validator does not try a pattern on a value longer than its maximum length (a
 *       value that is too short is still matched, as AWS does). When the member has a maximum, the
 *       regexp also accepts any longer value: {@code
 *       (?:(?![\s\S]{0,max}\z)[\s\S]*|[\s\S]*(?:p)[\s\S]*)}, so a too-long value is reported once,
 *       for its size. (The lookahead counts code points, as the validator does; {@code @Size}
 *       counts UTF-16 units, and Bean Validation has no constraint that counts code points, so the
 *       two differ on sizes of strings with characters outside the Basic Multilingual Plane.)
 * </ul>
 *
 * <p>An enum shape's raw wire string gets {@code @Pattern(regexp = "A|B|C")} with each value
 * escaped.
 */
final class JakartaConstraints {

  private final Map<String, EnumShapeModel> enums;
  private final AnnotatedArguments annotatedArguments = new AnnotatedArguments();
  private final KindAnnotation kindAnnotation = new KindAnnotation();

  /**
   * @param enums the enum shapes by spec name, for their value sets
   */
  JakartaConstraints(Map<String, EnumShapeModel> enums) {
    this.enums = enums;
  }

  /** The annotations on the member's field itself. */
  List<AnnotationSpec> onField(MemberModel member) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (member.required()) {
      annotations.add(AnnotationSpec.builder(Types.NOT_NULL).build());
    }
    annotations.addAll(forValue(member.type(), member.constraints()));
    return annotations;
  }

  /**
   * The field's type, with container-element annotations on the type arguments of lists and maps at
   * every depth: {@code List<List<@Size(max = 3) String>>}.
   */
  TypeName fieldType(MemberModel member) {
    return annotatedArguments(member.type());
  }

  private TypeName annotatedArguments(MemberType type) {
    return type.accept(annotatedArguments);
  }

  /**
   * A type argument with its own annotations; a dense collection's elements are {@code @NotNull}.
   */
  private TypeName element(MemberType type, Constraints constraints, boolean sparse) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (!sparse) {
      annotations.add(AnnotationSpec.builder(Types.NOT_NULL).build());
    }
    annotations.addAll(forValue(type, constraints));
    return annotatedArguments(type).annotated(annotations);
  }

  private List<AnnotationSpec> forValue(MemberType type, Constraints constraints) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    Optional<Constraint.Length> length = constraints.length();
    // Bean Validation has no @Size for a Blob; the generated validator checks its length alone.
    if (!type.is(MemberType.ScalarKind.BLOB)) {
      length.filter(l -> l.hasMin() || l.hasMax()).ifPresent(l -> annotations.add(size(l)));
    }
    constraints.range().ifPresent(range -> annotations.addAll(range(type, range)));
    constraints
        .pattern()
        .ifPresent(
            pattern ->
                annotations.add(
                    pattern(
                        forMatches(
                            pattern.regex(), length.filter(l -> l.hasMin() || l.hasMax())))));
    type.accept(kindAnnotation).ifPresent(annotations::add);
    return annotations;
  }

  /**
   * {@code @Min}/{@code @Max} for whole-number kinds, whose bounds the check stage made sure are
   * whole and fit; {@code @DecimalMin}/{@code @DecimalMax} with the bound as written for the
   * others.
   */
  private static List<AnnotationSpec> range(MemberType type, Constraint.Range range) {
    List<AnnotationSpec> annotations = new ArrayList<>(2);
    boolean integral = type.scalarKind().filter(MemberType.ScalarKind::isIntegral).isPresent();
    if (range.hasMin()) {
      annotations.add(
          integral
              ? AnnotationSpec.builder(Types.MIN)
                  .addMember("value", "$LL", range.minValue().orElseThrow().longValueExact())
                  .build()
              : AnnotationSpec.builder(Types.DECIMAL_MIN)
                  .addMember("value", "$S", range.min())
                  .build());
    }
    if (range.hasMax()) {
      annotations.add(
          integral
              ? AnnotationSpec.builder(Types.MAX)
                  .addMember("value", "$LL", range.maxValue().orElseThrow().longValueExact())
                  .build()
              : AnnotationSpec.builder(Types.DECIMAL_MAX)
                  .addMember("value", "$S", range.max())
                  .build());
    }
    return annotations;
  }

  private static AnnotationSpec size(Constraint.Length length) {
    AnnotationSpec.Builder size = AnnotationSpec.builder(Types.SIZE);
    if (length.hasMin()) {
      size.addMember("min", "$L", length.min());
    }
    if (length.hasMax()) {
      size.addMember("max", "$L", length.max());
    }
    return size.build();
  }

  private static AnnotationSpec pattern(String regexp) {
    return AnnotationSpec.builder(Types.PATTERN).addMember("regexp", "$S", regexp).build();
  }

  /** A regexp for {@code matches()} that accepts what the validator accepts; see the class doc. */
  static String forMatches(String regex, Optional<Constraint.Length> length) {
    String found = "[\\s\\S]*(?:" + regex + ")[\\s\\S]*";
    if (length.isEmpty() || !length.get().hasMax()) {
      return found;
    }
    return "(?:(?![\\s\\S]{0," + length.get().max() + "}\\z)[\\s\\S]*|" + found + ")";
  }

  /** {@code A|B|C}, each wire value escaped so it matches literally. */
  static String enumAlternatives(EnumShapeModel shape) {
    return shape.constants().stream()
        .map(EnumConstant::wireValue)
        .map(JakartaConstraints::escape)
        .collect(Collectors.joining("|"));
  }

  private static String escape(String literal) {
    StringBuilder out = new StringBuilder(literal.length() + 4);
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      boolean plain = c > 0x7f || Character.isLetterOrDigit(c) || c == '_';
      if (!plain) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A type with its lists' and maps' type arguments annotated, at every depth; any other kind is
   * its stored type.
   */
  private final class AnnotatedArguments implements MemberType.Visitor<TypeName> {
    @Override
    public TypeName list(MemberType.ListOf list) {
      return ParameterizedTypeName.get(
          Types.LIST, element(list.element(), list.elementConstraints(), list.sparse()));
    }

    @Override
    public TypeName map(MemberType.MapOf map) {
      return ParameterizedTypeName.get(
          Types.MAP,
          element(map.key(), map.keyConstraints(), false),
          element(map.value(), map.valueConstraints(), map.sparse()));
    }

    @Override
    public TypeName scalar(MemberType.Scalar scalar) {
      return MemberTypes.stored(scalar);
    }

    @Override
    public TypeName structure(MemberType.StructureRef structure) {
      return MemberTypes.stored(structure);
    }

    @Override
    public TypeName union(MemberType.UnionRef union) {
      return MemberTypes.stored(union);
    }

    @Override
    public TypeName enumShape(MemberType.EnumRef enumRef) {
      return MemberTypes.stored(enumRef);
    }

    @Override
    public TypeName intEnum(MemberType.IntEnumRef intEnum) {
      return MemberTypes.stored(intEnum);
    }

    @Override
    public TypeName unsupported(MemberType.Unsupported unsupported) {
      return MemberTypes.stored(unsupported);
    }

    @Override
    public TypeName unresolved(MemberType.Unresolved unresolved) {
      return MemberTypes.stored(unresolved);
    }
  }

  /**
   * The annotation a kind implies whatever its constraints: an enum's wire value must be one of its
   * values, and a structure or union is validated in turn ({@code @Valid}). An int enum gets none
   * here (the generated validator checks its values); list and map arguments carry their own
   * annotations.
   */
  private final class KindAnnotation implements MemberType.Visitor<Optional<AnnotationSpec>> {
    @Override
    public Optional<AnnotationSpec> enumShape(MemberType.EnumRef enumRef) {
      return Optional.of(pattern(enumAlternatives(enums.get(enumRef.shape().specName()))));
    }

    @Override
    public Optional<AnnotationSpec> structure(MemberType.StructureRef structure) {
      return Optional.of(AnnotationSpec.builder(Types.VALID).build());
    }

    @Override
    public Optional<AnnotationSpec> union(MemberType.UnionRef union) {
      return Optional.of(AnnotationSpec.builder(Types.VALID).build());
    }

    @Override
    public Optional<AnnotationSpec> scalar(MemberType.Scalar scalar) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> intEnum(MemberType.IntEnumRef intEnum) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> list(MemberType.ListOf list) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> map(MemberType.MapOf map) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> unsupported(MemberType.Unsupported unsupported) {
      return Optional.empty();
    }

    @Override
    public Optional<AnnotationSpec> unresolved(MemberType.Unresolved unresolved) {
      return Optional.empty();
    }
  }
}
