package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every misuse of {@code @Paginated} and {@code @Query} is one compile error with a stable tag, on
 * the annotation value at fault. Each case changes one line of the sound {@link QuerySpec}; the
 * messages are spelled out so that a changed text fails a test.
 */
class QuerySpecErrorsTest {

  private static final String TASK_MEMBERS =
      "[executionId, taskId, status, startTime, name, attempts, tags]";

  @Test
  void theSoundSpecCompilesWithoutWarnings() {
    Compilation compilation = Fixtures.compile(QuerySpec.service(), QuerySpec.sound().shapes());
    assertThat(compilation).succeededWithoutWarnings();
  }

  static Stream<Arguments> oneMistake() {
    return Stream.of(
        // member names that do not exist
        mistake(
            "inputToken = \"nextToken\",",
            "inputToken = \"nextTokn\",",
            "[shapeforge:member-missing] inputToken \"nextTokn\" names no member of ListTasksRequest;"
                + " its members are [executionId, filters, maxResults, nextToken]"),
        mistake(
            "outputToken = \"nextToken\",",
            "outputToken = \"next\",",
            "[shapeforge:member-missing] outputToken \"next\" names no member of ListTasksResult;"
                + " its members are [tasks, labels, nextToken]"),
        mistake(
            "pageSize = \"maxResults\",",
            "pageSize = \"limit\",",
            "[shapeforge:member-missing] pageSize \"limit\" names no member of ListTasksRequest;"
                + " its members are [executionId, filters, maxResults, nextToken]"),
        mistake(
            "items = \"tasks\")",
            "items = \"task\")",
            "[shapeforge:member-missing] items \"task\" names no member of ListTasksResult;"
                + " its members are [tasks, labels, nextToken]"),
        mistake(
            "request = \"executionId\",",
            "request = \"execution\",",
            "[shapeforge:member-missing] request \"execution\" names no member of ListTasksRequest;"
                + " its members are [executionId, filters, maxResults, nextToken]"),
        mistake(
            "        record = \"executionId\",",
            "        record = \"execId\",",
            "[shapeforge:member-missing] record \"execId\" names no member of Task; its members are "
                + TASK_MEMBERS),
        mistake(
            "member = \"status\"",
            "member = \"state\"",
            "[shapeforge:member-missing] member \"state\" names no member of Task; its members are "
                + TASK_MEMBERS),
        mistake(
            "@OrderBy(\"taskId\")",
            "@OrderBy(\"task\")",
            "[shapeforge:member-missing] orderBy \"task\" names no member of Task; its members are "
                + TASK_MEMBERS),
        mistake(
            "    record = Task.class,",
            "    record = Task.class, filtersMember = \"filterList\",",
            "[shapeforge:member-missing] filtersMember \"filterList\" names no member of ListTasksRequest;"
                + " its members are [executionId, filters, maxResults, nextToken]"),
        mistake(
            "    record = Task.class,",
            "    record = Task.class, filterKeyMember = \"name\",",
            "[shapeforge:member-missing] filterKeyMember \"name\" names no member of Filter; its members are [key, values]"),
        mistake(
            "    record = Task.class,",
            "    record = Task.class, filterValuesMember = \"value\",",
            "[shapeforge:member-missing] filterValuesMember \"value\" names no member of Filter;"
                + " its members are [key, values]"),
        // member types
        mistake(
            "inputToken = \"nextToken\",",
            "inputToken = \"maxResults\",",
            "[shapeforge:member-wrong-type] inputToken \"maxResults\" of ListTasksRequest has type Integer, but must be String"),
        mistake(
            "outputToken = \"nextToken\",",
            "outputToken = \"labels\",",
            "[shapeforge:member-wrong-type] outputToken \"labels\" of ListTasksResult has type List<String>, but must be String"),
        mistake(
            "pageSize = \"maxResults\",",
            "pageSize = \"nextToken\",",
            "[shapeforge:member-wrong-type] pageSize \"nextToken\" of ListTasksRequest has type String, but must be Integer"),
        mistake(
            "items = \"tasks\")",
            "items = \"nextToken\")",
            "[shapeforge:member-wrong-type] items \"nextToken\" of ListTasksResult has type String, but must be a List"),
        mistake(
            "items = \"tasks\")",
            "items = \"labels\")",
            "[shapeforge:member-wrong-type] items \"labels\" of ListTasksResult has type List<String>, but must be List<Task>"),
        mistake(
            "    record = Task.class,",
            "    record = Task.class, filtersMember = \"maxResults\",",
            "[shapeforge:filters-member-type] Filters member maxResults() of ListTasksRequest has type Integer, but must be"
                + " a List of a @Structure with a String key member and a List<String> values member"),
        mistake(
            "  List<String> values();",
            "  String values();",
            "[shapeforge:filters-member-type] Filters member filters() of ListTasksRequest has type List<Filter>, but must be"
                + " a List of a @Structure with a String key member and a List<String> values member",
            "@Query("),
        // page size
        mistake(
            "defaultPageSize = 10,",
            "defaultPageSize = 60,",
            "[shapeforge:default-page-size-range] defaultPageSize 60 is outside maxResults's range [1, 50]"),
        mistake(
            "    defaultPageSize = 10,",
            "",
            "[shapeforge:query-pagination-incomplete] @Query operation ListTasks needs @Paginated defaultPageSize:"
                + " the query engine pages by pageSize and defaultPageSize and returns the page in items",
            "@Paginated("),
        // record and parent
        mistake(
            "    record = Task.class,",
            "    record = String.class,",
            "[shapeforge:query-shape-not-structure] Query record java.lang.String is not a @Structure"),
        mistake(
            "parent = Execution.class,",
            "parent = Status.class,",
            "[shapeforge:query-shape-not-structure] Scope parent test.spec.Status is not a @Structure"),
        mistake(
            "parent = Execution.class,",
            "parent = Task.class,",
            "[shapeforge:scope-parent-identifier] Scope parent Task must have exactly one @Identifier member holding"
                + " the scope value, but has 2; for a parent without @Identifier (an imported shape), name it"
                + " in @Scope parentKey"),
        // scope
        mistake(
            "        record = \"executionId\",",
            "        record = \"attempts\",",
            "[shapeforge:scope-type-mismatch] Scope member executionId (String) and attempts (Integer) must have the same type"),
        mistake(
            "  @Required @Length(max = 36) String executionId();",
            "  @Length(max = 36) String executionId();",
            "[shapeforge:scope-request-not-required] Scope request member executionId() of ListTasksRequest must be"
                + " @Required: every query needs a scope value",
            "request = \"executionId\","),
        mistake(
            "notFound = NoSuchExecution.class,",
            "notFound = Execution.class,",
            "[shapeforge:scope-not-found-not-error] Scope notFound test.spec.Execution is not an @ErrorShape"),
        mistake(
            "notFound = NoSuchExecution.class,",
            "notFound = OtherError.class,",
            "[shapeforge:scope-not-found-not-listed] Scope notFound test.spec.OtherError is not among the errors of"
                + " @Operation ListTasks; add it to errors"),
        mistake(
            "notFoundMessage = \"Execution {} does not exist\"",
            "notFoundMessage = \"Execution does not exist\"",
            "[shapeforge:scope-message-placeholder] notFoundMessage \"Execution does not exist\" has no {}, which stands"
                + " for the requested scope value"),
        // filters
        mistake(
            "member = \"startTime\", op = FilterOp.BEFORE",
            "member = \"name\", op = FilterOp.BEFORE",
            "[shapeforge:filter-op-not-applicable] Filter STARTED_BEFORE: BEFORE does not apply to name() of type String;"
                + " it needs an Instant"),
        mistake(
            "member = \"name\", op = FilterOp.EQUALS",
            "member = \"startTime\", op = FilterOp.BEGINS_WITH",
            "[shapeforge:filter-op-not-applicable] Filter TYPE: BEGINS_WITH does not apply to startTime() of type Instant;"
                + " it needs a String"),
        mistake(
            "member = \"name\", op = FilterOp.EQUALS",
            "member = \"tags\", op = FilterOp.IN",
            "[shapeforge:filter-op-not-applicable] Filter TYPE: IN does not apply to tags() of type List<String>;"
                + " it needs a String, @EnumShape, Integer, Long or Boolean"),
        mistake(
            "member = \"name\", op = FilterOp.EQUALS",
            "member = \"startTime\", op = FilterOp.EQUALS",
            "[shapeforge:filter-op-not-applicable] Filter TYPE: EQUALS does not apply to startTime() of type Instant;"
                + " it needs a String, @EnumShape, Integer, Long or Boolean"),
        mistake(
            "allowed = {\"PENDING\", \"DONE\"}",
            "allowed = {\"PENDING\"}, allowedEnum = Status.class",
            "[shapeforge:filter-allowed-conflict] Filter STATUS gives both allowed and allowedEnum; give at most one"),
        mistake(
            "allowed = {\"PENDING\", \"DONE\"}",
            "allowedEnum = Task.class",
            "[shapeforge:filter-allowed-enum-not-enum] Filter STATUS: allowedEnum test.spec.Task is not an @EnumShape"),
        mistake(
            "@FilterKey(name = \"TYPE\"",
            "@FilterKey(name = \"STATUS\"",
            "[shapeforge:filter-duplicate-key] Filter key STATUS is declared twice",
            "member = \"name\""),
        mistake(
            "allowed = {\"PENDING\", \"DONE\"}",
            "allowed = {\"PENDING\", \"LOST\"}",
            "[shapeforge:filter-value-not-in-enum] Filter STATUS: allowed value \"LOST\" is not a value of Status"
                + " [PENDING, RUNNING, DONE]"),
        mistake(
            "member = \"name\", op = FilterOp.EQUALS",
            "member = \"attempts\", op = FilterOp.IN, allowed = {\"1\", \"x\"}",
            "[shapeforge:filter-value-invalid] Filter TYPE: allowed value \"x\" is not a distinct Integer value"),
        // order
        mistake(
            "orderBy = {@OrderBy(\"startTime\"), @OrderBy(\"taskId\")})",
            "orderBy = {})",
            "[shapeforge:order-by-empty] @Query of ListTasks needs at least one orderBy member"),
        mistake(
            "orderBy = {@OrderBy(\"startTime\"), @OrderBy(\"taskId\")})",
            "orderBy = {@OrderBy(\"taskId\"), @OrderBy(\"taskId\")})",
            "[shapeforge:order-by-repeated] orderBy lists taskId twice"),
        mistake(
            "orderBy = {@OrderBy(\"startTime\"), @OrderBy(\"taskId\")})",
            "orderBy = {@OrderBy(\"startTime\")})",
            "[shapeforge:order-not-unique] Scope and orderBy must identify a Task uniquely; end orderBy with its"
                + " identifiers [taskId]"),
        mistake(
            "orderBy = {@OrderBy(\"startTime\"), @OrderBy(\"taskId\")})",
            "orderBy = {@OrderBy(\"tags\"), @OrderBy(\"taskId\")})",
            "[shapeforge:order-by-not-sortable] orderBy tags() has type List<String>; order by String, Boolean, Integer,"
                + " Long, Instant or @EnumShape members"));
  }

  /** A mistake reported on the changed line. */
  private static Arguments mistake(String written, String replacement, String message) {
    return mistake(written, replacement, message, replacement);
  }

  /**
   * A mistake reported on the line containing {@code reportedOn}; {@code null} for the {@code
   * orderBy} line.
   */
  private static Arguments mistake(
      String written, String replacement, String message, String reportedOn) {
    return Arguments.of(
        written, replacement, message, reportedOn == null ? "orderBy = {" : reportedOn);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("oneMistake")
  void oneMistakeIsOneTaggedErrorOnItsValue(
      String written, String replacement, String message, String reportedOn) {
    JavaFileObject shapes = QuerySpec.sound().replace(written, replacement).shapes();
    Fixtures.assertOneError(
        Fixtures.compile(QuerySpec.service(), shapes), shapes, message, reportedOn);
  }

  /**
   * Smithy's {@code @paginated} leaves page size and items optional; a plain paged operation may
   * too.
   */
  @Test
  void paginatedWithoutPageSizeOrItemsCompilesWhenNotAQuery() {
    String line =
        "@Operation(input = ListTasksRequest.class, output = ListTasksResult.class)"
            + " @Paginated(inputToken = \"nextToken\", outputToken = \"nextToken\") interface ScanTasks {}";
    Compilation compilation =
        Fixtures.compile(QuerySpec.service(), QuerySpec.sound().append(line).shapes());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void queryWithoutPageSizeIsOneErrorOnPaginated() {
    JavaFileObject shapes =
        QuerySpec.sound().replace("    pageSize = \"maxResults\",", "").shapes();
    Compilation compilation = Fixtures.compile(QuerySpec.service(), shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-pagination-incomplete] @Query operation ListTasks needs @Paginated"
                + " pageSize: the query engine pages by pageSize and defaultPageSize and returns the page in items")
        .inFile(shapes)
        .onLineContaining("@Paginated(");
  }

  @Test
  void queryWithoutItemsIsOneErrorOnPaginated() {
    JavaFileObject shapes =
        QuerySpec.sound()
            .replace("    defaultPageSize = 10,", "    defaultPageSize = 10)")
            .replace("    items = \"tasks\")", "")
            .shapes();
    Compilation compilation = Fixtures.compile(QuerySpec.service(), shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-pagination-incomplete] @Query operation ListTasks needs @Paginated items")
        .inFile(shapes)
        .onLineContaining("@Paginated(");
  }

  /** AWS's models give no default page size, so an imported paginated operation has none. */
  @Test
  void paginatedWithoutDefaultPageSizeAndWithoutQueryCompiles() {
    String line =
        "@Operation(input = ListTasksRequest.class, output = ListTasksResult.class)"
            + " @Paginated(inputToken = \"nextToken\", outputToken = \"nextToken\", pageSize = \"maxResults\","
            + " items = \"tasks\") interface ListMoreTasks {}";
    Compilation compilation =
        Fixtures.compile(QuerySpec.service(), QuerySpec.sound().append(line).shapes());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(QuerySpec.MODEL + ".TaskRunnerHandler")
        .contentsAsUtf8String()
        .contains("default ListTasksResult listMoreTasks(ListTasksRequest request) {");
  }

  @Test
  void paginatedWithoutOperation() {
    String line =
        "@Paginated(inputToken = \"a\", outputToken = \"b\", pageSize = \"c\", defaultPageSize = 1, items = \"d\")"
            + " interface Orphan {}";
    JavaFileObject shapes = QuerySpec.sound().append(line).shapes();
    Compilation compilation = Fixtures.compile(QuerySpec.service(), shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-without-operation] @Paginated on Orphan needs @Operation on the same interface")
        .inFile(shapes)
        .onLineContaining("interface Orphan");
  }

  @Test
  void queryWithoutOperation() {
    String line =
        "@Query(record = Task.class, scope = @Scope(request = \"a\", record = \"b\", parent = Execution.class,"
            + " notFound = NoSuchExecution.class, notFoundMessage = \"{}\"), orderBy = @OrderBy(\"c\")) interface Orphan {}";
    JavaFileObject shapes = QuerySpec.sound().append(line).shapes();
    Compilation compilation = Fixtures.compile(QuerySpec.service(), shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-without-operation] @Query on Orphan needs @Operation on the same interface,"
                + " or operation = X.class naming the operation it answers")
        .inFile(shapes)
        .onLineContaining("interface Orphan");
  }

  @Test
  void queryWithoutPaginated() {
    String line =
        "@Operation(input = ListTasksRequest.class, output = ListTasksResult.class, errors = NoSuchExecution.class)"
            + " @Query(record = Task.class, scope = @Scope(request = \"executionId\", record = \"executionId\","
            + " parent = Execution.class, notFound = NoSuchExecution.class, notFoundMessage = \"{}\"),"
            + " orderBy = @OrderBy(\"taskId\")) interface Unpaged {}";
    JavaFileObject shapes = QuerySpec.sound().append(line).shapes();
    Compilation compilation = Fixtures.compile(QuerySpec.service(), shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-without-paginated] @Query operation Unpaged needs @Paginated:"
                + " a query returns its results in pages")
        .inFile(shapes)
        .onLineContaining("interface Unpaged");
  }

  @Test
  void queryWithoutService() {
    JavaFileObject shapes = QuerySpec.sound().shapes();
    Compilation compilation = Fixtures.compile(shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-without-service] @Query operation ListTasks needs @Service on package"
                + " test.spec: the generated tables and dispatcher are named after the service")
        .inFile(shapes)
        .onLineContaining("@Query(");
  }

  @Test
  void recordWithoutIdentifier() {
    JavaFileObject shapes =
        QuerySpec.sound()
            .replace(
                "  @Identifier @Required @Length(min = 1, max = 36) String executionId();",
                "  String executionId();")
            .replace("  @Identifier @Required String taskId();", "  String taskId();")
            .shapes();
    Compilation compilation = Fixtures.compile(QuerySpec.service(), shapes);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:query-record-identifier] Query record Task needs at least one @Identifier member"
                + " (String, Boolean, Integer, Long, Instant or an @EnumShape): they form its primary key;"
                + " for a record without @Identifier (an imported shape), name them in @Query key")
        .inFile(shapes)
        .onLineContaining("record = Task.class,");
  }
}
