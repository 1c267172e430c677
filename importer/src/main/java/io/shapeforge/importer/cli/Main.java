package io.shapeforge.importer.cli;

import io.shapeforge.importer.Importer;
import io.shapeforge.importer.ModelException;
import io.shapeforge.importer.ModelProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar shapeforge-import.jar --model PATH ... --package PKG --out DIR}: imports a model
 * into spec sources. Exit status 0 when done, 1 on model errors (each printed as {@code file:line:
 * error: [tag] message}), 2 on bad flags (with the usage).
 */
public final class Main {
  /** Done. */
  public static final int OK = 0;

  /** The model has errors, or a file cannot be read or written. */
  public static final int MODEL_ERRORS = 1;

  /** Bad flags. */
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs once and returns the exit status; for tests and embedding. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (Arguments.UsageException e) {
      err.println("shapeforge-import: " + e.getMessage());
      err.println(Arguments.USAGE);
      return USAGE;
    }
    if (arguments.help) {
      out.println(Arguments.USAGE);
      return OK;
    }
    try {
      List<Path> written = Importer.importModels(arguments.request);
      out.println(
          "shapeforge-import: wrote "
              + written.size()
              + " files of package "
              + arguments.request.packageName()
              + " to "
              + arguments.request.outputDirectory());
      return OK;
    } catch (ModelException e) {
      for (ModelProblem problem : e.problems()) {
        err.println(problem);
      }
      err.println(e.problems().size() + (e.problems().size() == 1 ? " error" : " errors"));
      return MODEL_ERRORS;
    } catch (IOException e) {
      err.println("shapeforge-import: " + e);
      return MODEL_ERRORS;
    }
  }
}
