package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one list element or map value, {@code null} included; generated code passes {@link
 * JsonValues} method references such as {@code JsonValues::string}, or a lambda for a nested list.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface JsonValueWriter<T> {

  void write(JsonGenerator json, T value) throws IOException;
}
