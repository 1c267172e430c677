package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one JSON value, the parser on its first token, and leaves the parser on its last token:
 * generated code passes {@link JsonReads} method references such as {@code JsonReads::string} for
 * list elements and map values, a model's own {@code readJson} for a structure, or a lambda for a
 * nested list. A JSON {@code null} reads as {@code null}.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface JsonValueReader<T> {

  T read(JsonParser json) throws IOException;
}
