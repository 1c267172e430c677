package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code @Query} declared apart from an imported operation: the sound {@link QueryApartSpec}
 * generates the query glue for the imported service, and every mistake is one compile error with a
 * stable tag, on the declaration's value at fault, never in the imported file (which every import
 * overwrites).
 */
class QueryApartErrorsTest {

  private static final String TASK_MEMBERS = "[executionId, taskId, status, startTime, tags]";

  private static Compilation compile(QueryApartSpec spec) {
    return Fixtures.compileAcrossFiles(QueryApartSpec.service(), spec.imported(), spec.behaviour());
  }

  @Test
  void theSoundDeclarationGeneratesTheQueryOfTheImportedOperation() {
    Compilation compilation = compile(QueryApartSpec.sound());
    assertThat(compilation).succeededWithoutWarnings();
    // The declared keys are the tables' primary keys, as @Identifier would make them.
    assertThat(compilation)
        .generatedSourceFile(QueryApartSpec.MODEL + ".TaskRunnerTables")
        .contentsAsUtf8String()
        .contains(
            "TableSchema.builder(\"Task\", TaskColumns.EXECUTION_ID.ascending(),"
                + " TaskColumns.TASK_ID.ascending())");
    assertThat(compilation)
        .generatedSourceFile(QueryApartSpec.MODEL + ".TaskRunnerTables")
        .contentsAsUtf8String()
        .contains("TableSchema.builder(\"Execution\", ExecutionColumns.EXECUTION_ID.ascending())");
    // The declaration's default page size, which the imported @Paginated lacks.
    assertThat(compilation)
        .generatedSourceFile(QueryApartSpec.MODEL + ".ListTasksQuery")
        .contentsAsUtf8String()
        .contains(".defaultPageSize(10)");
    assertThat(compilation)
        .generatedSourceFile(QueryApartSpec.MODEL + ".TaskRunnerQueries")
        .contentsAsUtf8String()
        .contains("public ListTasksResult listTasks(ListTasksRequest request) {");
    assertThat(compilation)
        .generatedSourceFile(QueryApartSpec.MODEL + ".ListTasksFilters")
        .contentsAsUtf8String()
        .contains("public static Filter status(");
  }

  static Stream<Arguments> oneMistakeInTheDeclaration() {
    return Stream.of(
        Fixtures.mistake(
            "    operation = ListTasks.class,",
            "    operation = Filter.class,",
            "[shapeforge:query-operation-unknown] @Query on ListTasksBehaviour names operation"
                + " test.spec.Filter, which is not an @Operation"),
        Fixtures.mistake(
            "    key = {\"executionId\", \"taskId\"},",
            "    key = {\"executionId\", \"taskI\"},",
            "[shapeforge:member-missing] key \"taskI\" names no member of Task; its members are "
                + TASK_MEMBERS),
        Fixtures.mistake(
            "    key = {\"executionId\", \"taskId\"},",
            "    key = {\"executionId\", \"tags\"},",
            "[shapeforge:query-key-not-scalar] key member tags() has type List<String>; a key is String,"
                + " Boolean, Integer, Long, Instant or @EnumShape members"),
        Fixtures.mistake(
            "    key = {\"executionId\", \"taskId\"},",
            "    key = {\"taskId\", \"taskId\"},",
            "[shapeforge:query-key-repeated] key lists taskId twice"),
        Fixtures.mistake(
            "        parentKey = \"executionId\",",
            "        parentKey = \"id\",",
            "[shapeforge:member-missing] parentKey \"id\" names no member of Execution; its members are"
                + " [executionId, name]"),
        Fixtures.mistake(
            "        parentKey = \"executionId\",",
            "        parentKey = \"status\",",
            "[shapeforge:member-missing] parentKey \"status\" names no member of Execution; its members are"
                + " [executionId, name]"),
        Fixtures.mistake(
            "    key = {\"executionId\", \"taskId\"},",
            "",
            "[shapeforge:query-record-identifier] Query record Task needs at least one @Identifier member"
                + " (String, Boolean, Integer, Long, Instant or an @EnumShape): they form its primary key;"
                + " for a record without @Identifier (an imported shape), name them in @Query key",
            "record = Task.class,"),
        Fixtures.mistake(
            "        parentKey = \"executionId\",",
            "",
            "[shapeforge:scope-parent-identifier] Scope parent Execution must have exactly one @Identifier"
                + " member holding the scope value, but has 0; for a parent without @Identifier (an"
                + " imported shape), name it in @Scope parentKey",
            "parent = Execution.class,"),
        Fixtures.mistake(
            "    defaultPageSize = 10,",
            "",
            "[shapeforge:query-pagination-incomplete] @Query of ListTasks needs defaultPageSize: its"
                + " @Paginated gives none (AWS models never do), and the query engine pages by it when a"
                + " caller sends no page size",
            "@Query("),
        Fixtures.mistake(
            "    defaultPageSize = 10,",
            "    defaultPageSize = 60,",
            "[shapeforge:default-page-size-range] defaultPageSize 60 is outside maxResults's range [1, 50]"),
        Fixtures.mistake(
            "    record = Task.class,",
            "    record = Attempt.class,",
            "[shapeforge:query-record-not-items] Query record Attempt is not what ListTasks returns: its"
                + " items member tasks has type List<Task>"),
        Fixtures.mistake(
            "        request = \"executionId\",",
            "        request = \"execution\",",
            "[shapeforge:member-missing] request \"execution\" names no member of ListTasksRequest;"
                + " its members are [executionId, filters, maxResults, nextToken]"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("oneMistakeInTheDeclaration")
  void oneMistakeIsOneTaggedErrorOnTheDeclaration(
      String written, String replacement, String message, String reportedOn) {
    QueryApartSpec spec = QueryApartSpec.sound().replaceInBehaviour(written, replacement);
    assertOneErrorInBehaviour(spec, message, reportedOn);
  }

  /** The declaration names the key while the shape has @Identifier members too. */
  @Test
  void keyOnARecordWithIdentifiers() {
    QueryApartSpec spec =
        QueryApartSpec.sound()
            .replaceInImported(
                "  @Length(min = 1, max = 36) String executionId();",
                "  @Identifier @Length(min = 1, max = 36) String executionId();");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:query-key-twice] Task has @Identifier members, and key names its key again;"
            + " give the key in one place",
        "key = {");
  }

  @Test
  void defaultPageSizeInBothPlaces() {
    QueryApartSpec spec =
        QueryApartSpec.sound()
            .replaceInImported(
                "pageSize = \"maxResults\",", "pageSize = \"maxResults\", defaultPageSize = 20,");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:default-page-size-twice] @Paginated of ListTasks already gives defaultPageSize 20;"
            + " give it in one place",
        "defaultPageSize = 10,");
  }

  /** Declarations attach in the order of their names, so the later name is the second one. */
  @Test
  void aSecondQueryForOneOperation() {
    QueryApartSpec spec =
        QueryApartSpec.sound()
            .appendToBehaviour(
                "@Query(operation = ListTasks.class, record = Task.class, key = \"taskId\","
                    + " scope = @Scope(request = \"executionId\", record = \"executionId\","
                    + " parent = Execution.class, parentKey = \"executionId\", notFound = NoSuchExecution.class,"
                    + " notFoundMessage = \"{}\"), orderBy = @OrderBy(\"taskId\")) interface ListTasksSecond {}");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:query-declared-twice] @Operation ListTasks already has a @Query, on"
            + " ListTasksBehaviour; an operation answers one query",
        "interface ListTasksSecond");
  }

  @Test
  void aQueryApartForAnOperationWithItsOwnQuery() {
    QueryApartSpec spec =
        QueryApartSpec.sound()
            .replaceInImported(
                "interface ListTasks {}",
                "@Query(record = Task.class, key = {\"executionId\", \"taskId\"}, defaultPageSize = 10,"
                    + " scope = @Scope(request = \"executionId\", record = \"executionId\","
                    + " parent = Execution.class, parentKey = \"executionId\", notFound = NoSuchExecution.class,"
                    + " notFoundMessage = \"{}\"), orderBy = @OrderBy(\"taskId\")) interface ListTasks {}");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:query-declared-twice] @Operation ListTasks already has a @Query, on ListTasks;"
            + " an operation answers one query",
        "operation = ListTasks.class,");
  }

  @Test
  void anOperationNamingAnOperation() {
    QueryApartSpec spec =
        QueryApartSpec.sound()
            .appendToBehaviour(
                "@Operation(input = ListTasksRequest.class, output = ListTasksResult.class)"
                    + " @Query(operation = ListTasks.class, record = Task.class,"
                    + " scope = @Scope(request = \"executionId\", record = \"executionId\","
                    + " parent = Execution.class, notFound = NoSuchExecution.class,"
                    + " notFoundMessage = \"{}\"), orderBy = @OrderBy(\"taskId\")) interface CountTasks {}");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:query-operation-on-operation] @Query on @Operation CountTasks answers that"
            + " operation; leave operation out, or move the @Query to an interface of its own",
        "interface CountTasks");
  }

  /**
   * The operation comes from the class path, compiled earlier: its handler and dispatcher were
   * written then, so the query can no longer join them.
   */
  @Test
  void anOperationCompiledApartFromTheDeclaration(@TempDir Path classes) throws IOException {
    Compilation imported =
        Fixtures.compileAcrossFiles(QueryApartSpec.service(), QueryApartSpec.sound().imported());
    assertThat(imported).succeeded();
    for (JavaFileObject file : imported.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    JavaFileObject behaviour = QueryApartSpec.sound().behaviour();
    Compilation compilation =
        javac()
            .withOptions("-Xlint:all,-processing,-auxiliaryclass")
            .withClasspath(classPath)
            .withProcessors(new ShapeforgeProcessor())
            .compile(behaviour);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-operation-apart] @Query on ListTasksBehaviour names @Operation"
                + " test.spec.ListTasks, which is not compiled with it; compile the declaration and its"
                + " operation together")
        .inFile(behaviour)
        .onLineContaining("operation = ListTasks.class,");
  }

  private static void assertOneErrorInBehaviour(
      QueryApartSpec spec, String message, String reportedOn) {
    Fixtures.assertOneError(compile(spec), spec.behaviour(), message, reportedOn);
  }
}
