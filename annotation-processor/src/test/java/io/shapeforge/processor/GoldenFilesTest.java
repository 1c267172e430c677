package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares generated sources with the golden files in {@code src/test/resources/golden/}: as syntax
 * trees, for a readable failure, and then as text, so that javadoc, comments and formatting (which
 * a syntax tree leaves out) are compared too.
 *
 * <p>To regenerate the golden files after an intended change, run from the repository root:
 *
 * <pre>
 * mvn -B -q -pl annotation-processor -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dshapeforge.updateGoldens=true
 * </pre>
 *
 * then review the diff with {@code git diff annotation-processor/src/test/resources/golden}.
 */
class GoldenFilesTest {

  private static final String MODEL_PACKAGE = "fixture.ssm.model";
  private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MaintenanceWindowFilter",
        "MaintenanceWindowFilterValidator",
        "WindowExecutionTask",
        "WindowExecutionTaskValidator",
        "MaintenanceWindowExecutionStatus",
        "DoesNotExistException",
        "DescribeTasksQuery",
        "DescribeTasksFilters",
        "TaskIdentityColumns",
        "AmazonSsmTables",
        "AmazonSsmService",
        "AmazonSsmHandler",
        "AmazonSsmQueries"
      })
  void generatedSourceMatchesGoldenFile(String simpleName) throws IOException {
    assertMatchesGolden(
        Fixtures.compile(Fixtures.resources(Fixtures.GOLDEN)), MODEL_PACKAGE, simpleName);
  }

  /**
   * A query declared apart from an imported operation generates exactly what a {@code @Query} on
   * the operation does: the same golden files, byte for byte.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "DescribeTasksQuery",
        "DescribeTasksFilters",
        "TaskIdentityColumns",
        "AmazonSsmTables",
        "AmazonSsmService",
        "AmazonSsmHandler",
        "AmazonSsmQueries"
      })
  void queryDeclaredApartMatchesTheGoldenFileOfTheQueryOnTheOperation(String simpleName)
      throws IOException {
    Assumptions.assumeFalse(
        Boolean.getBoolean("shapeforge.updateGoldens"), "the golden files come from GOLDEN");
    assertMatchesGolden(
        Fixtures.compileAcrossFiles(Fixtures.resources(Fixtures.APART)), MODEL_PACKAGE, simpleName);
  }

  /**
   * What {@code @Resource} declarations generate: a top-level resource's and a child's table and
   * definition, and the service's handler base.
   */
  @ParameterizedTest
  @ValueSource(strings = {"WindowResource", "TargetResource", "TaskRunnerResources"})
  void resourceMatchesItsGoldenFile(String simpleName) throws IOException {
    assertMatchesGolden(
        Fixtures.compileAcrossFiles(ResourceSpecFixture.sound().sources()),
        ResourceSpecFixture.MODEL,
        simpleName);
  }

  /** One generated file per shape kind: structure (with every member kind), union, int enum. */
  @ParameterizedTest
  @ValueSource(strings = {"Kinds", "KindsValidator", "Payment", "PaymentValidator", "Level"})
  void everyShapeKindMatchesItsGoldenFile(String simpleName) throws IOException {
    assertMatchesGolden(
        Fixtures.compile(Fixtures.resources(Fixtures.KINDS)), "fixture.kinds.model", simpleName);
  }

  private static void assertMatchesGolden(
      Compilation compilation, String modelPackage, String simpleName) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    String qualifiedName = modelPackage + "." + simpleName;
    if (Boolean.getBoolean("shapeforge.updateGoldens")) {
      JavaFileObject generated = compilation.generatedSourceFile(qualifiedName).orElseThrow();
      Files.createDirectories(GOLDEN_DIR);
      Files.writeString(
          GOLDEN_DIR.resolve(simpleName + ".java"),
          generated.getCharContent(true),
          StandardCharsets.UTF_8);
    }
    Path golden = GOLDEN_DIR.resolve(simpleName + ".java");
    assertThat(compilation)
        .generatedSourceFile(qualifiedName)
        .hasSourceEquivalentTo(JavaFileObjects.forResource(golden.toUri().toURL()));
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow()
            .getCharContent(true)
            .toString(),
        "javadoc or layout of " + simpleName + " differs from its golden file");
  }

  @Test
  void outputIsTheSameOnEveryRun() throws IOException {
    Compilation first = Fixtures.compile(Fixtures.resources(Fixtures.GOLDEN));
    Compilation second = Fixtures.compile(Fixtures.resources(reversed(Fixtures.GOLDEN)));
    List<JavaFileObject> firstFiles = first.generatedSourceFiles();
    List<JavaFileObject> secondFiles = second.generatedSourceFiles();
    assertEquals(names(firstFiles), names(secondFiles));
    for (int i = 0; i < firstFiles.size(); i++) {
      assertEquals(
          firstFiles.get(i).getCharContent(true).toString(),
          secondFiles.get(i).getCharContent(true).toString());
    }
  }

  private static List<String> names(List<JavaFileObject> files) {
    return files.stream().map(JavaFileObject::getName).toList();
  }

  private static String[] reversed(String[] names) {
    String[] copy = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      copy[i] = names[names.length - 1 - i];
    }
    return copy;
  }
}
