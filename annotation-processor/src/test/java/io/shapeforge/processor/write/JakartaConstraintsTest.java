package io.shapeforge.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.EnumConstant;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.ShapeRef;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta {@code @Pattern} regexp, run with {@code matches()} as Hibernate does, must accept
 * exactly what the generated validator accepts: a value longer than its maximum length (which the
 * validator reports for its length only), or one in which the spec pattern is found. A value that
 * is too short is still matched, as AWS does.
 */
class JakartaConstraintsTest {

  private static final List<String> PATTERNS =
      List.of(
          "^a+$",
          "b",
          "^(?!\\s*$).+",
          "x$",
          "(?i)abc",
          "\\d{3}",
          "^[0-9a-f]{2}\\-[0-9a-f]{2}$",
          "a|^z");
  private static final List<String> VALUES =
      List.of(
          "",
          "a",
          "aaa",
          "xaaab",
          " ",
          "\n",
          "a\n",
          "abc\nx",
          "ABC",
          "12",
          "123",
          "x\n",
          "ab-cd",
          "0a-1b",
          "zz",
          "qz",
          "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
          "a\uD83D\uDE00");
  private static final List<Optional<Constraint.Length>> LENGTHS =
      List.of(
          Optional.empty(),
          Optional.of(new Constraint.Length(1, 3)),
          Optional.of(new Constraint.Length(2, Integer.MAX_VALUE)),
          Optional.of(new Constraint.Length(0, 5)));

  @Test
  void matchesAgreesWithFindUnlessTheValueIsTooLong() {
    for (String pattern : PATTERNS) {
      Pattern spec = Pattern.compile(pattern);
      for (Optional<Constraint.Length> length : LENGTHS) {
        Pattern jakarta = Pattern.compile(JakartaConstraints.forMatches(pattern, length));
        for (String value : VALUES) {
          boolean tooLong =
              length.map(l -> value.codePointCount(0, value.length()) > l.max()).orElse(false);
          boolean validatorAccepts = tooLong || spec.matcher(value).find();
          assertEquals(
              validatorAccepts,
              jakarta.matcher(value).matches(),
              () -> "pattern " + pattern + " length " + length + " value '" + value + "'");
        }
      }
    }
  }

  @Test
  void enumValuesAreEscapedToMatchLiterally() {
    EnumShapeModel shape =
        new EnumShapeModel(
            new ShapeRef("a.spec.E", "a.model", "E"),
            Optional.empty(),
            List.of(
                new EnumConstant("DOT", "a.b", Optional.empty()),
                new EnumConstant("BAR", "c|d", Optional.empty()),
                new EnumConstant("PLAIN", "IN_PROGRESS", Optional.empty())),
            true);
    String regexp = JakartaConstraints.enumAlternatives(shape);
    assertEquals("a\\.b|c\\|d|IN_PROGRESS", regexp);
    Pattern compiled = Pattern.compile(regexp);
    for (String accepted : List.of("a.b", "c|d", "IN_PROGRESS")) {
      assertEquals(true, compiled.matcher(accepted).matches(), accepted);
    }
    for (String rejected : List.of("axb", "c", "d", "IN_PROGRESSX", "")) {
      assertEquals(false, compiled.matcher(rejected).matches(), rejected);
    }
  }
}
