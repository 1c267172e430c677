package io.shapeforge.processor.check;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Collects the diagnostics of one check pass, in the order found. */
final class Findings {

  private final List<Diagnostic> all = new ArrayList<>();

  void error(String owner, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
    all.add(new Diagnostic(Kind.ERROR, owner, message, element, mirror, value));
  }

  void warning(String owner, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
    all.add(new Diagnostic(Kind.WARNING, owner, message, element, mirror, value));
  }

  List<Diagnostic> list() {
    return List.copyOf(all);
  }
}
