package io.shapeforge.importer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * AWS's SSM model as committed in {@code samples/ssm-emulator/src/main/model} (Apache 2.0, with its
 * notices); surefire passes the folder as {@code shapeforge.ssm.models}.
 */
final class SsmModels {
  private SsmModels() {}

  static Path folder() {
    String folder = System.getProperty("shapeforge.ssm.models");
    if (folder == null) {
      throw new IllegalStateException("Run through Maven: surefire sets shapeforge.ssm.models");
    }
    Path path = Path.of(folder);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("No SSM model folder at " + path);
    }
    return path;
  }

  /** The JSON service model (146 operations): the wire-exact one. */
  static Path serviceModel() {
    return folder().resolve("ssm-2014-11-06.c2j.json");
  }

  static Path paginators() {
    return folder().resolve("ssm-2014-11-06.paginators.json");
  }

  /** The Smithy 2.0 JSON AST rendering (144 operations). */
  static Path smithyModel() {
    return folder().resolve("ssm-2014-11-06.json");
  }
}
