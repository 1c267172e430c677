package io.shapeforge.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles imported spec sources with javac against the spec language only (the test class path
 * holds api-model; no annotation processor runs), as the issue asks: the spec itself must be valid
 * Java before any processor sees it.
 */
final class SpecCompiler {
  private SpecCompiler() {}

  /** javac's output; empty when everything compiled without a warning. */
  static String compile(Path sourceRoot, Path classes) throws IOException {
    List<java.io.File> sources;
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      sources =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .sorted()
              .map(Path::toFile)
              .collect(Collectors.toList());
    }
    Files.createDirectories(classes);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-Xlint:all",
                "-Werror",
                "-encoding",
                "UTF-8",
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path")));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(output, files, null, args, null, files.getJavaFileObjectsFromFiles(sources))
              .call();
      return compiled ? output.toString() : "javac failed:\n" + output;
    }
  }
}
