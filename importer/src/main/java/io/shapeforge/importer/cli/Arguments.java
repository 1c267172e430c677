package io.shapeforge.importer.cli;

import io.shapeforge.importer.Importer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/** The parsed flags of one run; a bad flag is a {@link UsageException}. */
final class Arguments {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar shapeforge-import.jar --model PATH [--model PATH]... [--paginators FILE]",
          "                                       [--service NAMESPACE#Name] --package PKG --out DIR",
          "",
          "  --model PATH        a .smithy file, a Smithy JSON AST, an AWS JSON service model",
          "                      (service-2.json) or a directory of them; the format is told from",
          "                      the content. Repeat for several files.",
          "  --paginators FILE   the paginators of an AWS JSON service model; by default one among",
          "                      the models, else paginators-1.json beside the service model",
          "  --service ID        the service to import, such as com.example#Weather; needed only",
          "                      when the models define several",
          "  --package PKG       the Java package of the spec, such as com.example.weather.spec",
          "  --out DIR           the source root to write into; the package's directories are created",
          "",
          "Exit status: 0 done, 1 model errors (each with its file and line), 2 bad flags.");

  /** A flag problem: exit status 2 with the usage. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  final boolean help;
  final Importer.Request request;

  private Arguments(boolean help, Importer.Request request) {
    this.help = help;
    this.request = request;
  }

  static Arguments parse(String... args) throws UsageException {
    List<Path> models = new ArrayList<>();
    Path paginators = null;
    String service = null;
    String packageName = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        return new Arguments(true, null);
      }
      if (!List.of("--model", "--paginators", "--service", "--package", "--out").contains(flag)) {
        throw new UsageException("unknown flag: " + flag);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--model" -> models.add(Path.of(value));
        case "--paginators" -> paginators = once(flag, paginators, Path.of(value));
        case "--service" -> {
          service = once(flag, service, value);
          if (!value.matches("[A-Za-z_][A-Za-z0-9_.]*#[A-Za-z_][A-Za-z0-9_]*")) {
            throw new UsageException(
                "--service takes NAMESPACE#Name, such as com.example#Weather: " + value);
          }
        }
        case "--package" -> {
          packageName = once(flag, packageName, value);
          if (!SourceVersion.isName(value)) {
            throw new UsageException("--package is not a Java package name: " + value);
          }
        }
        default -> out = once(flag, out, Path.of(value));
      }
    }
    if (models.isEmpty()) {
      throw new UsageException("--model is required");
    }
    if (packageName == null) {
      throw new UsageException("--package is required");
    }
    if (out == null) {
      throw new UsageException("--out is required");
    }
    return new Arguments(
        false, new Importer.Request(models, paginators, service, packageName, out));
  }

  private static <T> T once(String flag, T previous, T value) throws UsageException {
    if (previous != null) {
      throw new UsageException(flag + " is given twice");
    }
    return value;
  }
}
