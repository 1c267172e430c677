package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Renders where a decode failed as a JSON path in wire names with 0-based indices, such as {@code
 * $.Filters[0].Key}: the caller sent wire JSON, so that is the language of the answer.
 */
final class JsonPaths {
  /** Paths of hostile depth are cut so an error message stays small. */
  private static final int MAX_RENDERED = 256;

  /** The current value of a {@linkplain #markOpaque marked} container; databind never sets it. */
  private static final Object OPAQUE = new Object();

  private JsonPaths() {}

  /**
   * Marks the array or object the parser has just entered as one that databind does not name in the
   * path of a parser failure (such as a string over the limit): a map, whose deserializer passes
   * those failures on without its key, and the inside of a document, which databind reads as one
   * value. The generated reader marks them so that {@link #ofParserFailure} says what databind
   * says.
   */
  static void markOpaque(JsonParser parser) {
    parser.getParsingContext().setCurrentValue(OPAQUE);
  }

  /**
   * Where a failure of the parser itself happened, as databind reports it: at the innermost
   * position whose container is neither a map nor inside a document (a structure member or a list
   * element adds itself to the path of any failure).
   */
  static String ofParserFailure(JsonStreamContext context) {
    JsonStreamContext named = context;
    while (named != null && named.getCurrentValue() == OPAQUE) {
      named = named.getParent();
    }
    return of(named);
  }

  /** The path of the parser's current position. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        appendName(path, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        appendIndex(path, c.getCurrentIndex());
      }
    }
    return capped(path);
  }

  /** The path of the array that holds the parser's current position. */
  static String ofContainer(JsonStreamContext array) {
    JsonStreamContext parent = array.getParent();
    return parent == null ? "$" : of(parent);
  }

  /** The path databind recorded while descending into members and elements. */
  static String of(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        appendName(path, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        appendIndex(path, reference.getIndex());
      }
    }
    return capped(path);
  }

  private static void appendName(StringBuilder path, String name) {
    path.append('.').append(name);
  }

  private static void appendIndex(StringBuilder path, int index) {
    path.append('[').append(index).append(']');
  }

  private static String capped(StringBuilder path) {
    if (path.length() <= MAX_RENDERED) {
      return path.toString();
    }
    return "$..." + path.substring(path.length() - (MAX_RENDERED - 4));
  }
}
