package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.provider.Arguments;

/** Compiles spec fixtures with the processor. */
final class Fixtures {

  private Fixtures() {}

  /**
   * The golden spec: an SSM-like filter, a task with an enum and a timestamp, an error, and a paged
   * query over stored tasks of an execution.
   */
  static final String[] GOLDEN = {
    "specs/golden/package-info.java",
    "specs/golden/MaintenanceWindowFilter.java",
    "specs/golden/MaintenanceWindowExecutionStatus.java",
    "specs/golden/WindowExecutionTask.java",
    "specs/golden/DoesNotExistException.java",
    "specs/golden/DescribeTasks.java",
    "specs/golden/CancelTask.java",
  };

  /**
   * The golden spec as an importer writes it, its query declared apart: {@code
   * specs/apart/DescribeTasks.java} carries no {@code @Identifier} and no {@code @Query}, and
   * {@code DescribeTasksBehaviour} names the operation and the keys. It generates the same files.
   */
  static final String[] APART = {
    "specs/golden/package-info.java",
    "specs/golden/MaintenanceWindowFilter.java",
    "specs/golden/MaintenanceWindowExecutionStatus.java",
    "specs/golden/WindowExecutionTask.java",
    "specs/golden/DoesNotExistException.java",
    "specs/apart/DescribeTasks.java",
    "specs/apart/DescribeTasksBehaviour.java",
    "specs/golden/CancelTask.java",
  };

  /**
   * One shape of each kind: a structure with every member kind and trait, a union and an int enum.
   */
  static final String[] KINDS = {
    "specs/kinds/Kinds.java", "specs/kinds/Payment.java", "specs/kinds/Level.java",
  };

  static JavaFileObject[] resources(String... names) {
    return Arrays.stream(names).map(JavaFileObjects::forResource).toArray(JavaFileObject[]::new);
  }

  static Compilation compile(JavaFileObject... sources) {
    // -Xlint:all as the samples build uses it: generated code must compile without warnings.
    return javac()
        .withOptions("-Xlint:all,-processing")
        .withProcessors(new ShapeforgeProcessor())
        .compile(sources);
  }

  /**
   * Like {@link #compile}, for a spec whose file holds several package-private types that another
   * file uses, as a declaration apart from an imported spec does (the importer itself writes one
   * type per file): javac's {@code auxiliaryclass} lint, which warns about exactly that, is off.
   */
  static Compilation compileAcrossFiles(JavaFileObject... sources) {
    return javac()
        .withOptions("-Xlint:all,-processing,-auxiliaryclass")
        .withProcessors(new ShapeforgeProcessor())
        .compile(sources);
  }

  /**
   * Runs only annotation processing, writing generated sources below {@code generatedSources}, even
   * when there are errors. Returns the error messages.
   */
  static List<String> generateOnly(Path generatedSources, JavaFileObject... sources)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generatedSources));
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null, files, diagnostics, List.of("-proc:only"), null, Arrays.asList(sources));
      task.setProcessors(List.of(new ShapeforgeProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }

  /**
   * Asserts what every spec mistake must be: the compilation fails with exactly one error, {@code
   * message}, reported in {@code file} on the line that contains {@code line}.
   */
  static void assertOneError(
      Compilation compilation, JavaFileObject file, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /**
   * {@code lines} with the one line that contains {@code written} changed to contain {@code
   * replacement}: a fixture's way of making exactly one mistake.
   *
   * @throws IllegalArgumentException when not exactly one line contains {@code written}
   */
  static List<String> replaceOneLine(List<String> lines, String written, String replacement) {
    List<String> changed = new ArrayList<>();
    int found = 0;
    for (String line : lines) {
      if (line.contains(written)) {
        found++;
        changed.add(line.replace(written, replacement));
      } else {
        changed.add(line);
      }
    }
    if (found != 1) {
      throw new IllegalArgumentException(found + " lines contain " + written);
    }
    return changed;
  }

  /**
   * A row of a table of declaration mistakes: the line that contains {@code written} gets {@code
   * replacement}, and the error {@code message} is reported on that changed line.
   */
  static Arguments mistake(String written, String replacement, String message) {
    return mistake(written, replacement, message, replacement);
  }

  /**
   * As {@link #mistake(String, String, String)}, the error reported on the line with {@code
   * reportedOn}.
   */
  static Arguments mistake(String written, String replacement, String message, String reportedOn) {
    return Arguments.of(written, replacement, message, reportedOn);
  }

  /** Writes the class files {@code compilation} generated below {@code classes}, to be loaded. */
  static void writeClasses(Compilation compilation, Path classes) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }

  /** The text of a generated source file. */
  static String sourceOf(Compilation compilation, String qualifiedName) {
    try {
      return compilation
          .generatedSourceFile(qualifiedName)
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
