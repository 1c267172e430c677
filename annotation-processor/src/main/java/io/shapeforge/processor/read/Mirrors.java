package io.shapeforge.processor.read;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Finds annotation mirrors and their values, defaults included. Mirrors rather than {@code
 * getAnnotation(...)} because class-valued members cannot be read otherwise, and because
 * diagnostics point at a mirror and its value.
 */
public final class Mirrors {

  private final Elements elements;

  public Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of this type directly on {@code construct}, if present. */
  public static Optional<AnnotationMirror> find(
      AnnotatedConstruct construct, Class<? extends Annotation> type) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(type.getCanonicalName())) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code construct} carries the annotation directly. */
  public static boolean has(AnnotatedConstruct construct, Class<? extends Annotation> type) {
    return find(construct, type).isPresent();
  }

  /** The value of {@code name}, falling back to its default. */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + name + " in " + mirror);
  }

  /**
   * The value of {@code name} only if it was written explicitly, for pointing diagnostics at it.
   */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** A {@code String} member. */
  public String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  /** An {@code int} member. */
  public int intValue(AnnotationMirror mirror, String name) {
    return (Integer) value(mirror, name).getValue();
  }

  /** A {@code long} member. */
  public long longValue(AnnotationMirror mirror, String name) {
    return (Long) value(mirror, name).getValue();
  }

  /** A {@code Class<?>} member. */
  public TypeMirror type(AnnotationMirror mirror, String name) {
    return (TypeMirror) value(mirror, name).getValue();
  }

  /** An enum member, by constant name. */
  public String enumName(AnnotationMirror mirror, String name) {
    return ((javax.lang.model.element.VariableElement) value(mirror, name).getValue())
        .getSimpleName()
        .toString();
  }

  /** An array member's elements. */
  @SuppressWarnings("unchecked")
  public List<? extends AnnotationValue> array(AnnotationMirror mirror, String name) {
    return (List<? extends AnnotationValue>) value(mirror, name).getValue();
  }
}
