package io.shapeforge.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The test models under {@code src/test/resources/fixtures}, and reading what an import wrote. */
final class Fixtures {
  private Fixtures() {}

  static Path fixture(String name) {
    Path path = Path.of("src/test/resources/fixtures").resolve(name);
    if (!Files.exists(path)) {
      throw new IllegalStateException("No fixture " + path.toAbsolutePath());
    }
    return path;
  }

  /** Every written file by its path below the root, with its text. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path path : paths) {
      files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
    }
    return files;
  }
}
