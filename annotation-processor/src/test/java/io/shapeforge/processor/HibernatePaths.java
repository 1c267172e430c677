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
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Translates a Hibernate Validator violation into the AWS path and kind the generated validator
 * uses.
 */
final class HibernatePaths {

  private HibernatePaths() {}

  /**
   * {@code filters[1].key} becomes {@code filters.2.member.key}; a broken element of a list of
   * scalars, {@code filters[1].values[0].<list element>}, is reported at the list, {@code
   * filters.2.member.values}, as the generated validator reports it.
   */
  static String awsPath(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    Class<?> bean = violation.getRootBeanClass();
    for (Path.Node node : violation.getPropertyPath()) {
      boolean scalarElement =
          node.getKind() == ElementKind.CONTAINER_ELEMENT && isScalarListElement(violation);
      if (node.isInIterable() && !scalarElement) {
        path.append('.').append(node.getIndex() + 1).append(".member");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        path.append(path.length() == 0 ? "" : ".").append(wirePath(bean, node.getName()));
        bean = propertyClass(bean, node.getName());
      }
    }
    return path.toString();
  }

  /**
   * AWS's name for a property: its wire name ({@code @JsonProperty} on the accessor) with only the
   * first letter lower-cased, so {@code taskArn} on the wire as {@code ARN} is {@code aRN}.
   */
  private static String wirePath(Class<?> bean, String property) {
    try {
      com.fasterxml.jackson.annotation.JsonProperty wire =
          bean.getMethod(property)
              .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      String name = wire == null ? property : wire.value();
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    } catch (NoSuchMethodException e) {
      return property;
    }
  }

  /** The model class a property holds, or the element class of a list property. */
  private static Class<?> propertyClass(Class<?> bean, String property) {
    try {
      Type type = bean.getDeclaredField(property).getGenericType();
      if (type instanceof ParameterizedType parameterized) {
        Type[] arguments = parameterized.getActualTypeArguments();
        type = arguments[arguments.length - 1];
      }
      return type instanceof Class<?> c ? c : Object.class;
    } catch (NoSuchFieldException e) {
      return Object.class;
    }
  }

  /** The kind, or {@link ConstraintKind#ELEMENT} for a broken element of a list of scalars. */
  static ConstraintKind awsKind(ConstraintViolation<?> violation) {
    if (lastNode(violation).getKind() == ElementKind.CONTAINER_ELEMENT
        && isScalarListElement(violation)) {
      return ConstraintKind.ELEMENT;
    }
    return kind(violation);
  }

  /** Whether the violation is on an element of a list whose elements are no model class. */
  private static boolean isScalarListElement(ConstraintViolation<?> violation) {
    Path.Node last = lastNode(violation);
    if (last.getKind() != ElementKind.CONTAINER_ELEMENT) {
      return false;
    }
    String listName = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        listName = node.getName();
      }
    }
    try {
      Field field = violation.getLeafBean().getClass().getDeclaredField(listName);
      Type element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
      return element instanceof Class<?> c && (c.getName().startsWith("java.") || c.isEnum());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          "no field " + listName + " on " + violation.getLeafBean().getClass(), e);
    }
  }

  private static Path.Node lastNode(ConstraintViolation<?> violation) {
    Path.Node last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node;
    }
    return last;
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
