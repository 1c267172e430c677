package io.shapeforge.processor.check;

import io.shapeforge.processor.model.SourceRef;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic.Kind;

/**
 * Collects the diagnostics of one check pass, in the order found, and keeps them per subject (the
 * shape or operation each invalidates), as Dagger's {@code ValidationReport} does: a subject with
 * an error is dropped from generation, and with it whatever refers to it.
 */
final class Findings {

  private final List<Diagnostic> all = new ArrayList<>();
  private final Map<String, List<Diagnostic>> bySubject = new LinkedHashMap<>();

  void error(
      String owner,
      String message,
      SourceRef at,
      Class<? extends Annotation> annotation,
      String attribute) {
    add(new Diagnostic(Kind.ERROR, owner, message, at, annotation, attribute));
  }

  void warning(
      String owner,
      String message,
      SourceRef at,
      Class<? extends Annotation> annotation,
      String attribute) {
    add(new Diagnostic(Kind.WARNING, owner, message, at, annotation, attribute));
  }

  private void add(Diagnostic diagnostic) {
    all.add(diagnostic);
    bySubject.computeIfAbsent(diagnostic.owner(), owner -> new ArrayList<>()).add(diagnostic);
  }

  /** Whether {@code subject} has an error so far. */
  boolean hasError(String subject) {
    return bySubject.getOrDefault(subject, List.of()).stream().anyMatch(Diagnostic::isError);
  }

  /** The number of errors so far, over every subject. */
  int errorCount() {
    return (int) all.stream().filter(Diagnostic::isError).count();
  }

  List<Diagnostic> list() {
    return List.copyOf(all);
  }
}
