package io.shapeforge.benchmarks.processing;

import io.shapeforge.benchmarks.cli.Flags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * What javac's {@code Filer.createSourceFile} costs per file on its own, apart from any processor:
 * a trivial processor creates {@code --files} one-line classes and the thread's CPU time around
 * each {@code createSourceFile} and each write is added up. Before it creates a file, javac looks
 * the new type's name up in every module of the compilation's module graph ({@code
 * checkNameAndExistence}, then {@code Elements.getTypeElement}), so the cost follows the size of
 * that graph; {@code --limit-modules java.base} shows the difference.
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.processing.FilerLookupCost --files 1000
 * java -cp benchmarks.jar io.shapeforge.benchmarks.processing.FilerLookupCost --files 1000 --limit-modules java.base
 * </pre>
 *
 * <p>It prints one line per compilation (three; the first warms javac up).
 */
public final class FilerLookupCost {

  private FilerLookupCost() {}

  /** Runs the measurement; flags {@code --files} and {@code --limit-modules}. */
  public static void main(String[] args) throws IOException {
    Flags flags = Flags.parse(args, Set.of("files", "limit-modules"));
    int files = flags.intValue("files", 1_000);
    String limitModules = flags.value("limit-modules", "");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    for (int run = 0; run < 3; run++) {
      Path out = Files.createTempDirectory("shapeforge-filer-cost");
      List<String> options =
          new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", out.toString()));
      if (!limitModules.isEmpty()) {
        options.addAll(List.of("--limit-modules", limitModules));
      }
      FileCreator creator = new FileCreator(files);
      JavaCompiler.CompilationTask task =
          javac.getTask(null, null, null, options, null, List.of(trigger()));
      task.setProcessors(List.of(creator));
      task.call();
      System.out.printf(
          "compilation %d: createSourceFile %.3f ms of CPU per file, writing %.3f ms%n",
          run, creator.createNanos / 1e6 / files, creator.writeNanos / 1e6 / files);
    }
  }

  /** One source for the processor to run on. */
  private static JavaFileObject trigger() {
    return new SimpleJavaFileObject(
        URI.create("string:///p/spec/Trigger.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "package p.spec; class Trigger {}";
      }
    };
  }

  /** Creates {@code files} classes {@code p.model.GeneratedN} in its first round. */
  @SupportedAnnotationTypes("*")
  private static final class FileCreator extends AbstractProcessor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final int files;
    private boolean done;
    private long createNanos;
    private long writeNanos;

    FileCreator(int files) {
      this.files = files;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try {
        for (int i = 0; i < files; i++) {
          long start = THREADS.getCurrentThreadCpuTime();
          JavaFileObject file = processingEnv.getFiler().createSourceFile("p.model.Generated" + i);
          long created = THREADS.getCurrentThreadCpuTime();
          try (Writer writer = file.openWriter()) {
            writer.write("package p.model;\n\nclass Generated" + i + " {}\n");
          }
          createNanos += created - start;
          writeNanos += THREADS.getCurrentThreadCpuTime() - created;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
