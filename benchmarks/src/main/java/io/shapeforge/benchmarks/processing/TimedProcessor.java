package io.shapeforge.benchmarks.processing;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
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
 * Wraps a processor and adds up the wall time javac spends inside its {@code init} and {@code
 * process} calls: the processor's own cost, apart from parsing, attributing and writing classes. It
 * also adds up the thread's CPU time and the garbage collectors' time over the same calls: on a
 * loaded machine the wall time counts the time other processes held the CPU, and the GC time is
 * mostly javac's own heap (its trees and symbols) being collected while the processor happens to
 * allocate.
 */
final class TimedProcessor implements Processor {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final List<GarbageCollectorMXBean> COLLECTORS =
      ManagementFactory.getGarbageCollectorMXBeans();

  private final Processor delegate;
  private long nanos;
  private long cpuNanos;
  private long gcMillis;
  private int rounds;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Nanoseconds spent inside the wrapped processor so far. */
  long nanos() {
    return nanos;
  }

  /**
   * CPU nanoseconds this thread spent inside the wrapped processor so far, or -1 if the JVM cannot
   * tell.
   */
  long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? cpuNanos : -1;
  }

  /** Milliseconds the garbage collectors ran while inside the wrapped processor so far. */
  long gcMillis() {
    return gcMillis;
  }

  /** How many rounds the processor was called for. */
  int rounds() {
    return rounds;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    Clock clock = new Clock();
    try {
      delegate.init(environment);
    } finally {
      clock.stop();
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Clock clock = new Clock();
    try {
      rounds++;
      return delegate.process(annotations, round);
    } finally {
      clock.stop();
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

  /** The three readings taken when a call starts, added to the totals when it ends. */
  private final class Clock {
    private final long wall = System.nanoTime();
    private final long cpu = threadCpuNanos();
    private final long gc = collectorMillis();

    void stop() {
      nanos += System.nanoTime() - wall;
      cpuNanos += threadCpuNanos() - cpu;
      gcMillis += collectorMillis() - gc;
    }
  }

  private static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  private static long collectorMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : COLLECTORS) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
