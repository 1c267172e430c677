package io.shapeforge.processor.check;

import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.EnumValue;
import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.IntEnumValue;
import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks an enum or int enum shape: a Java enum with at least one value and distinct wire values,
 * each constant of an int enum with its {@code @IntEnumValue}.
 */
final class EnumCheck {

  private final Findings findings;

  EnumCheck(Findings findings) {
    this.findings = findings;
  }

  void check(EnumShapeModel shape) {
    String owner = shape.ref().specName();
    String name = shape.ref().simpleName();
    SourceRef type = SourceRef.ofType(owner);
    Class<? extends Annotation> enumShape = shape.intEnum() ? IntEnumShape.class : EnumShape.class;
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
      SourceRef at = type.member(constant.javaName());
      if (constant.javaName().equals(GeneratedNames.UNKNOWN)) {
        findings.error(
            owner, ErrorMessages.enumReservedName(name, GeneratedNames.UNKNOWN), at, null, null);
      }
      if (constant.wireValue() == null) {
        findings.error(
            owner, ErrorMessages.intEnumValueMissing(name, constant.javaName()), at, null, null);
        continue;
      }
      if (!seen.add(constant.wireValue())) {
        findings.error(
            owner,
            shape.intEnum()
                ? ErrorMessages.intEnumValueDuplicate(name, constant.wireValue())
                : ErrorMessages.enumDuplicateValue(name, constant.wireValue()),
            at,
            shape.intEnum() ? IntEnumValue.class : EnumValue.class,
            "value");
      }
    }
  }
}
