package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Members named like the generated code's own locals and parameters still compile. */
class MemberNamesTest {

  @Test
  void membersNamedLikeGeneratedLocalsCompile() {
    Compilation compilation =
        Fixtures.compile(
            SpecErrorsTest.spec(
                "Clash",
                "@EnumShape enum Color { RED }",
                "@Structure interface Inner { @Required String other(); }",
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
  }
}
