package io.shapeforge.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.importer.write.JavaNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The naming and clash rules of {@link JavaNames}, alone and through whole imports that javac
 * compiles.
 */
class NameClashTest {
  @Test
  void memberNamesLowerTheLeadingCapitals() {
    assertEquals("windowExecutionId", JavaNames.memberName("WindowExecutionId"));
    assertEquals("awskmsKeyARN", JavaNames.memberName("AWSKMSKeyARN"));
    assertEquals("url", JavaNames.memberName("URL"));
    assertEquals("ipAddress", JavaNames.memberName("IPAddress"));
    assertEquals("s3Bucket", JavaNames.memberName("S3Bucket"));
    assertEquals("alias", JavaNames.memberName("alias"));
    assertEquals("a_b", JavaNames.memberName("a-b"));
  }

  @Test
  void aWireNameIsKeptWheneverPascalCaseOfTheJavaNameDiffers() {
    assertFalse(JavaNames.needsWireName("windowExecutionId", "WindowExecutionId"));
    // AWS prints the path aWSKMSKeyARN from the wire name, so the wire name must be exact.
    assertTrue(JavaNames.needsWireName("awskmsKeyARN", "AWSKMSKeyARN"));
    assertTrue(JavaNames.needsWireName("alias", "alias"));
  }

  @Test
  void reservedKeywordAndRepeatedNamesGetMemberSuffixes() {
    assertEquals(
        List.of(
            "classMember",
            "builderMember",
            "id",
            "idMember",
            "idMember2",
            "status",
            "statusAsStringMember",
            "typeMember"),
        JavaNames.memberNames(
            List.of("Class", "Builder", "Id", "ID", "id", "Status", "StatusAsString", "Type"),
            List.of(false, false, false, false, false, true, false, false),
            true));
    // "type" is reserved in unions only.
    assertEquals(List.of("type"), JavaNames.memberNames(List.of("Type"), List.of(false), false));
  }

  @Test
  void enumConstantsAreTheModelNamesMadeLegal() {
    assertEquals(
        List.of("a_b", "a_b_2", "UNKNOWN_TO_SDK_VERSION_2", "class_2", "_1st", "Plain"),
        JavaNames.enumConstantNames(
            List.of("a-b", "a.b", "UNKNOWN_TO_SDK_VERSION", "class", "1st", "Plain")));
  }

  @Test
  void shapesNamedLikeJavaLangOrSpecTypesOrOperationsGetShapeSuffixes() {
    assertEquals("RecordShape", JavaNames.typeName("Record", java.util.Set.of()));
    assertEquals("LengthShape", JavaNames.typeName("Length", java.util.Set.of()));
    assertEquals("GetShape", JavaNames.typeName("Get", java.util.Set.of("Get")));
    assertEquals("GetShape2", JavaNames.typeName("Get", java.util.Set.of("Get", "GetShape")));
    assertEquals("Thing", JavaNames.typeName("Thing", java.util.Set.of("Get")));
  }

  @Test
  void aSmithyModelFullOfClashesImportsAndCompiles(@TempDir Path out) throws Exception {
    Importer.importModels(
        new Importer.Request(
            List.of(Fixtures.fixture("clashes")), null, null, "p.spec", out.resolve("src")));
    Map<String, String> files = Fixtures.tree(out.resolve("src"));
    String members = files.get("p/spec/Members.java");
    assertContains(members, "@WireName(\"Class\")\n  String classMember();");
    assertContains(members, "@WireName(\"HashCode\")\n  Integer hashCodeMember();");
    assertContains(members, "@WireName(\"StatusAsString\")\n  String statusAsStringMember();");
    assertContains(files.get("p/spec/Choice.java"), "@WireName(\"Type\")\n  String typeMember();");
    assertContains(
        files.get("p/spec/RecordShape.java"), "interface RecordShape {\n  LengthShape length();");
    assertContains(
        files.get("p/spec/OverrideShape.java"),
        "@ErrorShape(fault = Fault.CLIENT, httpStatus = 400, code = \"Override\")");
    assertContains(
        files.get("p/spec/Use.java"),
        "@Operation(input = Members.class, output = RecordShape.class, errors = {OverrideShape.class})");
    assertEquals("", SpecCompiler.compile(out.resolve("src"), out.resolve("classes")));
  }

  @Test
  void membersThatMapToOneJavaNameAreNumberedInModelOrder(@TempDir Path out) throws Exception {
    Importer.importModels(
        new Importer.Request(
            List.of(Fixtures.fixture("clashes-json")), null, null, "p.spec", out.resolve("src")));
    Map<String, String> files = Fixtures.tree(out.resolve("src"));
    assertContains(
        files.get("p/spec/GetRequest.java"),
        "  String id();\n\n  @WireName(\"ID\")\n  String idMember();\n\n"
            + "  @WireName(\"id\")\n  String idMember2();");
    // A shape named like an operation gives way: the operation's name travels in X-Amz-Target.
    assertContains(
        files.get("p/spec/Get.java"),
        "@Operation(input = GetRequest.class, output = GetShape.class)");
    // An operation may be named like a spec annotation (DynamoDB's Query): nothing refers to it.
    assertContains(
        files.get("p/spec/Query.java"),
        "@Operation(input = QueryInput.class, output = QueryOutput.class)\ninterface Query {");
    assertContains(files.get("p/spec/QueryInput.java"), "  LengthShape length();");
    assertEquals("", SpecCompiler.compile(out.resolve("src"), out.resolve("classes")));
  }

  @Test
  void anOperationNamedLikeAReservedTypeIsAModelError(@TempDir Path out) {
    ModelException error =
        assertThrows(
            ModelException.class,
            () ->
                Importer.importModels(
                    new Importer.Request(
                        List.of(Fixtures.fixture("errors/operation-named-record.json")),
                        null,
                        null,
                        "p.spec",
                        out)));
    assertEquals(1, error.problems().size());
    assertEquals(5, error.problems().get(0).source().line());
    assertEquals(
        "[shapeforge-import:operation-name-reserved] Record: an operation's Java name is its wire name,"
            + " and Record is a name the spec sources use (java.lang)",
        error.problems().get(0).message());
  }

  private static void assertContains(String text, String part) {
    assertTrue(text != null && text.contains(part), () -> "Expected\n" + part + "\nin\n" + text);
  }
}
