package io.shapeforge.processor;

import io.shapeforge.runtime.validation.ConstraintKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;

/** Translates a Hibernate Validator violation into the AWS path and kind the generated validator uses. */
final class HibernatePaths {

  private HibernatePaths() {}

  /** {@code filters[1].values[0].<list element>} becomes {@code filters.2.member.values.1.member}. */
  static String awsPath(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        path.append('.').append(node.getIndex() + 1).append(".member");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        path.append(path.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
  }

  static ConstraintKind kind(ConstraintViolation<?> violation) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof NotNull) {
      return ConstraintKind.REQUIRED;
    }
    if (constraint instanceof Size size) {
      Object value = violation.getInvalidValue();
      int length = value instanceof Collection<?> c ? c.size() : ((CharSequence) value).length();
      return length < size.min() ? ConstraintKind.MIN_LENGTH : ConstraintKind.MAX_LENGTH;
    }
    if (constraint instanceof Min) {
      return ConstraintKind.MIN_VALUE;
    }
    if (constraint instanceof Max) {
      return ConstraintKind.MAX_VALUE;
    }
    if (constraint instanceof Pattern pattern) {
      // Spec patterns are wrapped to find-semantics; enum sets are bare alternatives.
      return pattern.regexp().contains("[\\s\\S]") ? ConstraintKind.PATTERN : ConstraintKind.ENUM;
    }
    throw new IllegalArgumentException("unexpected constraint " + constraint);
  }
}
