package io.shapeforge.benchmarks.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in-process with the system {@code javac}, into a fresh temporary directory each
 * time, on this JVM's class path (which holds the spec annotations and what generated code needs).
 */
final class SpecCompiler {
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  SpecCompiler() {
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    }
  }

  /** Compiles with {@code -proc:none}. */
  CompileRun withoutProcessing(List<JavaFileObject> sources) {
    return compile(sources, null);
  }

  /**
   * Compiles with only the processor {@code processor} supplies (a new one per call), timing it.
   */
  CompileRun withProcessor(List<JavaFileObject> sources, Supplier<Processor> processor) {
    return compile(sources, processor);
  }

  private CompileRun compile(List<JavaFileObject> sources, Supplier<Processor> processor) {
    Path work = null;
    try {
      work = Files.createTempDirectory("shapeforge-processor-cost");
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path generated = Files.createDirectories(work.resolve("generated"));
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--release",
                  "17",
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString(),
                  "-implicit:none",
                  "-Xlint:none"));
      TimedProcessor timed = null;
      if (processor == null) {
        options.add("-proc:none");
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
        JavaCompiler.CompilationTask task =
            javac.getTask(null, files, diagnostics, options, null, sources);
        if (processor != null) {
          timed = new TimedProcessor(processor.get());
          task.setProcessors(List.of(timed));
        }
        long start = System.nanoTime();
        task.call();
        long total = System.nanoTime() - start;
        List<Diagnostic<? extends JavaFileObject>> errors =
            diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .toList();
        return new CompileRun(
            total / 1e6,
            timed == null ? 0 : timed.nanos() / 1e6,
            timed == null ? 0 : timed.cpuNanos() < 0 ? -1 : timed.cpuNanos() / 1e6,
            timed == null ? 0 : timed.gcMillis(),
            countFiles(generated),
            errors.size(),
            errors.isEmpty() ? null : errors.get(0).toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(work);
    }
  }

  private static int countFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return (int) files.filter(Files::isRegularFile).count();
    }
  }

  private static void deleteQuietly(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary directory is harmless.
    }
  }
}
