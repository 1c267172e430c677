package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Members named like the generated code's own locals, empty structures and odd types still compile.
 */
class MemberNamesTest {

  @Test
  void membersNamedLikeGeneratedLocalsCompile() {
    Compilation compilation =
        Fixtures.compile(
            SpecErrorsTest.spec(
                "Clash",
                "@EnumShape enum Color { RED }",
                "@Structure interface Inner { @Required String other(); }",
                "@Structure interface Empty {}",
                "@Structure @ErrorShape(fault = Fault.SERVER, httpStatus = 503, code = \"Throttled\")",
                "interface Busy { String message(); Integer retryAfter(); Color color(); }",
                "@Structure interface Times { List<Instant> times(); @Range(min = \"-5000000000\") Long big(); }",
                "@Structure interface Clash {",
                "  @Required @Length(min = 1, max = 3) @Pattern(\"^a\") String value();",
                "  @Required String violations();",
                "  List<@Length(max = 2) String> i();",
                "  List<Inner> i_();",
                "  String other();",
                "  String that();",
                "  String joiner();",
                "  String model();",
                "  Color element();",
                "  List<Color> iElement();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.model.ClashValidator");
    assertThat(compilation).generatedSourceFile("test.model.EmptyValidator");
    assertThat(compilation)
        .generatedSourceFile("test.model.Times")
        .contentsAsUtf8String()
        .contains("@Min(-5000000000L)");
    String busy = Fixtures.sourceOf(compilation, "test.model.Busy");
    assertTrue(busy.contains("ERROR_CODE = \"Throttled\""), busy);
    assertTrue(busy.contains("public Busy(String message, Integer retryAfter, Color color)"), busy);
  }
}
