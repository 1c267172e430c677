package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * A body refused while it is parsed: a {@link JsonLimits} bound broken or a member name repeated in
 * one object. It extends Jackson's own constraint exception so that it travels through Jackson
 * unchanged; {@link JsonCodec} turns it into a {@link SerializationException}. The message says
 * what is wrong, never a Java class.
 */
final class RefusedJsonException extends StreamConstraintsException {
  private static final long serialVersionUID = 1L;

  /** Where it happened, when the thrower knew better than the parser's current position. */
  private final String path;

  /** Whether the problem is about the container the parser is in, not its current member. */
  private final boolean inContainer;

  /** A problem at the parser's current position. */
  RefusedJsonException(String problem) {
    this(problem, null, false);
  }

  /** A problem at a known JSON path. */
  RefusedJsonException(String problem, String path) {
    this(problem, path, false);
  }

  private RefusedJsonException(String problem, String path, boolean inContainer) {
    super(problem);
    this.path = path;
    this.inContainer = inContainer;
  }

  /**
   * A problem with the object or array the parser is in: it nests too deep, or one of its member
   * names is too long. Reported at the path where that container starts.
   */
  static RefusedJsonException inCurrentContainer(String problem) {
    return new RefusedJsonException(problem, null, true);
  }

  boolean inContainer() {
    return inContainer;
  }

  /** The problem without location, such as {@code JSON array has more than 10 elements}. */
  String problem() {
    return getOriginalMessage();
  }

  /** The JSON path it happened at, or {@code null} to take it from the parser. */
  String path() {
    return path;
  }
}
