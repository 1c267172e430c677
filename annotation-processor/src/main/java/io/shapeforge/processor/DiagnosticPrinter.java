package io.shapeforge.processor;

import io.shapeforge.processor.check.Diagnostic;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.processor.read.Mirrors;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Prints a {@link Diagnostic} where javac can show it: turns its {@link SourceRef} back into the
 * spec element, its annotation into the mirror (on the member, or on a type argument of its type),
 * and its attribute path into the annotation value. Where a part is missing (a value left at its
 * default), the message goes to the deepest part that exists.
 */
final class DiagnosticPrinter {

  private final Elements elements;
  private final Messager messager;

  DiagnosticPrinter(Elements elements, Messager messager) {
    this.elements = elements;
    this.messager = messager;
  }

  void print(Diagnostic diagnostic) {
    SourceRef at = diagnostic.at();
    TypeElement type = elements.getTypeElement(at.typeName());
    if (type == null) {
      messager.printMessage(diagnostic.kind(), diagnostic.message());
      return;
    }
    Element element = at.member().flatMap(name -> member(type, name)).orElse(type);
    AnnotatedConstruct annotated = typeArgument(element, at.typeArguments()).orElse(element);
    AnnotationMirror mirror =
        diagnostic.annotation() == null
            ? null
            : Mirrors.find(annotated, diagnostic.annotation()).orElse(null);
    if (mirror == null) {
      messager.printMessage(diagnostic.kind(), diagnostic.message(), element);
      return;
    }
    AnnotationValue value =
        diagnostic.attribute() == null ? null : value(mirror, diagnostic.attribute());
    if (value == null) {
      messager.printMessage(diagnostic.kind(), diagnostic.message(), element, mirror);
    } else {
      messager.printMessage(diagnostic.kind(), diagnostic.message(), element, mirror, value);
    }
  }

  /** The member method, or enum constant, of that name; the first one when it is overloaded. */
  private static Optional<Element> member(TypeElement type, String name) {
    for (Element enclosed : type.getEnclosedElements()) {
      boolean member =
          enclosed.getKind() == ElementKind.METHOD
              || enclosed.getKind() == ElementKind.ENUM_CONSTANT;
      if (member && enclosed.getSimpleName().contentEquals(name)) {
        return Optional.of(enclosed);
      }
    }
    return Optional.empty();
  }

  /**
   * The type argument a path leads to in the member's return type, where type-use annotations sit.
   */
  private static Optional<AnnotatedConstruct> typeArgument(Element element, List<Integer> path) {
    if (path.isEmpty() || !(element instanceof ExecutableElement method)) {
      return Optional.empty();
    }
    TypeMirror type = method.getReturnType();
    for (int index : path) {
      if (type.getKind() != TypeKind.DECLARED
          || ((DeclaredType) type).getTypeArguments().size() <= index) {
        return Optional.empty();
      }
      type = ((DeclaredType) type).getTypeArguments().get(index);
    }
    return Optional.of(type);
  }

  /**
   * The value an attribute path names: {@code max}, {@code errors.1} (an array element, 1-based),
   * {@code filters.2.member} (a value of an annotation nested in an array). Stops at the deepest
   * part that was written out; {@code null} when not even the first was.
   */
  private static AnnotationValue value(AnnotationMirror mirror, String path) {
    AnnotationValue found = null;
    AnnotationMirror current = mirror;
    for (String part : path.split("\\.")) {
      if (part.chars().allMatch(Character::isDigit)) {
        if (found == null) {
          return null;
        }
        int index = Integer.parseInt(part) - 1;
        Object content = found.getValue();
        if (content instanceof List<?> list) {
          if (index >= list.size()) {
            return found;
          }
          found = (AnnotationValue) list.get(index);
        } else if (index != 0) {
          return found; // a single value written without braces is element 1
        }
        current = found.getValue() instanceof AnnotationMirror nested ? nested : null;
      } else {
        if (current == null) {
          return found;
        }
        Optional<AnnotationValue> next = Mirrors.explicitValue(current, part);
        if (next.isEmpty()) {
          return found;
        }
        found = next.get();
        current = found.getValue() instanceof AnnotationMirror nested ? nested : null;
      }
    }
    return found;
  }
}
