package io.shapeforge.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link SequenceRegex} must answer exactly as {@code java.util.regex}'s {@code find()}: compared
 * over random inputs, for every pattern of AWS's SSM model and for patterns written to hit the
 * corners of the subset ({@code $} before line terminators, {@code -} in classes, lazy counts,
 * groups, surrogates).
 *
 * <p>Inputs are built from pieces that make matches and near misses likely: values that match the
 * model's patterns, the same values with one character changed, the pattern's own characters, line
 * terminators and a surrogate pair. Coverage checks make sure both answers, and both the sequence
 * matcher and the JDK fallback, are exercised.
 */
class SequenceRegexTest {
  private static final Path SSM_MODEL =
      Path.of("../samples/ssm-emulator/src/main/model/ssm-2014-11-06.c2j.json");

  /** Patterns aimed at the subset's corners; each is also checked to be served by the subset. */
  private static final List<String> CORNER_PATTERNS =
      List.of(
          "",
          "^$",
          "$",
          "a$",
          "^a\\r$",
          "\\n$",
          "^[a-c-e]+$",
          "[--/]{2}",
          "^[-a]*[b-]?$",
          "x?y*z+",
          "^[ab]{2,}?c",
          "a{0}b{0,1}c{1,3}",
          "^\\s*$",
          "(\\d{3})x",
          "((^a)b)",
          "[\\w.\\-]{2,5}$",
          "\\t\\f[\\r\\n]",
          "[é-ü]+\\$",
          "^[0-9]{1,6}\\.[0-9]{1,6}$",
          "[a-z]{70,}");

  /** Values that match (or nearly match) the model's patterns, to seed the inputs. */
  private static final List<String> SEEDS =
      List.of(
          "a06e9f91-3b9c-4c3e-8bd4-246cc0000000",
          "A06E9F91-3B9C-4C3E-8BD4-246CC0000000",
          "mw-0123456789abcdef0",
          "mi-0123456789abcdef0",
          "oi-0123456789ab",
          "ou-ab12-12345678",
          "i-0123456789abcdef0",
          "123456789012",
          "1.2.3",
          "12.0",
          "aws:abcdef",
          "AWS:x",
          "arn:aws:iam::123456789012:role/r",
          "$LATEST",
          "2026-12-01T18:25:00Z",
          "doc_name-1.0",
          "x".repeat(70),
          "");

  private static final String EXTRA_CHARS = "aZ09_-.:/ \t\n\r\u0085\u2028\u2029éü😀$";

  @Property(tries = 30_000)
  void answersAsJavaUtilRegexDoes(@ForAll("cases") Case c) {
    boolean expected = Pattern.compile(c.regex()).matcher(c.input()).find();
    SequenceRegex simple = SequenceRegexParser.parse(c.regex());
    String matcher = simple != null ? "sequence" : "jdk";
    Statistics.label("matcher and answer").collect(matcher, expected);
    Statistics.label("matcher and answer")
        .coverage(
            cover -> {
              cover.check("sequence", true).percentage(p -> p > 5);
              cover.check("sequence", false).percentage(p -> p > 20);
              cover.check("jdk", true).percentage(p -> p > 2);
            });
    assertEquals(expected, RegexFinder.compile(c.regex()).find(c.input()), c::toString);
    if (simple != null) {
      assertEquals(expected, simple.find(c.input()), c::toString);
    }
  }

  @Example
  void servesTheModelsSimplePatternsAndLeavesTheRestToTheJdk() {
    assertNotNull(
        SequenceRegexParser.parse(
            "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"));
    assertNotNull(SequenceRegexParser.parse("^mw-[0-9a-f]{17}$"));
    assertNotNull(SequenceRegexParser.parse("^[a-zA-Z0-9_\\-.]{3,128}$"));
    assertNotNull(SequenceRegexParser.parse("^(oi)-[0-9a-f]{12}$"));
    assertNull(SequenceRegexParser.parse("^(?!\\s*$).+"), "look-ahead");
    assertNull(SequenceRegexParser.parse("^.{1,256}$"), "dot");
    assertNull(SequenceRegexParser.parse("(?i)all|[0-9]{12}"), "flags, alternation");
    assertNull(SequenceRegexParser.parse("[^/]+"), "negated class");
    assertNull(SequenceRegexParser.parse("[\\s\\S]*"), "negated escape");
    assertNull(SequenceRegexParser.parse("^[\\p{L}\\p{Z}]*$"), "unicode property");
    assertNull(SequenceRegexParser.parse("a++"), "possessive");
    assertNull(SequenceRegexParser.parse("(ab)+"), "counted group");
    assertNull(SequenceRegexParser.parse("[a-z&&[^q]]"), "intersection");
    assertNull(SequenceRegexParser.parse("😀"), "surrogates");
    for (String corner : CORNER_PATTERNS) {
      assertNotNull(SequenceRegexParser.parse(corner), corner);
    }
  }

  @Example
  void dollarMatchesBeforeOneFinalLineTerminatorButNotInsideCrLf() {
    SequenceRegex endsWithA = SequenceRegexParser.parse("a$");
    for (String terminator : List.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029")) {
      assertTrue(endsWithA.find("a" + terminator), terminator::toString);
      assertFalse(endsWithA.find("a" + terminator + "b"), terminator::toString);
    }
    assertFalse(endsWithA.find("a\n\n"), "two terminators");
    assertTrue(endsWithA.find("a\r\n"), "one CRLF");
    assertFalse(SequenceRegexParser.parse("^a\\r$").find("a\r\n"), "$ between CR and LF");
  }

  @Provide
  Arbitrary<Case> cases() {
    List<String> patterns = new ArrayList<>(modelPatterns());
    patterns.addAll(CORNER_PATTERNS);
    return Arbitraries.of(patterns).flatMap(regex -> inputs(regex).map(in -> new Case(regex, in)));
  }

  private static Arbitrary<String> inputs(String regex) {
    String alphabet =
        regex.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining())
            + EXTRA_CHARS;
    Arbitrary<String> oneChar =
        Arbitraries.of(alphabet.codePoints().mapToObj(Character::toString).toList());
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<String> mutatedSeed =
        Combinators.combine(seed, Arbitraries.integers().between(0, 40), oneChar)
            .as(SequenceRegexTest::replaceOneChar);
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(Tuple.of(4, oneChar), Tuple.of(3, seed), Tuple.of(3, mutatedSeed));
    return piece.list().ofMaxSize(4).map(pieces -> String.join("", pieces));
  }

  private static String replaceOneChar(String value, int at, String replacement) {
    if (value.isEmpty()) {
      return replacement;
    }
    int i = at % value.length();
    return value.substring(0, i) + replacement + value.substring(i + 1);
  }

  /** Every pattern in AWS's model of SSM, so new model patterns are covered when it is updated. */
  private static List<String> modelPatterns() {
    try {
      JsonNode shapes = new ObjectMapper().readTree(Files.readString(SSM_MODEL)).get("shapes");
      TreeSet<String> found = new TreeSet<>();
      for (Iterator<JsonNode> it = shapes.elements(); it.hasNext(); ) {
        JsonNode pattern = it.next().get("pattern");
        if (pattern != null) {
          found.add(pattern.asText());
        }
      }
      if (found.size() < 50) {
        throw new IllegalStateException("expected the SSM model's 55 patterns, read " + found);
      }
      return List.copyOf(found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Case(String regex, String input) {
    @Override
    public String toString() {
      return "pattern " + regex + " on " + input.chars().mapToObj(Integer::toHexString).toList();
    }
  }
}
