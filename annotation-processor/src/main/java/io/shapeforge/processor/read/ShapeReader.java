package io.shapeforge.processor.read;

import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.ErrorTrait;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.spec.EnumValue;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.Identifier;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.WireName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads {@code @Structure} interfaces and {@code @EnumShape} enums into the spec model. */
public final class ShapeReader {

  private final Elements elements;
  private final Mirrors mirrors;
  private final ShapeRefs shapeRefs;
  private final ConstraintReader constraints;
  private final MemberTypeReader types;

  public ShapeReader(Elements elements, Mirrors mirrors, ShapeRefs shapeRefs) {
    this.elements = elements;
    this.mirrors = mirrors;
    this.shapeRefs = shapeRefs;
    this.constraints = new ConstraintReader(mirrors);
    this.types = new MemberTypeReader(shapeRefs, constraints);
  }

  /** A structure, error shape or not. */
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
    return new StructureShape(
                shapeRefs.of(type),
        doc(type),
        members,
        error,
        type.getKind() == ElementKind.INTERFACE,
        Mirrors.has(type, Structure.class));
  }

  /** An enum shape. */
  public EnumShapeModel enumShape(TypeElement type) {
    List<EnumConstant> constants = new ArrayList<>();
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
        String name = enclosed.getSimpleName().toString();
        String wire = Mirrors.find(enclosed, EnumValue.class).map(m -> mirrors.string(m, "value")).orElse(name);
        constants.add(new EnumConstant(name, wire, doc(enclosed)));
      }
    }
    return new EnumShapeModel(shapeRefs.of(type), doc(type), constants, type.getKind() == ElementKind.ENUM);
  }

  /** The methods of a structure that are members: its own abstract methods, in declaration order. */
  public static List<ExecutableElement> members(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.METHOD && enclosed.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.add((ExecutableElement) enclosed);
      }
    }
    return methods;
  }

  private MemberModel member(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String wireName =
        Mirrors.find(method, WireName.class).map(m -> mirrors.string(m, "value")).orElse(pascalCase(name));
    return new MemberModel(
        name,
        wireName,
        doc(method),
        types.read(method.getReturnType()),
        Mirrors.has(method, Required.class),
        Mirrors.has(method, Identifier.class),
        constraints.read(method),
        method.getParameters().size() + method.getTypeParameters().size());
  }

  /** {@code windowExecutionId} becomes {@code WindowExecutionId}. */
  public static String pascalCase(String memberName) {
    return Character.toUpperCase(memberName.charAt(0)) + memberName.substring(1);
  }

  private Optional<String> doc(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null || doc.isBlank()) {
      return Optional.empty();
    }
    // javac keeps the space after each line's '*'; drop one so the copy is indented as written.
    StringBuilder text = new StringBuilder(doc.length());
    for (String line : doc.strip().split("\n", -1)) {
      text.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    return Optional.of(text.toString());
  }
}
