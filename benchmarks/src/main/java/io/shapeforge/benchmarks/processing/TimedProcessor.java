package io.shapeforge.benchmarks.processing;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and adds up the wall time javac spends inside its {@code init} and {@code process}
 * calls: the processor's own cost, apart from parsing, attributing and writing classes.
 */
final class TimedProcessor implements Processor {
  private final Processor delegate;
  private long nanos;
  private int rounds;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Nanoseconds spent inside the wrapped processor so far. */
  long nanos() {
    return nanos;
  }

  /** How many rounds the processor was called for. */
  int rounds() {
    return rounds;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    long start = System.nanoTime();
    try {
      delegate.init(environment);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    try {
      rounds++;
      return delegate.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
