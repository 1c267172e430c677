package io.shapeforge.processor.check;

import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.EnumValue;
import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.IntEnumValue;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks an enum or int enum shape: a Java enum with at least one value and distinct wire values,
 * each constant of an int enum with its {@code @IntEnumValue}.
 */
final class EnumCheck {

  private static final String UNKNOWN = GeneratedNames.UNKNOWN;

  private final Findings findings;

  EnumCheck(Findings findings) {
    this.findings = findings;
  }

  void check(EnumShapeModel shape, TypeElement type) {
    String owner = shape.ref().specName();
    String name = shape.ref().simpleName();
    AnnotationMirror enumShape = Mirrors.find(type, shape.intEnum() ? IntEnumShape.class : EnumShape.class).orElse(null);
    if (!shape.isEnum()) {
      findings.error(owner, ErrorMessages.enumShapeNotEnum(name), type, enumShape, null);
      return;
    }
    if (shape.constants().isEmpty()) {
      findings.error(owner, ErrorMessages.enumEmpty(name), type, enumShape, null);
      return;
    }
    Set<String> seen = new HashSet<>();
    for (EnumConstant constant : shape.constants()) {
      Element element = constantElement(type, constant.javaName());
      if (constant.javaName().equals(UNKNOWN)) {
        findings.error(owner, ErrorMessages.enumReservedName(name, UNKNOWN), element, null, null);
      }
      if (constant.wireValue() == null) {
        findings.error(owner, ErrorMessages.intEnumValueMissing(name, constant.javaName()), element, null, null);
        continue;
      }
      if (!seen.add(constant.wireValue())) {
        Optional<AnnotationMirror> value = Mirrors.find(element, shape.intEnum() ? IntEnumValue.class : EnumValue.class);
        findings.error(
            owner,
            shape.intEnum()
                ? ErrorMessages.intEnumValueDuplicate(name, constant.wireValue())
                : ErrorMessages.enumDuplicateValue(name, constant.wireValue()),
            element,
            value.orElse(null),
            value.flatMap(m -> Mirrors.explicitValue(m, "value")).orElse(null));
      }
    }
  }

  private static Element constantElement(TypeElement type, String name) {
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT && enclosed.getSimpleName().contentEquals(name)) {
        return enclosed;
      }
    }
    throw new IllegalStateException("no constant " + name + " in " + type);
  }
}
