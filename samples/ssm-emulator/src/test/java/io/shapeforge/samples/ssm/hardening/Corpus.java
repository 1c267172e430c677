package io.shapeforge.samples.ssm.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a fuzz test's committed seed corpus from where jazzer-junit looks for it: the test resource
 * directory {@code <TestClass>Inputs/<method>/} next to the test class.
 */
final class Corpus {
  private Corpus() {}

  static List<byte[]> files(Class<?> fuzzTest, String method) throws IOException {
    URL directory = fuzzTest.getResource(fuzzTest.getSimpleName() + "Inputs/" + method);
    if (directory == null) {
      throw new IllegalStateException("no corpus for " + fuzzTest.getSimpleName() + "#" + method);
    }
    Path root;
    try {
      root = Path.of(directory.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> paths = Files.list(root).sorted()) {
      paths.filter(Files::isRegularFile).forEach(path -> seeds.add(read(path)));
    }
    return seeds;
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
