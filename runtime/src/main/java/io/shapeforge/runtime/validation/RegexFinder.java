package io.shapeforge.runtime.validation;

import java.util.regex.Pattern;

/**
 * Tells whether a string contains a match of a regular expression, with exactly the answers of
 * {@link Pattern#matcher(CharSequence)}{@code .find()}.
 *
 * <p>Most patterns in AWS models are a run of character classes with counts, such as the execution
 * id's {@code ^[0-9a-fA-F]{8}\-[0-9a-fA-F]{4}\-...$}. Those get a {@link SequenceRegex}, which
 * answers without backtracking and, for a fixed-width pattern, without allocating; on the
 * validation benchmark {@code java.util.regex} on that one pattern was half the time of validating
 * a whole request. Every other pattern goes to {@link Pattern}.
 */
interface RegexFinder {

  /** Whether {@code value} contains a match. */
  boolean find(String value);

  /**
   * Compiles {@code regex}; an invalid one throws {@link java.util.regex.PatternSyntaxException} as
   * {@link Pattern#compile(String)} does, whichever finder serves it.
   */
  static RegexFinder compile(String regex) {
    Pattern pattern = Pattern.compile(regex);
    SequenceRegex simple = SequenceRegexParser.parse(regex);
    return simple != null ? simple : value -> pattern.matcher(value).find();
  }

  /**
   * A finder that {@link #compile compiles} {@code regex} on its first {@link #find}. A validator
   * holds its patterns in static fields, and an emulator start initializes the validator of every
   * operation's request, most of which no request ever reaches: compiling them all was a tenth of
   * the emulator's start. An invalid regex therefore throws on first use, not here; generated
   * validators never hold one, as the processor rejects it at compile time.
   */
  static RegexFinder lazy(String regex) {
    return new RegexFinder() {
      // Compiling twice in a race is harmless: both finders give the same answers.
      private volatile RegexFinder compiled;

      @Override
      public boolean find(String value) {
        RegexFinder finder = compiled;
        if (finder == null) {
          finder = compile(regex);
          compiled = finder;
        }
        return finder.find(value);
      }
    };
  }
}
