package io.shapeforge.processor.check;

import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.ErrorTrait;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.processor.read.ShapeReader;
import io.shapeforge.spec.DefaultValue;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.IdempotencyToken;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.Union;
import io.shapeforge.spec.WireName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a structure or union: its kind, its error trait, and each member's name, type, traits and
 * constraints, including those on type arguments at any depth of lists and maps.
 */
final class StructureCheck {

  private final Findings findings;
  private final ConstraintCheck constraints;
  private final DefaultValueCheck defaults;

  /** @param enums the enum shape of a spec name, when known, for checking enum defaults */
  StructureCheck(Findings findings, Function<String, Optional<EnumShapeModel>> enums) {
    this.findings = findings;
    this.constraints = new ConstraintCheck(findings);
    this.defaults = new DefaultValueCheck(enums);
  }

  void check(StructureShape shape, TypeElement type) {
    String owner = shape.ref().specName();
    String name = shape.ref().simpleName();
    boolean extendsOrGeneric = !type.getInterfaces().isEmpty() || !type.getTypeParameters().isEmpty();
    if (shape.isUnion()) {
      AnnotationMirror union = Mirrors.find(type, Union.class).orElse(null);
      if (Mirrors.has(type, Structure.class) || Mirrors.has(type, ErrorShape.class)) {
        findings.error(owner, ErrorMessages.unionAndStructure(name), type, union, null);
      } else if (!shape.isInterface()) {
        findings.error(owner, ErrorMessages.structureNotInterface(name), type, union, null);
      } else if (extendsOrGeneric) {
        findings.error(owner, ErrorMessages.unionExtends(name), type, null, null);
      } else if (shape.members().isEmpty()) {
        findings.error(owner, ErrorMessages.unionEmpty(name), type, union, null);
      }
    } else if (!shape.isStructure()) {
      findings.error(owner, ErrorMessages.errorShapeNotStructure(name), type, Mirrors.find(type, ErrorShape.class).orElse(null), null);
    } else if (!shape.isInterface()) {
      findings.error(owner, ErrorMessages.structureNotInterface(name), type, Mirrors.find(type, Structure.class).orElse(null), null);
    } else if (!type.getPermittedSubclasses().isEmpty()) {
      findings.error(owner, ErrorMessages.sealedNotUnion(name), type, Mirrors.find(type, Structure.class).orElse(null), null);
    } else if (extendsOrGeneric) {
      // Members are the interface's own methods; inherited or generic ones would be silently lost.
      findings.error(owner, ErrorMessages.structureExtends(name), type, null, null);
    }
    shape.error().ifPresent(error -> checkStatus(owner, name, error, type));
    List<ExecutableElement> methods = ShapeReader.members(type);
    Map<String, String> wireNames = new HashMap<>();
    Map<String, String> generated = generatedNames(shape);
    for (int i = 0; i < shape.members().size(); i++) {
      checkMember(owner, shape, shape.members().get(i), methods.get(i), wireNames, generated);
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

  private void checkStatus(String owner, String name, ErrorTrait error, TypeElement type) {
    boolean client = error.fault() == Fault.CLIENT;
    int low = client ? 400 : 500;
    if (error.httpStatus() < low || error.httpStatus() > low + 99) {
      AnnotationMirror mirror = Mirrors.find(type, ErrorShape.class).orElseThrow();
      findings.error(
          owner,
          ErrorMessages.errorStatusMismatch(name, error.fault().name(), error.httpStatus(), client ? "4xx" : "5xx"),
          type,
          mirror,
          Mirrors.explicitValue(mirror, "httpStatus").orElse(null));
    }
  }

  private void checkMember(
      String owner,
      StructureShape shape,
      MemberModel member,
      ExecutableElement method,
      Map<String, String> wireNames,
      Map<String, String> generated) {
    if (member.traits().javaDefault()) {
      findings.error(owner, ErrorMessages.defaultMethod(member.name()), method, null, null);
      return;
    }
    if (member.parameterCount() > 0) {
      findings.error(owner, ErrorMessages.memberHasParameters(member.name()), method, null, null);
      return;
    }
    if (GeneratedNames.RESERVED_MEMBER_NAMES.contains(member.name())
        || shape.error().isPresent() && GeneratedNames.RESERVED_ERROR_MEMBER_NAMES.contains(member.name())
        || shape.isUnion() && member.name().equals(GeneratedNames.UNION_TYPE_ACCESSOR)) {
      findings.error(owner, ErrorMessages.memberNameReserved(member.name()), method, null, null);
    }
    String clashesWith = generated.get(member.name());
    if (clashesWith != null) {
      findings.error(owner, ErrorMessages.generatedNameClash(member.name(), member.name(), clashesWith), method, null, null);
    }
    String first = wireNames.putIfAbsent(member.wireName(), member.name());
    if (first != null) {
      Optional<AnnotationMirror> wireName = Mirrors.find(method, WireName.class);
      findings.error(
          owner,
          ErrorMessages.duplicateWireName(member.wireName(), member.name(), first),
          method,
          wireName.orElse(null),
          wireName.flatMap(m -> Mirrors.explicitValue(m, "value")).orElse(null));
    }
    if (member.type().isUnsupported()) {
      findings.error(owner, ErrorMessages.unsupportedMemberType(member.name(), member.type().written()), method, null, null);
      return;
    }
    if (shape.isUnion()) {
      Mirrors.find(method, Required.class).ifPresent(required ->
          findings.error(owner, ErrorMessages.unionMemberRequired(shape.ref().simpleName(), member.name()), method, required, null));
      Mirrors.find(method, DefaultValue.class).ifPresent(value ->
          findings.error(owner, ErrorMessages.unionMemberDefault(shape.ref().simpleName(), member.name()), method, value, null));
    }
    checkTraits(owner, member, method);
    String target = "member " + member.name() + "() of type " + member.type().written();
    constraints.check(owner, method, method, target, member.type(), member.constraints());
    checkNested(owner, member, method, method.getReturnType(), member.type(), 0);
  }

  private void checkTraits(String owner, MemberModel member, ExecutableElement method) {
    member.defaultValue().ifPresent(text -> defaults.problem(member.type(), text).ifPresent(why -> {
      AnnotationMirror mirror = Mirrors.find(method, DefaultValue.class).orElseThrow();
      findings.error(owner, ErrorMessages.defaultValueInvalid(member.name(), member.type().written(), text, why),
          method, mirror, Mirrors.explicitValue(mirror, "value").orElse(null));
    }));
    if (member.traits().idempotencyToken() && !member.type().is(MemberType.ScalarKind.STRING)) {
      findings.error(owner, ErrorMessages.idempotencyTokenNotString(member.name(), member.type().written()),
          method, Mirrors.find(method, IdempotencyToken.class).orElse(null), null);
    }
  }

  /**
   * Checks the type arguments of a list or map, at every depth: their constraints, their traits,
   * map keys, and timestamps deeper than a Jackson annotation reaches.
   *
   * @param written the javac type at this level, where type-use annotations sit
   * @param depth how many lists or maps enclose {@code type}
   */
  private void checkNested(String owner, MemberModel member, ExecutableElement method, TypeMirror written, MemberType type, int depth) {
    if (type.is(MemberType.ScalarKind.TIMESTAMP) && depth > 1) {
      findings.error(owner, ErrorMessages.timestampTooDeep(member.name(), member.type().written()), method, null, null);
    }
    if (written.getKind() != TypeKind.DECLARED) {
      return;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) written).getTypeArguments();
    if (type instanceof MemberType.ListOf list && arguments.size() == 1) {
      nested(owner, member, method, arguments.get(0), list.element(), list.elementConstraints(),
          "the " + list.element().written() + " elements of member " + member.name() + "()", depth);
    } else if (type instanceof MemberType.MapOf map && arguments.size() == 2) {
      if (!(map.key().is(MemberType.ScalarKind.STRING) || map.key() instanceof MemberType.EnumRef)) {
        findings.error(owner, ErrorMessages.mapKeyType(member.name(), map.key().written()), method, null, null);
      }
      nested(owner, member, method, arguments.get(0), map.key(), map.keyConstraints(),
          "the " + map.key().written() + " keys of member " + member.name() + "()", depth);
      nested(owner, member, method, arguments.get(1), map.value(), map.valueConstraints(),
          "the " + map.value().written() + " values of member " + member.name() + "()", depth);
    }
  }

  private void nested(
      String owner, MemberModel member, ExecutableElement method, TypeMirror argument, MemberType type,
      Constraints typeConstraints, String target, int depth) {
    AnnotatedConstruct annotated = argument;
    constraints.check(owner, method, annotated, target, type, typeConstraints);
    checkNested(owner, member, method, argument, type, depth + 1);
  }
}
