package io.shapeforge.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A small, sound query spec (tasks of an execution, filtered by status and start time), one
 * annotation value per line so that a test can replace one line to make one mistake.
 *
 * <pre>{@code
 * JavaFileObject broken = QuerySpec.sound().replace("inputToken = \"nextToken\",", "inputToken = \"nextTokn\",").shapes();
 * }</pre>
 */
final class QuerySpec {

  static final String PACKAGE = "test.spec";
  static final String MODEL = "test.model";

  private static final List<String> SOUND =
      List.of(
          "package test.spec; import io.shapeforge.spec.*; import java.util.*; import java.time.Instant;",
          "@Structure interface Filter {",
          "  String key();",
          "  List<String> values();",
          "}",
          "@EnumShape enum Status { PENDING, RUNNING, DONE }",
          "/** A run of some tasks. */",
          "@Structure interface Execution {",
          "  @Identifier @Required String executionId();",
          "}",
          "/** One task of an execution. */",
          "@Structure interface Task {",
          "  @Identifier @Required @Length(min = 1, max = 36) String executionId();",
          "  @Identifier @Required String taskId();",
          "  Status status();",
          "  Instant startTime();",
          "  String name();",
          "  Integer attempts();",
          "  List<String> tags();",
          "}",
          "@Structure interface ListTasksRequest {",
          "  @Required @Length(max = 36) String executionId();",
          "  List<Filter> filters();",
          "  @Range(min = \"1\", max = \"50\") Integer maxResults();",
          "  String nextToken();",
          "}",
          "@Structure interface ListTasksResult {",
          "  List<Task> tasks();",
          "  List<String> labels();",
          "  String nextToken();",
          "}",
          "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface NoSuchExecution { String message(); }",
          "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface OtherError { String message(); }",
          "/** Lists the tasks of one execution. */",
          "@Operation(input = ListTasksRequest.class, output = ListTasksResult.class, errors = {NoSuchExecution.class})",
          "@Paginated(",
          "    inputToken = \"nextToken\",",
          "    outputToken = \"nextToken\",",
          "    pageSize = \"maxResults\",",
          "    defaultPageSize = 10,",
          "    items = \"tasks\")",
          "@Query(",
          "    record = Task.class,",
          "    scope = @Scope(",
          "        request = \"executionId\",",
          "        record = \"executionId\",",
          "        parent = Execution.class,",
          "        notFound = NoSuchExecution.class,",
          "        notFoundMessage = \"Execution {} does not exist\"),",
          "    filters = {",
          "        @FilterKey(name = \"STATUS\", member = \"status\", op = FilterOp.IN, allowed = {\"PENDING\", \"DONE\"}),",
          "        @FilterKey(name = \"TYPE\", member = \"name\", op = FilterOp.EQUALS),",
          "        @FilterKey(name = \"STARTED_BEFORE\", member = \"startTime\", op = FilterOp.BEFORE)},",
          "    orderBy = {@OrderBy(\"startTime\"), @OrderBy(\"taskId\")})",
          "interface ListTasks {}");

  private final List<String> lines;

  private QuerySpec(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  static QuerySpec sound() {
    return new QuerySpec(SOUND);
  }

  /** This spec with the one line that contains {@code written} replaced by {@code replacement}. */
  QuerySpec replace(String written, String replacement) {
    return new QuerySpec(Fixtures.replaceOneLine(lines, written, replacement));
  }

  /** This spec with {@code line} appended. */
  QuerySpec append(String line) {
    List<String> more = new ArrayList<>(lines);
    more.add(line);
    return new QuerySpec(more);
  }

  /** The shapes and operations, all in {@code test/spec/Shapes.java}. */
  JavaFileObject shapes() {
    return JavaFileObjects.forSourceLines(PACKAGE + ".Shapes", lines);
  }

  /** The package with its {@code @Service}. */
  static JavaFileObject service() {
    return JavaFileObjects.forSourceLines(
        PACKAGE + ".package-info",
        "@Service(name = \"TaskRunner\", targetPrefix = \"TaskRunner\", modelPackage = \""
            + MODEL
            + "\")",
        "package test.spec;",
        "import io.shapeforge.spec.Service;");
  }
}
