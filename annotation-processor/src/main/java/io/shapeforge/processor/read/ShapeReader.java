package io.shapeforge.processor.read;

import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.ErrorTrait;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberTraits;
import io.shapeforge.processor.model.ShapeTraits;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.spec.DefaultValue;
import io.shapeforge.spec.EnumValue;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.IdempotencyToken;
import io.shapeforge.spec.Identifier;
import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.IntEnumValue;
import io.shapeforge.spec.JsonName;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Sensitive;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.Union;
import io.shapeforge.spec.WireName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Structure} and {@code @Union} interfaces and {@code @EnumShape} and
 * {@code @IntEnumShape} enums into the spec model.
 */
public final class ShapeReader {

  private final Mirrors mirrors;
  private final ShapeRefs shapeRefs;
  private final Docs docs;
  private final ConstraintReader constraints;
  private final MemberTypeReader types;

  public ShapeReader(Elements elements, Mirrors mirrors, ShapeRefs shapeRefs) {
    this.mirrors = mirrors;
    this.shapeRefs = shapeRefs;
    this.docs = new Docs(elements);
    this.constraints = new ConstraintReader(mirrors);
    this.types = new MemberTypeReader(mirrors, shapeRefs, constraints);
  }

  /** A structure, error shape or not, or a union. */
  public StructureShape structure(TypeElement type) {
    List<MemberModel> members = new ArrayList<>();
    for (ExecutableElement method : members(type)) {
      members.add(member(method));
    }
    Optional<ErrorTrait> error =
        Mirrors.find(type, ErrorShape.class)
            .map(
                mirror -> {
                  String code = mirrors.string(mirror, "code");
                  return new ErrorTrait(
                      code.isEmpty() ? type.getSimpleName().toString() : code,
                      mirrors.intValue(mirror, "httpStatus"),
                      Fault.valueOf(mirrors.enumName(mirror, "fault")));
                });
    boolean union = Mirrors.has(type, Union.class);
    return new StructureShape(
        shapeRefs.of(type),
        docs.of(type),
        members,
        error,
        type.getKind() == ElementKind.INTERFACE,
        Mirrors.has(type, Structure.class),
        new ShapeTraits(
            union,
            Mirrors.has(type, Sensitive.class),
            Mirrors.has(type, Deprecated.class),
            !type.getInterfaces().isEmpty() || !type.getTypeParameters().isEmpty(),
            !type.getPermittedSubclasses().isEmpty()));
  }

  /** An enum shape or int enum shape. */
  public EnumShapeModel enumShape(TypeElement type) {
    boolean intEnum = Mirrors.has(type, IntEnumShape.class);
    List<EnumConstant> constants = new ArrayList<>();
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
        String name = enclosed.getSimpleName().toString();
        String wire =
            intEnum
                ? Mirrors.find(enclosed, IntEnumValue.class)
                    .map(m -> String.valueOf(mirrors.intValue(m, "value")))
                    .orElse(null)
                : Mirrors.find(enclosed, EnumValue.class)
                    .map(m -> mirrors.string(m, "value"))
                    .orElse(name);
        constants.add(new EnumConstant(name, wire, docs.of(enclosed)));
      }
    }
    return new EnumShapeModel(
        shapeRefs.of(type), docs.of(type), constants, type.getKind() == ElementKind.ENUM, intEnum);
  }

  /**
   * The methods of a structure that are members: its own abstract methods, in declaration order,
   * and its {@code default} methods, which the check stage refuses rather than drop in silence.
   */
  private static List<ExecutableElement> members(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.METHOD
          && (enclosed.getModifiers().contains(Modifier.ABSTRACT)
              || enclosed.getModifiers().contains(Modifier.DEFAULT))) {
        methods.add((ExecutableElement) enclosed);
      }
    }
    return methods;
  }

  private MemberModel member(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String wireName =
        Mirrors.find(method, WireName.class)
            .map(m -> mirrors.string(m, "value"))
            .orElse(pascalCase(name));
    MemberTraits traits =
        new MemberTraits(
            Mirrors.has(method, Sensitive.class) || targetsSensitiveShape(method.getReturnType()),
            Mirrors.has(method, Deprecated.class),
            Mirrors.has(method, IdempotencyToken.class),
            Mirrors.find(method, DefaultValue.class).map(m -> mirrors.string(m, "value")),
            Mirrors.find(method, JsonName.class).map(m -> mirrors.string(m, "value")),
            method.getModifiers().contains(Modifier.DEFAULT));
    return new MemberModel(
        name,
        wireName,
        docs.of(method),
        types.read(method.getReturnType()),
        Mirrors.has(method, Required.class),
        Mirrors.has(method, Identifier.class),
        constraints.read(method),
        method.getParameters().size() + method.getTypeParameters().size(),
        traits);
  }

  /** Smithy's rule: a member that targets a {@code @sensitive} shape is sensitive too. */
  private static boolean targetsSensitiveShape(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && Mirrors.has(((DeclaredType) type).asElement(), Sensitive.class);
  }

  /** {@code windowExecutionId} becomes {@code WindowExecutionId}. */
  public static String pascalCase(String memberName) {
    return Character.toUpperCase(memberName.charAt(0)) + memberName.substring(1);
  }
}
