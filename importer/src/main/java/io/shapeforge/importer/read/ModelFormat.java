package io.shapeforge.importer.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The formats the importer reads, told from a file's content (never from its name alone): a JSON
 * object with a {@code "smithy"} version is a Smithy JSON AST, one with {@code "metadata"} and
 * {@code "shapes"} an AWS JSON service model, one with {@code "pagination"} an AWS paginators file,
 * and anything that is not JSON a Smithy IDL file.
 */
public enum ModelFormat {
  SMITHY_IDL("a Smithy IDL file"),
  SMITHY_JSON("a Smithy JSON AST"),
  AWS_JSON("an AWS JSON service model"),
  AWS_PAGINATORS("an AWS paginators file"),
  /** JSON of no known kind. */
  UNKNOWN_JSON("JSON of no known model format");

  private final String description;

  ModelFormat(String description) {
    this.description = description;
  }

  /** For messages: "a Smithy JSON AST". */
  public String description() {
    return description;
  }

  /** Whether files of the two formats can be loaded together. */
  public boolean isSmithy() {
    return this == SMITHY_IDL || this == SMITHY_JSON;
  }

  /**
   * Reads only the top-level member names of a JSON file (their values are skipped, not built), so
   * telling a format costs one quick pass. A file that does not start as a JSON object is Smithy
   * IDL; a JSON file broken further on is classed by the names before the break, and its reader
   * then reports the syntax error with its line.
   */
  public static ModelFormat of(Path file) throws IOException {
    Set<String> keys = new HashSet<>();
    try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return SMITHY_IDL;
      }
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        keys.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (JsonProcessingException e) {
      if (keys.isEmpty()) {
        return SMITHY_IDL;
      }
    }
    if (keys.contains("smithy")) {
      return SMITHY_JSON;
    } else if (keys.contains("pagination")) {
      return AWS_PAGINATORS;
    } else if (keys.contains("metadata") && keys.contains("shapes")) {
      return AWS_JSON;
    }
    return UNKNOWN_JSON;
  }
}
