package io.shapeforge.runtime.protocol;

/**
 * Bounds on what a request body may contain, checked while the JSON is parsed so that a hostile
 * body is rejected before it is built into objects. Breaking one is a 400 {@link
 * SerializationException} naming the limit and the JSON path.
 *
 * <p>Why {@code SerializationException} and not {@code ValidationException}: these are not
 * constraints of the model (AWS renders those as {@code Value ... failed to satisfy constraint}
 * with a member path, which would be a lie here); the body is refused while it is being read,
 * before any model object exists, which is the stage AWS reports as {@code SerializationException}.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults().withMaxArrayElements(1_000);
 * }</pre>
 *
 * @param maxNestingDepth how deeply objects and arrays may nest; the top-level object is depth 1
 *     (default {@value #DEFAULT_MAX_NESTING_DEPTH})
 * @param maxStringLength the longest string value, in characters (default {@value
 *     #DEFAULT_MAX_STRING_LENGTH}, a quarter of the default 1 MiB body)
 * @param maxNameLength the longest member name, in characters (default {@value
 *     #DEFAULT_MAX_NAME_LENGTH}; wire names are short PascalCase words)
 * @param maxNumberLength the most characters in one number (default {@value
 *     #DEFAULT_MAX_NUMBER_LENGTH}; no real long or timestamp needs more, and it keeps big-number
 *     parsing cheap)
 * @param maxArrayElements the most elements in any one array (default {@value
 *     #DEFAULT_MAX_ARRAY_ELEMENTS}); a longer array is refused at the element past the limit
 */
public record JsonLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    int maxArrayElements) {

  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  public static final int DEFAULT_MAX_STRING_LENGTH = 256 * 1024;
  public static final int DEFAULT_MAX_NAME_LENGTH = 1024;
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  public static final int DEFAULT_MAX_ARRAY_ELEMENTS = 10_000;

  public JsonLimits {
    requirePositive("maxNestingDepth", maxNestingDepth);
    requirePositive("maxStringLength", maxStringLength);
    requirePositive("maxNameLength", maxNameLength);
    requirePositive("maxNumberLength", maxNumberLength);
    requirePositive("maxArrayElements", maxArrayElements);
    if (maxNestingDepth == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxNestingDepth must be less than Integer.MAX_VALUE");
    }
  }

  /** The defaults listed above. */
  public static JsonLimits defaults() {
    return new JsonLimits(
        DEFAULT_MAX_NESTING_DEPTH,
        DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_NAME_LENGTH,
        DEFAULT_MAX_NUMBER_LENGTH,
        DEFAULT_MAX_ARRAY_ELEMENTS);
  }

  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(value, maxStringLength, maxNameLength, maxNumberLength, maxArrayElements);
  }

  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxNestingDepth, value, maxNameLength, maxNumberLength, maxArrayElements);
  }

  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, value, maxNumberLength, maxArrayElements);
  }

  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, value, maxArrayElements);
  }

  public JsonLimits withMaxArrayElements(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, value);
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
