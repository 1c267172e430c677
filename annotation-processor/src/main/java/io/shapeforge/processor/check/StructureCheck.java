package io.shapeforge.processor.check;

import io.shapeforge.processor.model.ErrorTrait;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.processor.read.ShapeReader;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.WireName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Checks a structure: its kind, its error trait and each member's name, type and constraints. */
final class StructureCheck {

  /** Names the generated class, its builder or {@code Object}/{@code Throwable} already use. */
  private static final Set<String> RESERVED =
      Set.of(
          "builder", "toBuilder", "build", "hashCode", "toString", "getClass", "notify", "notifyAll",
          "wait", "clone", "finalize", "getMessage", "getLocalizedMessage", "getCause",
          "fillInStackTrace", "getStackTrace", "printStackTrace", "getSuppressed", "errorCode",
          "httpStatus", "isClientFault");

  private final Findings findings;
  private final ConstraintCheck constraints;

  StructureCheck(Findings findings) {
    this.findings = findings;
    this.constraints = new ConstraintCheck(findings);
  }

  void check(StructureShape shape, TypeElement type) {
    String owner = shape.ref().specName();
    String name = shape.ref().simpleName();
    if (!shape.isStructure()) {
      findings.error(owner, ErrorMessages.errorShapeNotStructure(name), type, Mirrors.find(type, ErrorShape.class).orElse(null), null);
    } else if (!shape.isInterface()) {
      findings.error(owner, ErrorMessages.structureNotInterface(name), type, Mirrors.find(type, Structure.class).orElse(null), null);
    } else if (!type.getInterfaces().isEmpty() || !type.getTypeParameters().isEmpty()) {
      // Members are the interface's own methods; inherited or generic ones would be silently lost.
      findings.error(owner, ErrorMessages.structureExtends(name), type, null, null);
    }
    shape.error().ifPresent(error -> checkStatus(owner, name, error, type));
    List<ExecutableElement> methods = ShapeReader.members(type);
    Map<String, String> wireNames = new HashMap<>();
    for (int i = 0; i < shape.members().size(); i++) {
      checkMember(owner, shape.members().get(i), methods.get(i), wireNames);
    }
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

  private void checkMember(String owner, MemberModel member, ExecutableElement method, Map<String, String> wireNames) {
    if (member.parameterCount() > 0) {
      findings.error(owner, ErrorMessages.memberHasParameters(member.name()), method, null, null);
      return;
    }
    if (RESERVED.contains(member.name())) {
      findings.error(owner, ErrorMessages.memberNameReserved(member.name()), method, null, null);
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
    if (member.type() instanceof MemberType.Unsupported unsupported) {
      findings.error(owner, ErrorMessages.unsupportedMemberType(member.name(), unsupported.written()), method, null, null);
      return;
    }
    constraints.check(
        owner, method, method, "member " + member.name() + "() of type " + member.type().written(), member.type(), member.constraints());
    if (member.type() instanceof MemberType.ListOf list) {
      constraints.check(
          owner,
          method,
          ((DeclaredType) method.getReturnType()).getTypeArguments().get(0),
          "the " + list.element().written() + " elements of member " + member.name() + "()",
          list.element(),
          list.elementConstraints());
    }
  }
}
