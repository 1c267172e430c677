package io.shapeforge.processor;

import static io.shapeforge.processor.SpecErrorsTest.spec;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec mistakes the shape kinds and traits add: each is one compile error with a stable tag, on
 * the offending line. Messages are spelled out, so a changed text fails a test.
 */
class ShapeKindErrorsTest {

  private static void assertOneError(
      Compilation compilation, JavaFileObject source, String message, String line) {
    Fixtures.assertOneError(compilation, source, message, line);
  }

  /**
   * One member of a structure that is wrong, the message, and the text of the line it is reported
   * on.
   */
  static Stream<Arguments> memberMistakes() {
    return Stream.of(
        Arguments.of(
            "  @Range(min = \"ten\") Integer count();",
            "[shapeforge:range-bound-not-number] @Range min \"ten\" is not a decimal number such as \"10\" or \"-0.5\"",
            "@Range(min = \"ten\")"),
        Arguments.of(
            "  @Range(max = \"9000000000\") Integer count();",
            "[shapeforge:range-bound-does-not-fit] @Range max 9000000000 does not fit Integer;"
                + " give a bound the member's type can hold",
            "@Range(max = \"9000000000\")"),
        Arguments.of(
            "  @Range(min = \"0.5\") Long count();",
            "[shapeforge:range-bound-does-not-fit] @Range min 0.5 does not fit Long;"
                + " give a bound the member's type can hold",
            "@Range(min = \"0.5\")"),
        Arguments.of(
            "  @Range(max = \"200\") Byte level();",
            "[shapeforge:range-bound-does-not-fit] @Range max 200 does not fit Byte;"
                + " give a bound the member's type can hold",
            "@Range(max = \"200\")"),
        Arguments.of(
            "  @Length(max = 3) Double score();",
            "[shapeforge:constraint-not-applicable] @Length does not apply to member score() of type Double;"
                + " it applies to String, byte[] (blob), List and Map values",
            "@Length(max = 3) Double score();"),
        Arguments.of(
            "  @Range(min = \"1\") byte[] data();",
            "[shapeforge:constraint-not-applicable] @Range does not apply to member data() of type byte[];"
                + " it applies to Byte, Short, Integer, Long, Float, Double, BigInteger and BigDecimal values",
            "@Range(min = \"1\") byte[] data();"),
        Arguments.of(
            "  Map<Integer, String> byNumber();",
            "[shapeforge:map-key-type] Member byNumber() has a Map with Integer keys; map keys must be String or"
                + " an @EnumShape (JSON object keys are strings)",
            "Map<Integer, String> byNumber();"),
        Arguments.of(
            "  Map<String, @Length(max = 2) Integer> counts();",
            "[shapeforge:constraint-not-applicable] @Length does not apply to the Integer values of member counts();"
                + " it applies to String, byte[] (blob), List and Map values",
            "Map<String, @Length(max = 2) Integer> counts();"),
        Arguments.of(
            "  List<List<@Pattern(\"[a\") String>> deep();",
            "[shapeforge:pattern-invalid] @Pattern \"[a\" does not compile: Unclosed character class",
            "List<List<@Pattern(\"[a\") String>> deep();"),
        Arguments.of(
            "  @DefaultValue(\"ten\") Integer count();",
            "[shapeforge:default-value-invalid] @DefaultValue(\"ten\") does not fit member count() of type Integer:"
                + " it is not a decimal number",
            "@DefaultValue(\"ten\")"),
        Arguments.of(
            "  @DefaultValue(\"yes\") Boolean gift();",
            "[shapeforge:default-value-invalid] @DefaultValue(\"yes\") does not fit member gift() of type Boolean:"
                + " write true or false",
            "@DefaultValue(\"yes\")"),
        Arguments.of(
            "  @DefaultValue(\"[\\\"a\\\"]\") List<String> labels();",
            "[shapeforge:default-value-invalid] @DefaultValue(\"[\"a\"]\") does not fit member labels() of type"
                + " List<String>: a List default can only be the empty list []",
            "@DefaultValue("),
        Arguments.of(
            "  default String name() { return \"x\"; }",
            "[shapeforge:default-method] Member name() is a Java default method, whose body the processor cannot see;"
                + " declare it abstract and write @DefaultValue(\"...\") on it",
            "default String name()"),
        Arguments.of(
            "  @IdempotencyToken Integer token();",
            "[shapeforge:idempotency-token-not-string] @IdempotencyToken member token() has type Integer;"
                + " an idempotency token is a String",
            "@IdempotencyToken Integer token();"),
        Arguments.of(
            "  @Sparse String name();",
            "[shapeforge:sparse-not-collection] @Sparse does not apply to member name() of type String;"
                + " it applies to List and Map values",
            "@Sparse String name();"),
        Arguments.of(
            "  @UniqueItems String name();",
            "[shapeforge:constraint-not-applicable] @UniqueItems does not apply to member name() of type String;"
                + " it applies to List values",
            "@UniqueItems String name();"),
        Arguments.of(
            "  @TimestampFormat(TimestampFormat.Format.DATE_TIME) String when();",
            "[shapeforge:timestamp-format-not-timestamp] @TimestampFormat does not apply to member when() of type"
                + " String; it applies to Instant values",
            "String when();"),
        Arguments.of(
            "  List<List<Instant>> times();",
            "[shapeforge:timestamp-too-deep] Member times() of type List<List<Instant>> nests Instant values more"
                + " than one List or Map deep, where no Jackson annotation reaches; wrap the inner level in a"
                + " @Structure",
            "List<List<Instant>> times();"));
  }

  @ParameterizedTest
  @MethodSource("memberMistakes")
  void aMistakeInOneMember(String member, String message, String line) {
    JavaFileObject source = spec("Shape", "@Structure interface Shape {", member, "}");
    assertOneError(Fixtures.compile(source), source, message, line);
  }

  @Test
  void aUnionMemberCannotBeRequired() {
    JavaFileObject source =
        spec(
            "Pay", "@Union interface Pay {", "  String card();", "  @Required String iban();", "}");
    assertOneError(
        Fixtures.compile(source),
        source,
        "[shapeforge:union-member-required] Member iban() of @Union Pay cannot be @Required: a union sets exactly"
            + " one member, so no member is always present",
        "@Required String iban();");
  }

  @Test
  void aUnionMemberCannotHaveADefault() {
    JavaFileObject source =
        spec("Pay", "@Union interface Pay {", "  @DefaultValue(\"x\") String iban();", "}");
    assertOneError(
        Fixtures.compile(source),
        source,
        "[shapeforge:union-member-default] Member iban() of @Union Pay cannot have a @DefaultValue: a union sets"
            + " exactly one member",
        "@DefaultValue(\"x\") String iban();");
  }

  @Test
  void aUnionNamesTypeWhichItsDiscriminatorUses() {
    JavaFileObject source = spec("Pay", "@Union interface Pay {", "  String type();", "}");
    assertOneError(
        Fixtures.compile(source),
        source,
        "[shapeforge:member-name-reserved] Member name type clashes with a method of the generated class",
        "String type();");
  }

  @Test
  void anEmptyUnion() {
    JavaFileObject source = spec("Pay", "@Union", "interface Pay {}");
    assertOneError(
        Fixtures.compile(source),
        source,
        "[shapeforge:union-empty] @Union Pay has no members; declare at least one alternative",
        "@Union");
  }

  @Test
  void aSealedInterfaceIsPointedToUnion() {
    JavaFileObject source =
        spec(
            "Pay",
            "@Structure",
            "sealed interface Pay permits Card {}",
            "final class Card implements Pay {}");
    assertOneError(
        Fixtures.compile(source),
        source,
        "[shapeforge:sealed-not-union] Pay is a sealed interface; write a value that is one of several alternatives"
            + " as a @Union interface whose methods are the alternatives",
        "@Structure");
  }

  @Test
  void aMemberThatClashesWithAGeneratedName() {
    JavaFileObject color = spec("Color", "@EnumShape enum Color { RED }");
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  Color color();",
            "  String colorAsString();",
            "}");
    assertOneError(
        Fixtures.compile(color, source),
        source,
        "[shapeforge:generated-name-clash] Member colorAsString() clashes with colorAsString(), which is generated"
            + " for member color(); rename one of them (or give it a @WireName and another Java name)",
        "String colorAsString();");
  }

  @Test
  void anEnumDefaultMustBeAWireValue() {
    JavaFileObject color =
        spec("Color", "@EnumShape enum Color { RED, @EnumValue(\"dark-blue\") DARK_BLUE }");
    JavaFileObject source =
        spec(
            "Shape",
            "@Structure interface Shape {",
            "  @DefaultValue(\"DARK_BLUE\") Color color();",
            "}");
    assertOneError(
        Fixtures.compile(color, source),
        source,
        "[shapeforge:default-value-invalid] @DefaultValue(\"DARK_BLUE\") does not fit member color() of type Color:"
            + " it is not one of the enum's wire values [RED, dark-blue]",
        "@DefaultValue(\"DARK_BLUE\")");
  }

  @Test
  void anIntEnumConstantNeedsItsValue() {
    JavaFileObject source =
        spec("Priority", "@IntEnumShape enum Priority {", "  @IntEnumValue(1) HIGH,", "  LOW", "}");
    assertOneError(
        Fixtures.compile(source),
        source,
        "[shapeforge:int-enum-value-missing] @IntEnumShape Priority constant LOW needs @IntEnumValue(n): an int"
            + " enum's wire values are integers",
        "LOW");
  }
}
