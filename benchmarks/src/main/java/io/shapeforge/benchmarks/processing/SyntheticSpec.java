package io.shapeforge.benchmarks.processing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * A generated spec of {@code shapes} {@code @Structure} interfaces in one {@code @Service} package,
 * with a constraint on every member: lengths and patterns on strings, ranges on numbers, a length
 * on the list and on its elements, {@code @Required} on timestamps, booleans and nested structures.
 * Each structure after the first nests an earlier one, so the spec is one connected model as in
 * AWS's.
 *
 * <pre>{@code
 * List<JavaFileObject> sources = SyntheticSpec.sources(1_000);
 * }</pre>
 */
public final class SyntheticSpec {
  /** The package of the generated spec. */
  public static final String PACKAGE = "io.shapeforge.benchmarks.synthetic.spec";

  private SyntheticSpec() {}

  /** The package-info and {@code shapes} structure sources, in memory. */
  public static List<JavaFileObject> sources(int shapes) {
    if (shapes < 1) {
      throw new IllegalArgumentException("shapes must be positive: " + shapes);
    }
    List<JavaFileObject> sources = new ArrayList<>(shapes + 1);
    sources.add(source("package-info", packageInfo()));
    for (int shape = 0; shape < shapes; shape++) {
      sources.add(source(structureName(shape), structure(shape)));
    }
    return sources;
  }

  /** The simple name of structure {@code shape}, e.g. {@code SyntheticShape0042}. */
  public static String structureName(int shape) {
    return String.format("SyntheticShape%04d", shape);
  }

  private static String packageInfo() {
    return "/** A synthetic service for the annotation-processing benchmark. */\n"
        + "@Service(name = \"SyntheticService\", targetPrefix = \"SyntheticService\", protocol = Protocol.AWS_JSON_1_1)\n"
        + "package "
        + PACKAGE
        + ";\n\n"
        + "import io.shapeforge.spec.Protocol;\n"
        + "import io.shapeforge.spec.Service;\n";
  }

  private static String structure(int shape) {
    StringBuilder source =
        new StringBuilder()
            .append("package ")
            .append(PACKAGE)
            .append(";\n\n")
            .append("import io.shapeforge.spec.Length;\n")
            .append("import io.shapeforge.spec.Pattern;\n")
            .append("import io.shapeforge.spec.Range;\n")
            .append("import io.shapeforge.spec.Required;\n")
            .append("import io.shapeforge.spec.Structure;\n")
            .append("import java.time.Instant;\n")
            .append("import java.util.List;\n\n")
            .append("/** Synthetic structure ")
            .append(shape)
            .append(". */\n")
            .append("@Structure\n")
            .append("interface ")
            .append(structureName(shape))
            .append(" {\n")
            .append("  /** An identifier. */\n")
            .append(
                "  @Required\n  @Length(min = 1, max = 64)\n  @Pattern(\"^[a-z][a-z0-9-]*$\")\n  String name();\n\n")
            .append("  /** A description. */\n")
            .append("  @Length(min = 0, max = ")
            .append(256 + shape % 7)
            .append(")\n  String description();\n\n")
            .append("  /** A count. */\n")
            .append("  @Range(min = \"0\", max = \"")
            .append(1_000 + shape)
            .append("\")\n  Integer count();\n\n")
            .append("  /** A size in bytes. */\n")
            .append("  @Range(min = \"1\", max = \"1099511627776\")\n  Long size();\n\n")
            .append("  /** Tags. */\n")
            .append(
                "  @Length(min = 0, max = 10)\n  List<@Length(min = 1, max = 32) String> tags();\n\n")
            .append("  /** When it was created. */\n")
            .append("  @Required\n  Instant createdAt();\n\n")
            .append("  /** Whether it is enabled. */\n")
            .append("  @Required\n  Boolean enabled();\n");
    if (shape > 0) {
      source
          .append("\n  /** An earlier structure it nests. */\n")
          .append("  @Required\n  ")
          .append(structureName(shape / 2))
          .append(" parent();\n");
    }
    return source.append("}\n").toString();
  }

  private static JavaFileObject source(String simpleName, String code) {
    URI uri =
        URI.create(
            "string:///"
                + PACKAGE.replace('.', '/')
                + "/"
                + simpleName
                + JavaFileObject.Kind.SOURCE.extension);
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
