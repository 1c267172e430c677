package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every spec mistake is a compile error with a stable tag, on the offending line (and annotation
 * value where there is one). Messages are spelled out here, not taken from ErrorMessages, so that a
 * changed text fails a test.
 */
class SpecErrorsTest {

  private static final String HEADER =
      "package test.spec; import io.shapeforge.spec.*; import java.util.*; import java.time.Instant;";

  /** A spec source file {@code test/spec/<name>.java}, the header line then {@code lines}. */
  static JavaFileObject spec(String name, String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = HEADER;
    System.arraycopy(lines, 0, all, 1, lines.length);
    return JavaFileObjects.forSourceLines("test.spec." + name, all);
  }

  private static void assertOneError(JavaFileObject source, String message, String line) {
    Fixtures.assertOneError(Fixtures.compile(source), source, message, line);
  }

  static Stream<Arguments> misappliedConstraints() {
    return Stream.of(
        Arguments.of(
            "  @Length(max = 5) Integer count();",
            "[shapeforge:constraint-not-applicable] @Length does not apply to member count() of type Integer;"
                + " it applies to String, byte[] (blob), List and Map values"),
        Arguments.of(
            "  @Length(max = 5) Boolean enabled();",
            "[shapeforge:constraint-not-applicable] @Length does not apply to member enabled() of type Boolean;"
                + " it applies to String, byte[] (blob), List and Map values"),
        Arguments.of(
            "  @Range(min = \"1\") String name();",
            "[shapeforge:constraint-not-applicable] @Range does not apply to member name() of type String;"
                + " it applies to Byte, Short, Integer, Long, Float, Double, BigInteger and BigDecimal values"),
        Arguments.of(
            "  @Pattern(\"a\") List<String> names();",
            "[shapeforge:constraint-not-applicable] @Pattern does not apply to member names() of type List<String>;"
                + " it applies to String values"),
        Arguments.of(
            "  @Pattern(\"a\") Instant startTime();",
            "[shapeforge:constraint-not-applicable] @Pattern does not apply to member startTime() of type Instant;"
                + " it applies to String values"),
        Arguments.of(
            "  List<@Range(min = \"1\") String> names();",
            "[shapeforge:constraint-not-applicable] @Range does not apply to the String elements of member names();"
                + " it applies to Byte, Short, Integer, Long, Float, Double, BigInteger and BigDecimal values"));
  }

  @ParameterizedTest
  @MethodSource("misappliedConstraints")
  void constraintOnATypeItDoesNotApplyTo(String member, String message) {
    assertOneError(
        spec("Shape", "@Structure interface Shape {", member, "}"), message, member.strip());
  }

  @Test
  void lengthMinAboveMaxIsReportedOnMax() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @Length(",
            "      min = 5,",
            "      max = 2)",
            "  String name();",
            "}");
    assertOneError(
        source, "[shapeforge:bounds-inverted] @Length max 2 is less than min 5", "max = 2");
  }

  @Test
  void rangeMinAboveMaxIsReportedOnMax() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @Range(min = \"100\",",
            "      max = \"10\")",
            "  Integer maxResults();",
            "}");
    assertOneError(
        source, "[shapeforge:bounds-inverted] @Range max 10 is less than min 100", "max = \"10\"");
  }

  @Test
  void negativeLengthBoundIsReportedOnTheBound() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @Length(",
            "      min = -1)",
            "  String name();",
            "}");
    assertOneError(
        source,
        "[shapeforge:bound-negative] @Length min must not be negative, but is -1",
        "min = -1");
  }

  @Test
  void negativeMaxIsReportedOnMax() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @Length(",
            "      max = -3)",
            "  List<String> names();",
            "}");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:bound-negative] @Length max must not be negative, but is -3")
        .inFile(source)
        .onLineContaining("max = -3");
    assertThat(compilation)
        .hadErrorContaining("[shapeforge:bounds-inverted] @Length max -3 is less than min 0")
        .inFile(source)
        .onLineContaining("max = -3");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void patternThatDoesNotCompile() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @Length(max = 9)",
            "  @Pattern(\"a(b\")",
            "  String name();",
            "}");
    assertOneError(
        source,
        "[shapeforge:pattern-invalid] @Pattern \"a(b\" does not compile: Unclosed group",
        "@Pattern(\"a(b\")");
  }

  @Test
  void patternOnAListElementThatDoesNotCompile() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  List<@Length(max = 3) @Pattern(\"[a\") String> names();",
            "}");
    assertOneError(
        source,
        "[shapeforge:pattern-invalid] @Pattern \"[a\" does not compile: Unclosed character class",
        "List<@Length(max = 3) @Pattern(\"[a\") String> names();");
  }

  @Test
  void patternWithoutMaximumLengthIsAWarningAndStillGenerates() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @Length(min = 1)",
            "  @Pattern(\"^a+$\")",
            "  String name();",
            "}");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[shapeforge:pattern-unbounded] @Pattern on member name() of type String has no maximum @Length,"
                + " so the pattern runs on values of any length")
        .inFile(source)
        .onLineContaining("@Pattern(\"^a+$\")");
    assertThat(compilation).generatedSourceFile("test.model.ShapeValidator");
  }

  @Test
  void duplicateWireNameIsReportedOnTheSecondMember() {
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  String name();",
            "  @WireName(\"Name\")",
            "  String other();",
            "}");
    assertOneError(
        source,
        "[shapeforge:duplicate-wire-name] Member other() has the wire name \"Name\", which name() already has",
        "@WireName(\"Name\")");
  }

  static Stream<Arguments> unsupportedTypes() {
    return Stream.of(
        Arguments.of("  Map<String, Object> tags();", "tags", "Map<String, java.lang.Object>"),
        Arguments.of("  int count();", "count", "int"),
        Arguments.of("  Object thing();", "thing", "java.lang.Object"),
        Arguments.of("  StringBuilder text();", "text", "java.lang.StringBuilder"),
        Arguments.of("  List<List<Object>> nested();", "nested", "List<List<java.lang.Object>>"),
        Arguments.of("  char[] letters();", "letters", "char[]"),
        Arguments.of("  Set<String> names();", "names", "java.util.Set<java.lang.String>"));
  }

  @ParameterizedTest
  @MethodSource("unsupportedTypes")
  void unsupportedMemberType(String member, String name, String type) {
    assertOneError(
        spec("Shape", "@Structure interface Shape {", member, "}"),
        "[shapeforge:unsupported-member-type] Member "
            + name
            + "() has type "
            + type
            + ", which the spec language does not support; use String, Boolean, Byte, Short, Integer, Long, Float,"
            + " Double, BigInteger, BigDecimal, Instant, byte[], Document, a @Structure, a @Union, an @EnumShape,"
            + " an @IntEnumShape, or a List or Map of these",
        member.strip());
  }

  @Test
  void memberWithParameters() {
    assertOneError(
        spec("Shape", "@Structure interface Shape {", "  String name(int index);", "}"),
        "[shapeforge:member-has-parameters] Member name() must have no parameters or type parameters",
        "String name(int index);");
  }

  @Test
  void memberNameThatClashesWithGeneratedMethods() {
    assertOneError(
        spec("Shape", "@Structure interface Shape {", "  String builder();", "}"),
        "[shapeforge:member-name-reserved] Member name builder clashes with a method of the generated class",
        "String builder();");
  }

  /**
   * SSM's InstanceAssociationStatusInfo has a member ErrorCode: only an exception has errorCode().
   */
  @Test
  void errorAccessorNamesAreReservedOnErrorShapesOnly() {
    assertThat(
            Fixtures.compile(
                spec("Shape", "@Structure interface Shape {", "  String errorCode();", "}")))
        .succeededWithoutWarnings();
    assertOneError(
        spec(
            "Failure",
            "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface Failure {",
            "  String errorCode();",
            "}"),
        "[shapeforge:member-name-reserved] Member name errorCode clashes with a method of the generated class",
        "String errorCode();");
  }

  @Test
  void structureOnAClass() {
    assertOneError(
        spec("Shape", "@Structure", "abstract class Shape {", "}"),
        "[shapeforge:structure-not-interface] @Structure Shape must be an interface",
        "@Structure");
  }

  @Test
  void structureExtendingAnotherInterface() {
    assertOneError(
        spec(
            "Shape",
            "@Structure interface Base { String name(); }",
            "@Structure interface Shape",
            "    extends Base {}"),
        "[shapeforge:structure-extends] @Structure Shape must not extend other interfaces or declare type parameters;"
            + " declare its members directly (for a value that is one of several alternatives, write a @Union"
            + " interface whose methods are the alternatives)",
        "@Structure interface Shape");
  }

  @Test
  void genericStructure() {
    assertOneError(
        spec("Shape", "@Structure interface Shape<T> { String name(); }"),
        "[shapeforge:structure-extends] @Structure Shape must not extend other interfaces or declare type parameters;"
            + " declare its members directly (for a value that is one of several alternatives, write a @Union"
            + " interface whose methods are the alternatives)",
        "@Structure interface Shape<T>");
  }

  @Test
  void errorShapeWithoutStructure() {
    assertOneError(
        spec(
            "Boom", "@ErrorShape(fault = Fault.SERVER, httpStatus = 500)", "interface Boom {", "}"),
        "[shapeforge:error-shape-not-structure] @ErrorShape Boom must also be a @Structure interface",
        "@ErrorShape");
  }

  @Test
  void enumWithNoValues() {
    assertOneError(
        spec("Color", "@EnumShape", "enum Color {", "}"),
        "[shapeforge:enum-empty] @EnumShape Color has no values",
        "@EnumShape");
  }

  @Test
  void enumWithDuplicateWireValuesIsReportedOnTheSecond() {
    assertOneError(
        spec(
            "Color",
            "@EnumShape",
            "enum Color {",
            "  RED,",
            "  @EnumValue(\"RED\")",
            "  CRIMSON",
            "}"),
        "[shapeforge:enum-duplicate-value] @EnumShape Color has the wire value \"RED\" twice",
        "@EnumValue(\"RED\")");
  }

  @Test
  void enumDeclaringTheUnknownConstant() {
    assertOneError(
        spec("Color", "@EnumShape", "enum Color {", "  RED,", "  UNKNOWN_TO_SDK_VERSION", "}"),
        "[shapeforge:enum-reserved-name] @EnumShape Color may not declare UNKNOWN_TO_SDK_VERSION:"
            + " the generated enum uses it for unknown values",
        "UNKNOWN_TO_SDK_VERSION");
  }

  @Test
  void enumShapeOnAnInterface() {
    assertOneError(
        spec("Color", "@EnumShape", "interface Color {", "}"),
        "[shapeforge:enum-shape-not-enum] @EnumShape Color must be an enum",
        "@EnumShape");
  }

  @Test
  void errorStatusThatDoesNotFitTheFault() {
    JavaFileObject source =
        spec(
            "Boom",
            "@Structure",
            "@ErrorShape(fault = Fault.CLIENT,",
            "    httpStatus = 500)",
            "interface Boom {",
            "  String message();",
            "}");
    assertOneError(
        source,
        "[shapeforge:error-status-fault-mismatch] @ErrorShape Boom has fault CLIENT but httpStatus 500;"
            + " a CLIENT fault needs 4xx",
        "httpStatus = 500");
  }

  @Test
  void serverFaultNeeds5xx() {
    JavaFileObject source =
        spec(
            "Boom",
            "@Structure",
            "@ErrorShape(fault = Fault.SERVER, httpStatus = 404)",
            "interface Boom {",
            "}");
    assertOneError(
        source,
        "[shapeforge:error-status-fault-mismatch] @ErrorShape Boom has fault SERVER but httpStatus 404;"
            + " a SERVER fault needs 5xx",
        "httpStatus = 404");
  }

  @Test
  void operationInputThatIsNotAStructure() {
    JavaFileObject source =
        spec(
            "Op",
            "@Structure interface Out {}",
            "@Operation(",
            "    input = String.class,",
            "    output = Out.class)",
            "interface Op {}");
    assertOneError(
        source,
        "[shapeforge:operation-not-structure] Operation Op input java.lang.String is not a @Structure",
        "input = String.class");
  }

  @Test
  void operationOutputThatIsAnErrorShape() {
    JavaFileObject source =
        spec(
            "Op",
            "@Structure interface In {}",
            "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface Oops {}",
            "@Operation(input = In.class,",
            "    output = Oops.class)",
            "interface Op {}");
    assertOneError(
        source,
        "[shapeforge:operation-not-structure] Operation Op output test.spec.Oops is not a @Structure",
        "output = Oops.class");
  }

  @Test
  void operationErrorThatIsNotAnErrorShapeIsReportedOnThatError() {
    JavaFileObject source =
        spec(
            "Op",
            "@Structure interface In {}",
            "@Structure interface Out {}",
            "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface Missing {}",
            "@Operation(input = In.class, output = Out.class, errors = {",
            "    Missing.class,",
            "    Out.class})",
            "interface Op {}");
    assertOneError(
        source,
        "[shapeforge:operation-error-not-error-shape] Operation Op lists error test.spec.Out, which is not an @ErrorShape",
        "Out.class})");
  }

  @Test
  void aFaultyShapeIsDroppedWithItsDependentsAndTheRestIsGenerated(@TempDir Path generated)
      throws IOException {
    // compile-testing hides generated files of a failed compilation, so run javac -proc:only here.
    JavaFileObject source =
        spec(
            "Shapes",
            "@Structure interface Broken { @Length(max = 1) Integer count(); }",
            "@Structure interface UsesBroken { List<Broken> items(); }",
            "@Structure interface Fine { @Required String name(); }");
    List<String> errors = Fixtures.generateOnly(generated, source);
    assertEquals(1, errors.size(), errors.toString());
    try (Stream<Path> files = Files.walk(generated)) {
      List<String> names =
          files
              .filter(Files::isRegularFile)
              .map(p -> generated.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
      assertEquals(List.of("test/model/Fine.java", "test/model/FineValidator.java"), names);
    }
  }
}
