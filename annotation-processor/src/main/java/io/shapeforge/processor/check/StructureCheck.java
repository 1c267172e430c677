package io.shapeforge.processor.check;

import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.ErrorTrait;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.ShapeTraits;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.spec.DefaultValue;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.IdempotencyToken;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.Union;
import io.shapeforge.spec.WireName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a structure or union: its kind, its error trait, and each member's name, type, traits and
 * constraints, including those on type arguments at any depth of lists and maps.
 */
final class StructureCheck {

  private final Findings findings;
  private final ConstraintCheck constraints;
  private final DefaultValueCheck defaults;

  /**
   * @param enums the enum shape of a spec name, when known, for checking enum defaults
   */
  StructureCheck(Findings findings, Function<String, Optional<EnumShapeModel>> enums) {
    this.findings = findings;
    this.constraints = new ConstraintCheck(findings);
    this.defaults = new DefaultValueCheck(enums);
  }

  void check(StructureShape shape) {
    String owner = shape.ref().specName();
    String name = shape.ref().simpleName();
    SourceRef type = SourceRef.ofType(owner);
    ShapeTraits traits = shape.traits();
    if (shape.isUnion()) {
      if (shape.isStructure() || shape.error().isPresent()) {
        findings.error(owner, ErrorMessages.unionAndStructure(name), type, Union.class, null);
      } else if (!shape.isInterface()) {
        findings.error(owner, ErrorMessages.structureNotInterface(name), type, Union.class, null);
      } else if (traits.inherits()) {
        findings.error(owner, ErrorMessages.unionExtends(name), type, null, null);
      } else if (shape.members().isEmpty()) {
        findings.error(owner, ErrorMessages.unionEmpty(name), type, Union.class, null);
      }
    } else if (!shape.isStructure()) {
      findings.error(
          owner, ErrorMessages.errorShapeNotStructure(name), type, ErrorShape.class, null);
    } else if (!shape.isInterface()) {
      findings.error(owner, ErrorMessages.structureNotInterface(name), type, Structure.class, null);
    } else if (traits.sealed()) {
      findings.error(owner, ErrorMessages.sealedNotUnion(name), type, Structure.class, null);
    } else if (traits.inherits()) {
      // Members are the interface's own methods; inherited or generic ones would be silently lost.
      findings.error(owner, ErrorMessages.structureExtends(name), type, null, null);
    }
    shape.error().ifPresent(error -> checkStatus(owner, name, error, type));
    Map<String, String> wireNames = new HashMap<>();
    Map<String, String> generated = generatedNames(shape);
    for (MemberModel member : shape.members()) {
      checkMember(owner, shape, member, type.member(member.name()), wireNames, generated);
    }
  }

  /** Every method name generated for a member besides its own, with the member it is for. */
  private static Map<String, String> generatedNames(StructureShape shape) {
    Map<String, String> generated = new HashMap<>();
    for (MemberModel member : shape.members()) {
      GeneratedNames.generatedFor(member).forEach(name -> generated.put(name, member.name()));
    }
    return generated;
  }

  private void checkStatus(String owner, String name, ErrorTrait error, SourceRef type) {
    boolean client = error.fault() == Fault.CLIENT;
    int low = client ? 400 : 500;
    if (error.httpStatus() < low || error.httpStatus() > low + 99) {
      findings.error(
          owner,
          ErrorMessages.errorStatusMismatch(
              name, error.fault().name(), error.httpStatus(), client ? "4xx" : "5xx"),
          type,
          ErrorShape.class,
          "httpStatus");
    }
  }

  private void checkMember(
      String owner,
      StructureShape shape,
      MemberModel member,
      SourceRef at,
      Map<String, String> wireNames,
      Map<String, String> generated) {
    if (member.traits().javaDefault()) {
      findings.error(owner, ErrorMessages.defaultMethod(member.name()), at, null, null);
      return;
    }
    if (member.parameterCount() > 0) {
      findings.error(owner, ErrorMessages.memberHasParameters(member.name()), at, null, null);
      return;
    }
    if (GeneratedNames.RESERVED_MEMBER_NAMES.contains(member.name())
        || shape.error().isPresent()
            && GeneratedNames.RESERVED_ERROR_MEMBER_NAMES.contains(member.name())
        || shape.isUnion() && member.name().equals(GeneratedNames.UNION_TYPE_ACCESSOR)) {
      findings.error(owner, ErrorMessages.memberNameReserved(member.name()), at, null, null);
    }
    String clashesWith = generated.get(member.name());
    if (clashesWith != null) {
      findings.error(
          owner,
          ErrorMessages.generatedNameClash(member.name(), member.name(), clashesWith),
          at,
          null,
          null);
    }
    String first = wireNames.putIfAbsent(member.wireName(), member.name());
    if (first != null) {
      findings.error(
          owner,
          ErrorMessages.duplicateWireName(member.wireName(), member.name(), first),
          at,
          WireName.class,
          "value");
    }
    if (member.type().isUnsupported()) {
      findings.error(
          owner,
          ErrorMessages.unsupportedMemberType(member.name(), member.type().written()),
          at,
          null,
          null);
      return;
    }
    if (shape.isUnion()) {
      if (member.required()) {
        findings.error(
            owner,
            ErrorMessages.unionMemberRequired(shape.ref().simpleName(), member.name()),
            at,
            Required.class,
            null);
      }
      if (member.defaultValue().isPresent()) {
        findings.error(
            owner,
            ErrorMessages.unionMemberDefault(shape.ref().simpleName(), member.name()),
            at,
            DefaultValue.class,
            null);
      }
    }
    checkTraits(owner, member, at);
    String target = "member " + member.name() + "() of type " + member.type().written();
    constraints.check(owner, at, target, member.type(), member.constraints());
    checkNested(owner, member, at, member.type(), 0);
  }

  private void checkTraits(String owner, MemberModel member, SourceRef at) {
    member
        .defaultValue()
        .ifPresent(
            text ->
                defaults
                    .problem(member.type(), text)
                    .ifPresent(
                        why ->
                            findings.error(
                                owner,
                                ErrorMessages.defaultValueInvalid(
                                    member.name(), member.type().written(), text, why),
                                at,
                                DefaultValue.class,
                                "value")));
    if (member.traits().idempotencyToken() && !member.type().is(MemberType.ScalarKind.STRING)) {
      findings.error(
          owner,
          ErrorMessages.idempotencyTokenNotString(member.name(), member.type().written()),
          at,
          IdempotencyToken.class,
          null);
    }
  }

  /**
   * Checks the type arguments of a list or map, at every depth: their constraints, their traits,
   * map keys, and timestamps deeper than a Jackson annotation reaches.
   *
   * @param at where {@code type} is written
   * @param depth how many lists or maps enclose {@code type}
   */
  private void checkNested(
      String owner, MemberModel member, SourceRef at, MemberType type, int depth) {
    if (type.is(MemberType.ScalarKind.TIMESTAMP) && depth > 1) {
      findings.error(
          owner,
          ErrorMessages.timestampTooDeep(member.name(), member.type().written()),
          at,
          null,
          null);
    }
    type.accept(new TypeArguments(owner, member, at, depth));
  }

  private void nested(
      String owner,
      MemberModel member,
      SourceRef at,
      MemberType type,
      Constraints typeConstraints,
      String target,
      int depth) {
    constraints.check(owner, at, target, type, typeConstraints);
    checkNested(owner, member, at, type, depth + 1);
  }

  /** Checks the type arguments of a list or a map; every other kind has none. */
  private final class TypeArguments implements MemberType.Visitor<Void> {
    private final String owner;
    private final MemberModel member;
    private final SourceRef at;
    private final int depth;

    TypeArguments(String owner, MemberModel member, SourceRef at, int depth) {
      this.owner = owner;
      this.member = member;
      this.at = at;
      this.depth = depth;
    }

    @Override
    public Void list(MemberType.ListOf list) {
      nested(
          owner,
          member,
          at.typeArgument(0),
          list.element(),
          list.elementConstraints(),
          "the " + list.element().written() + " elements of member " + member.name() + "()",
          depth);
      return null;
    }

    @Override
    public Void map(MemberType.MapOf map) {
      if (!(map.key().is(MemberType.ScalarKind.STRING)
          || map.key().category() == MemberType.Category.ENUM)) {
        findings.error(
            owner, ErrorMessages.mapKeyType(member.name(), map.key().written()), at, null, null);
      }
      nested(
          owner,
          member,
          at.typeArgument(0),
          map.key(),
          map.keyConstraints(),
          "the " + map.key().written() + " keys of member " + member.name() + "()",
          depth);
      nested(
          owner,
          member,
          at.typeArgument(1),
          map.value(),
          map.valueConstraints(),
          "the " + map.value().written() + " values of member " + member.name() + "()",
          depth);
      return null;
    }

    @Override
    public Void scalar(MemberType.Scalar scalar) {
      return null;
    }

    @Override
    public Void structure(MemberType.StructureRef structure) {
      return null;
    }

    @Override
    public Void union(MemberType.UnionRef union) {
      return null;
    }

    @Override
    public Void enumShape(MemberType.EnumRef enumRef) {
      return null;
    }

    @Override
    public Void intEnum(MemberType.IntEnumRef intEnum) {
      return null;
    }

    @Override
    public Void unsupported(MemberType.Unsupported unsupported) {
      return null;
    }

    @Override
    public Void unresolved(MemberType.Unresolved unresolved) {
      return null;
    }
  }
}
