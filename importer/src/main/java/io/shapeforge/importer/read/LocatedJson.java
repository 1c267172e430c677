package io.shapeforge.importer.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.importer.ImportMessages;
import io.shapeforge.importer.ModelException;
import io.shapeforge.importer.ModelProblem;
import io.shapeforge.importer.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document and the line of each of its object members, so that an error about {@code
 * shapes/Foo/members/Bar} can say which line declares it. Jackson's tree keeps no locations, so the
 * file is also streamed once to index them by JSON pointer.
 */
final class LocatedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String file;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedJson(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /** Reads a file; a syntax error is a model error with its line. */
  static LocatedJson read(Path path) throws ModelException, IOException {
    byte[] bytes = Files.readAllBytes(path);
    String file = path.toString();
    try {
      JsonNode root = MAPPER.readTree(bytes);
      return new LocatedJson(file, root, index(bytes));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ModelException(
          new ModelProblem(
              new SourceRef(file, line),
              ImportMessages.format(ImportMessages.SYNTAX, e.getOriginalMessage())));
    }
  }

  private static Map<String, Integer> index(byte[] bytes) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          lines.put(
              parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  JsonNode root() {
    return root;
  }

  String file() {
    return file;
  }

  /**
   * Where the member at this path is declared, such as {@code at("shapes", "Foo", "members")}; the
   * nearest enclosing member that has a line when the path itself has none.
   */
  SourceRef at(String... segments) {
    for (int length = segments.length; length > 0; length--) {
      StringBuilder pointer = new StringBuilder();
      for (int i = 0; i < length; i++) {
        pointer.append('/').append(segments[i].replace("~", "~0").replace("/", "~1"));
      }
      Integer line = lines.get(pointer.toString());
      if (line != null) {
        return new SourceRef(file, line);
      }
    }
    return new SourceRef(file, 1);
  }
}
