package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the checks Jackson's parser does not make to every token read: at most {@link
 * JsonLimits#maxArrayElements()} elements per array, counted as each element starts so a
 * million-element array is refused at element {@code limit + 1} without building it, and no member
 * name twice in one object.
 *
 * <p>Every way of advancing ({@code nextValue}, {@code skipChildren} for ignored members, and the
 * {@code nextFieldName}-style shortcuts that {@link JsonParser} routes through {@code nextToken})
 * passes through {@link #nextToken()}, so no token escapes the checks.
 *
 * <p>It is also the one object a generated reader sees of the codec, so it carries the codec's
 * choice about members the model does not declare ({@link #refusesUnknownMembers()}).
 */
final class BoundedJsonParser extends JsonParserDelegate {
  private final int maxArrayElements;
  private final boolean refusesUnknownMembers;

  /** Member names seen in the open object at each nesting depth; reused between siblings. */
  private final List<Set<String>> namesByDepth = new ArrayList<>();

  BoundedJsonParser(JsonParser parser, JsonLimits limits, boolean refusesUnknownMembers) {
    super(parser);
    this.maxArrayElements = limits.maxArrayElements();
    this.refusesUnknownMembers = refusesUnknownMembers;
  }

  /** Whether the codec reading with this parser was built with {@code rejectUnknownMembers}. */
  boolean refusesUnknownMembers() {
    return refusesUnknownMembers;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token != null) {
      check(token);
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private void check(JsonToken token) throws RefusedJsonException {
    JsonStreamContext context = delegate.getParsingContext();
    if (token == JsonToken.FIELD_NAME) {
      checkUniqueName(context);
      return;
    }
    if (token.isStructEnd()) {
      return;
    }
    boolean opensContainer = token.isStructStart();
    JsonStreamContext holder = opensContainer ? context.getParent() : context;
    if (holder != null && holder.inArray() && holder.getCurrentIndex() >= maxArrayElements) {
      throw new RefusedJsonException(
          "JSON array has more than the limit of " + maxArrayElements + " elements",
          JsonPaths.ofContainer(holder));
    }
    if (token == JsonToken.START_OBJECT) {
      namesAt(context.getNestingDepth()).clear();
    }
  }

  private void checkUniqueName(JsonStreamContext object) throws RefusedJsonException {
    String name = object.getCurrentName();
    if (!namesAt(object.getNestingDepth()).add(name)) {
      throw new RefusedJsonException(
          "Duplicate member '" + name + "' in the JSON object", JsonPaths.of(object.getParent()));
    }
  }

  private Set<String> namesAt(int depth) {
    while (namesByDepth.size() <= depth) {
      namesByDepth.add(new HashSet<>());
    }
    return namesByDepth.get(depth);
  }
}
