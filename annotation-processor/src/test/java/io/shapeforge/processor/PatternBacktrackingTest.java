package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A spec pattern with nested quantifiers is a warning on the pattern's value, and the shape is
 * still generated: the validator only matches values within their length bounds, so a spec author
 * may knowingly keep such a pattern on a short member.
 */
class PatternBacktrackingTest {
  private static final String HEADER =
      "package test.spec; import io.shapeforge.spec.*; import java.util.*;";

  private static JavaFileObject spec(String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = HEADER;
    System.arraycopy(lines, 0, all, 1, lines.length);
    return JavaFileObjects.forSourceLines("test.spec.Shape", all);
  }

  @Test
  void nestedQuantifiersOnAMemberAreAWarningOnThePattern() {
    JavaFileObject source =
        spec(
            "@Structure interface Shape {",
            "  @Length(max = 64)",
            "  @Pattern(\"^(a+)+$\")",
            "  String name();",
            "}");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[shapeforge:pattern-backtracking] @Pattern \"^(a+)+$\" repeats (a+)+ around a part that can match"
                + " the same text in more than one way, so a value that almost matches can take exponential"
                + " time; use one quantifier, a possessive one (++) or an atomic group (?>...)")
        .inFile(source)
        .onLineContaining("@Pattern(\"^(a+)+$\")");
    assertThat(compilation).generatedSourceFile("test.model.ShapeValidator");
  }

  @Test
  void overlappingAlternativesOnAListElementAreAWarningOnThePattern() {
    JavaFileObject source =
        spec(
            "@Structure interface Shape {",
            "  List<@Length(max = 8) @Pattern(\"(a|aa)+\") String> names();",
            "}");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[shapeforge:pattern-backtracking] @Pattern \"(a|aa)+\" repeats (a|aa)+ around")
        .inFile(source)
        .onLineContaining("List<@Length(max = 8) @Pattern(\"(a|aa)+\") String> names();");
  }

  @Test
  void theSsmPatternsGiveNoBacktrackingWarning() {
    JavaFileObject source =
        spec(
            "@Structure interface Shape {",
            "  @Length(min = 36, max = 36)",
            "  @Pattern(\"^[0-9a-fA-F]{8}\\\\-[0-9a-fA-F]{4}\\\\-[0-9a-fA-F]{4}\\\\-[0-9a-fA-F]{4}\\\\-[0-9a-fA-F]{12}$\")",
            "  String id();",
            "  @Length(min = 1, max = 255)",
            "  @Pattern(\"^(?!\\\\s*$).+\")",
            "  String alarm();",
            "}");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation).succeeded();
    compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains("pattern-backtracking"))
        .findAny()
        .ifPresent(
            m -> {
              throw new AssertionError("unexpected warning: " + m);
            });
  }
}
