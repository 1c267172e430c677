package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns whatever Jackson threw while decoding a request into a {@link SerializationException} whose
 * message says what is wrong and where, in the caller's terms (JSON types and wire paths).
 * Jackson's own messages are never passed on: they name Java classes and Jackson internals.
 *
 * <p>The one exception is a model class Jackson cannot bind at all ({@link
 * InvalidDefinitionException}): that is a bug in the service, not in the request, so it is rethrown
 * as an {@link IllegalStateException} and becomes a 500.
 */
final class DecodeFailures {
  private DecodeFailures() {}

  static RuntimeException translate(IOException failure, JsonParser parser) {
    InvalidDefinitionException badModel = find(failure, InvalidDefinitionException.class);
    if (badModel != null) {
      return new IllegalStateException(
          "model cannot be bound to JSON: " + badModel.getMessage(), badModel);
    }
    RefusedJsonException refused = find(failure, RefusedJsonException.class);
    if (refused != null) {
      String path = refused.path();
      if (path == null) {
        path =
            refused.inContainer()
                ? JsonPaths.of(parser.getParsingContext().getParent())
                : pathOf(failure, parser);
      }
      return at(refused.problem(), path);
    }
    InputCoercionException outOfRange = find(failure, InputCoercionException.class);
    if (outOfRange != null) {
      return at(
          "Number is out of range for " + typeName(outOfRange.getTargetType()),
          pathOf(failure, parser));
    }
    JsonEOFException truncated = find(failure, JsonEOFException.class);
    if (truncated != null) {
      return new SerializationException(
          "Malformed JSON: unexpected end of input" + where(truncated.getLocation()));
    }
    UnrecognizedPropertyException unknown = find(failure, UnrecognizedPropertyException.class);
    if (unknown != null) {
      List<JsonMappingException.Reference> toMember = unknown.getPath();
      String objectPath = JsonPaths.of(toMember.subList(0, Math.max(0, toMember.size() - 1)));
      return at("Unknown member '" + unknown.getPropertyName() + "'", objectPath);
    }
    InvalidFormatException badValue = find(failure, InvalidFormatException.class);
    if (badValue != null
        && badValue.getTargetType() == Instant.class
        && parser.currentToken() != null
        && parser.currentToken().isNumeric()) {
      return at("Timestamp is out of range", pathOf(failure, parser));
    }
    MismatchedInputException mismatch = find(failure, MismatchedInputException.class);
    if (mismatch != null && mismatch.getTargetType() != null) {
      return at(
          "Expected "
              + typeName(mismatch.getTargetType())
              + " but found "
              + tokenName(parser.currentToken()),
          pathOf(failure, parser));
    }
    StreamReadException unreadable = find(failure, StreamReadException.class);
    if (unreadable != null) {
      return new SerializationException("Malformed JSON" + where(unreadable.getLocation()));
    }
    if (find(failure, DatabindException.class) != null) {
      return at("Value cannot be read", pathOf(failure, parser));
    }
    JsonProcessingException malformed = find(failure, JsonProcessingException.class);
    JsonLocation location = malformed == null ? null : malformed.getLocation();
    return new SerializationException("Malformed JSON" + where(location));
  }

  static SerializationException at(String problem, String path) {
    return new SerializationException(problem + " at '" + path + "'");
  }

  private static String pathOf(IOException failure, JsonParser parser) {
    JsonMappingException mapping = find(failure, JsonMappingException.class);
    if (mapping != null && !mapping.getPath().isEmpty()) {
      return JsonPaths.of(mapping.getPath());
    }
    return JsonPaths.ofParserFailure(parser.getParsingContext());
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** The JSON type a Java member type expects, as a caller would say it. */
  static String typeName(Class<?> type) {
    if (type == null) {
      return "a value";
    }
    if (type == Integer.class
        || type == int.class
        || type == Short.class
        || type == short.class
        || type == Byte.class
        || type == byte.class) {
      return "a 32-bit integer";
    }
    if (type == Long.class || type == long.class || type == BigInteger.class) {
      return "a 64-bit integer";
    }
    if (type == Double.class
        || type == double.class
        || type == Float.class
        || type == float.class
        || type == BigDecimal.class
        || type == Number.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (type == Instant.class) {
      return "a timestamp (epoch seconds)";
    }
    if (CharSequence.class.isAssignableFrom(type)
        || type.isEnum()
        || type == Character.class
        || type == char.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object";
  }

  static String tokenName(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "an unexpected value";
    }
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
