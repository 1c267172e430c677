package io.shapeforge.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.importer.model.EnumDef;
import io.shapeforge.importer.model.ServiceDef;
import io.shapeforge.importer.model.StructureDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All of SSM from AWS's JSON service model: every operation and shape, compiled by javac. */
class SsmImportTest {
  private static final String PACKAGE = "io.shapeforge.samples.ssm.imported.spec";

  @TempDir static Path out;
  static List<Path> written;
  static ServiceDef service;

  @BeforeAll
  static void importSsm() throws Exception {
    service = Importer.read(List.of(SsmModels.serviceModel()), SsmModels.paginators(), null);
    written =
        Importer.importModels(
            new Importer.Request(
                List.of(SsmModels.serviceModel()),
                SsmModels.paginators(),
                null,
                PACKAGE,
                out.resolve("first")));
  }

  @Test
  void readsEveryOperationAndEveryShapeTheyReach() {
    assertEquals(146, service.operations().size());
    assertEquals("AmazonSSM", service.name());
    assertEquals("AmazonSSM", service.targetPrefix());
    // Every one of the model's 1,290 shapes is reached by some operation.
    assertEquals(1290, service.shapes().size());
    Map<String, Long> kinds =
        service.shapes().values().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
    assertEquals(
        Map.of(
            "EnumDef",
            98L,
            "ListDef",
            177L,
            "MapDef",
            20L,
            "ScalarDef",
            395L,
            "StructureDef",
            600L),
        kinds);
    assertEquals(50, service.operations().stream().filter(o -> o.pagination() != null).count());
    assertEquals(
        139,
        service.shapes().values().stream()
            .filter(s -> s instanceof StructureDef structure && structure.error() != null)
            .count());
  }

  @Test
  void writesOneFilePerStructureEnumAndOperationAndThePackageInfo() {
    // 600 structures (3 unions among them) + 98 enums + 146 operations + package-info.
    assertEquals(600 + 98 + 146 + 1, written.size());
  }

  @Test
  void theSeedOperationMatchesTheHandWrittenSpec() throws IOException {
    String request = read("DescribeMaintenanceWindowExecutionTasksRequest");
    assertContains(
        request,
        "  @Required\n  @Length(min = 36, max = 36)\n"
            + "  @Pattern(\"^[0-9a-fA-F]{8}\\\\-[0-9a-fA-F]{4}\\\\-[0-9a-fA-F]{4}\\\\-[0-9a-fA-F]{4}\\\\-[0-9a-fA-F]{12}$\")\n"
            + "  String windowExecutionId();");
    assertContains(request, "  @Length(max = 5)\n  List<MaintenanceWindowFilter> filters();");
    assertContains(request, "  @Range(min = \"10\", max = \"100\")\n  Integer maxResults();");
    assertContains(
        read("MaintenanceWindowFilter"), "  List<@Length(min = 1, max = 256) String> values();");
    assertContains(
        read("DescribeMaintenanceWindowExecutionTasks"),
        "@Paginated(\n    inputToken = \"nextToken\",\n"
            + "    outputToken = \"nextToken\",\n    pageSize = \"maxResults\",\n    items = \"windowExecutionTaskIdentities\"\n)");
    assertContains(
        read("InternalServerError"), "@ErrorShape(fault = Fault.SERVER, httpStatus = 500)");
    assertContains(
        read("DoesNotExistException"), "@ErrorShape(fault = Fault.CLIENT, httpStatus = 400)");
    assertContains(read("Alarm"), "  @Pattern(\"^(?!\\\\s*$).+\")\n  String name();");
  }

  @Test
  void keepsWireNamesThatAreNotTheJavaNameInPascalCase() throws IOException {
    // AWS's path is the wire name with its first letter lower-cased (aWSKMSKeyARN), whatever
    // the Java name, so the exact wire name must survive.
    assertContains(
        read("InstanceInformation"),
        "  @WireName(\"IPAddress\")\n  @Sensitive\n"
            + "  @Length(min = 1, max = 46)\n  String ipAddress();");
    String withKms =
        Files.readString(
            files().stream()
                .filter(f -> content(f).contains("@WireName(\"AWSKMSKeyARN\")"))
                .findFirst()
                .orElseThrow());
    assertContains(withKms, "String awskmsKeyARN();");
  }

  @Test
  void enumValuesThatAreNoJavaNameKeepTheirWireValue() throws IOException {
    EnumDef types = (EnumDef) service.shape("SourceType");
    assertTrue(types.values().stream().anyMatch(v -> v.value().equals("AWS::EC2::Instance")));
    assertContains(read("SourceType"), "  @EnumValue(\"AWS::EC2::Instance\")\n  AWS_EC2_Instance");
  }

  @Test
  void theSpecSourcesCompileAgainstTheSpecLanguageAlone() throws IOException {
    assertEquals("", SpecCompiler.compile(out.resolve("first"), out.resolve("classes")));
  }

  @Test
  void importingTwiceGivesTheSameBytes() throws Exception {
    List<Path> again =
        Importer.importModels(
            new Importer.Request(
                List.of(SsmModels.serviceModel()),
                SsmModels.paginators(),
                null,
                PACKAGE,
                out.resolve("second")));
    assertEquals(written.size(), again.size());
    for (int i = 0; i < written.size(); i++) {
      assertEquals(
          out.resolve("first").relativize(written.get(i)),
          out.resolve("second").relativize(again.get(i)));
      assertArrayEquals(
          Files.readAllBytes(written.get(i)),
          Files.readAllBytes(again.get(i)),
          written.get(i).toString());
    }
  }

  private static String read(String type) throws IOException {
    return Files.readString(
        out.resolve("first").resolve(PACKAGE.replace('.', '/')).resolve(type + ".java"));
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("first").resolve(PACKAGE.replace('.', '/')))) {
      return files.sorted().collect(Collectors.toList());
    }
  }

  private static String content(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "Expected\n" + part + "\nin\n" + text);
  }
}
