package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's parser-level bounds (nesting, string, name and number length) set from {@link
 * JsonLimits}. Jackson checks them inside the parser, before a too long string is built; this
 * subclass only swaps Jackson's messages, which name Jackson's own methods, for ones a caller can
 * act on.
 */
final class LimitReadConstraints extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  private static final long UNLIMITED = -1L;

  LimitReadConstraints(JsonLimits limits) {
    super(
        limits.maxNestingDepth(),
        UNLIMITED,
        limits.maxNumberLength(),
        limits.maxStringLength(),
        limits.maxNameLength(),
        UNLIMITED);
  }

  @Override
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    if (depth > _maxNestingDepth) {
      throw RefusedJsonException.inCurrentContainer(
          "JSON nesting is deeper than the limit of " + _maxNestingDepth);
    }
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    if (length > _maxStringLen) {
      throw new RefusedJsonException(
          "JSON string is longer than the limit of " + _maxStringLen + " characters");
    }
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    if (length > _maxNameLen) {
      throw RefusedJsonException.inCurrentContainer(
          "JSON member name is longer than the limit of " + _maxNameLen + " characters");
    }
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    checkNumberLength(length);
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    checkNumberLength(length);
  }

  private void checkNumberLength(int length) throws StreamConstraintsException {
    if (length > _maxNumLen) {
      throw new RefusedJsonException(
          "JSON number is longer than the limit of " + _maxNumLen + " characters");
    }
  }
}
