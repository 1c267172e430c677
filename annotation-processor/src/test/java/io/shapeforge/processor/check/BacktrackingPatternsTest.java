package io.shapeforge.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which spec patterns {@link BacktrackingPatterns} reports, and which group it names. */
class BacktrackingPatternsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "^(a+)+$ => (a+)+",
        "(a*)* => (a*)*",
        "^(a|aa)+$ => (a|aa)+",
        "(?:\\d+)*x => (?:\\d+)*",
        "^(\\w|_)*$ => (\\w|_)*",
        "(a?){3,} => (a?){3,}",
        "x(?<word>[a-z]+\\s?)+y => (?<word>[a-z]+\\s?)+",
        "((a+)b)+ => ((a+)b)+",
        "(ab|a)+?c => (ab|a)+?",
        "^(?i:a+)+$ => (?i:a+)+",
        "(|a)+ => (|a)+",
      })
  void reportsTheRepeatedGroup(String regex, String group) {
    assertEquals(Optional.of(group), BacktrackingPatterns.riskyGroup(regex));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$",
        "^(?!\\s*$).+",
        "^mw-[0-9a-f]{17}$",
        "^(a => b)+$",
        "(ab)+",
        "(a+){1,5}",
        "(a{2})+",
        "(a+)++",
        "(?>a+)+",
        "(?=a+)b",
        "[(a+)+]",
        "\\(a+\\)+",
        "\\Q(a+)+\\E",
        "(- => \\.)+",
        "a+b+c*",
      })
  void acceptsPatternsThatCannotBacktrackExponentially(String regex) {
    assertEquals(Optional.empty(), BacktrackingPatterns.riskyGroup(regex));
  }
}
