package io.shapeforge.benchmarks.validation;

import io.shapeforge.runtime.validation.ConstraintKind;
import io.shapeforge.runtime.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts both validators' findings in one form, {@code "<AWS member path> <constraint kind>"}, so the
 * benchmark can refuse to compare validators that disagree.
 */
final class HibernateFindings {
  private static final Set<String> ENUM_MEMBERS = Set.of("status", "taskType", "state");

  private HibernateFindings() {}

  /** The generated validator's findings. */
  static Set<String> ofGenerated(List<Violation> violations) {
    Set<String> findings = new TreeSet<>();
    violations.forEach(v -> findings.add(v.path() + " " + v.kind()));
    return findings;
  }

  /**
   * Hibernate Validator's findings, with AWS paths ({@code filters.1.member.key}); a broken element
   * of a list of strings is reported at the list, as AWS and the generated validator report it
   * ({@code filters.2.member.values ELEMENT}).
   */
  static <T> Set<String> ofHibernate(Set<ConstraintViolation<T>> violations) {
    Set<String> findings = new TreeSet<>();
    for (ConstraintViolation<T> violation : violations) {
      boolean stringElement = isStringListElement(violation);
      String path = awsPath(violation.getPropertyPath(), stringElement);
      findings.add(
          path
              + " "
              + (stringElement
                  ? ConstraintKind.ELEMENT
                  : kindOf(
                      violation.getConstraintDescriptor().getAnnotation(),
                      violation.getInvalidValue(),
                      path)));
    }
    return findings;
  }

  /** Whether the violation is on an element of a {@code List<String>} field. */
  private static boolean isStringListElement(ConstraintViolation<?> violation) {
    Path.Node last = null;
    String property = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node;
      if (node.getKind() == ElementKind.PROPERTY) {
        property = node.getName();
      }
    }
    if (last == null || last.getKind() != ElementKind.CONTAINER_ELEMENT) {
      return false;
    }
    try {
      Field field = violation.getLeafBean().getClass().getDeclaredField(property);
      return ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]
          == String.class;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConstraintKind kindOf(Annotation constraint, Object invalid, String path) {
    if (constraint instanceof NotNull) {
      return ConstraintKind.REQUIRED;
    }
    if (constraint instanceof Size size) {
      int length =
          invalid instanceof Collection<?> c ? c.size() : ((CharSequence) invalid).length();
      return length < size.min() ? ConstraintKind.MIN_LENGTH : ConstraintKind.MAX_LENGTH;
    }
    if (constraint instanceof Min) {
      return ConstraintKind.MIN_VALUE;
    }
    if (constraint instanceof Max) {
      return ConstraintKind.MAX_VALUE;
    }
    if (constraint instanceof Pattern) {
      return ENUM_MEMBERS.contains(path.substring(path.lastIndexOf('.') + 1))
          ? ConstraintKind.ENUM
          : ConstraintKind.PATTERN;
    }
    throw new IllegalStateException("unexpected constraint " + constraint);
  }

  private static String awsPath(Path path, boolean stringElement) {
    List<String> segments = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable()
          && !(stringElement && node.getKind() == ElementKind.CONTAINER_ELEMENT)) {
        segments.add(String.valueOf(node.getIndex() + 1));
        segments.add("member");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        segments.add(node.getName());
      }
    }
    return String.join(".", segments);
  }
}
