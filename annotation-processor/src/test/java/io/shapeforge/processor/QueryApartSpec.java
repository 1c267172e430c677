package io.shapeforge.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A small imported spec (package-private shapes with no {@code @Identifier}, a paged operation with
 * no default page size, as the importer writes them) and a sound query declared apart from it in a
 * file of its own, one annotation value per line, so that a test can change one line of either to
 * make one mistake.
 *
 * <pre>{@code
 * JavaFileObject broken = QueryApartSpec.sound().replaceInBehaviour("    defaultPageSize = 10,", "").behaviour();
 * }</pre>
 */
final class QueryApartSpec {

  static final String MODEL = "test.model";

  private static final List<String> IMPORTED =
      List.of(
          "package test.spec; import io.shapeforge.spec.*; import java.util.*; import java.time.Instant;",
          "@Structure interface Filter {",
          "  String key();",
          "  List<String> values();",
          "}",
          "@EnumShape enum Status { PENDING, RUNNING, DONE }",
          "@Structure interface Execution {",
          "  @Required String executionId();",
          "  String name();",
          "}",
          "@Structure interface Task {",
          "  @Length(min = 1, max = 36) String executionId();",
          "  String taskId();",
          "  Status status();",
          "  Instant startTime();",
          "  List<String> tags();",
          "}",
          "@Structure interface Attempt {",
          "  String executionId();",
          "  String taskId();",
          "  Status status();",
          "  Instant startTime();",
          "}",
          "@Structure interface ListTasksRequest {",
          "  @Required @Length(max = 36) String executionId();",
          "  List<Filter> filters();",
          "  @Range(min = \"1\", max = \"50\") Integer maxResults();",
          "  String nextToken();",
          "}",
          "@Structure interface ListTasksResult {",
          "  List<Task> tasks();",
          "  String nextToken();",
          "}",
          "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface NoSuchExecution { String message(); }",
          "/** Lists the tasks of one execution. */",
          "@Operation(input = ListTasksRequest.class, output = ListTasksResult.class, errors = {NoSuchExecution.class})",
          "@Paginated(inputToken = \"nextToken\", outputToken = \"nextToken\", pageSize = \"maxResults\", items = \"tasks\")",
          "interface ListTasks {}");

  private static final List<String> BEHAVIOUR =
      List.of(
          "package test.spec; import io.shapeforge.spec.*;",
          "/** ListTasks, answered from the store. */",
          "@Query(",
          "    operation = ListTasks.class,",
          "    record = Task.class,",
          "    key = {\"executionId\", \"taskId\"},",
          "    defaultPageSize = 10,",
          "    scope = @Scope(",
          "        request = \"executionId\",",
          "        record = \"executionId\",",
          "        parent = Execution.class,",
          "        parentKey = \"executionId\",",
          "        notFound = NoSuchExecution.class,",
          "        notFoundMessage = \"Execution {} does not exist\"),",
          "    filters = @FilterKey(name = \"STATUS\", member = \"status\", op = FilterOp.IN),",
          "    orderBy = {@OrderBy(\"startTime\"), @OrderBy(\"taskId\")})",
          "interface ListTasksBehaviour {}");

  private final List<String> imported;
  private final List<String> behaviour;

  private QueryApartSpec(List<String> imported, List<String> behaviour) {
    this.imported = List.copyOf(imported);
    this.behaviour = List.copyOf(behaviour);
  }

  static QueryApartSpec sound() {
    return new QueryApartSpec(IMPORTED, BEHAVIOUR);
  }

  /** This spec with the one imported line that contains {@code written} replaced. */
  QueryApartSpec replaceInImported(String written, String replacement) {
    return new QueryApartSpec(Fixtures.replaceOneLine(imported, written, replacement), behaviour);
  }

  /** This spec with the one behaviour line that contains {@code written} replaced. */
  QueryApartSpec replaceInBehaviour(String written, String replacement) {
    return new QueryApartSpec(imported, Fixtures.replaceOneLine(behaviour, written, replacement));
  }

  /** This spec with {@code line} appended to the behaviour file. */
  QueryApartSpec appendToBehaviour(String line) {
    List<String> more = new ArrayList<>(behaviour);
    more.add(line);
    return new QueryApartSpec(imported, more);
  }

  /** The imported shapes and operation, in {@code test/spec/Imported.java}. */
  JavaFileObject imported() {
    return JavaFileObjects.forSourceLines("test.spec.Imported", imported);
  }

  /** The declaration, in {@code test/spec/ListTasksBehaviour.java}. */
  JavaFileObject behaviour() {
    return JavaFileObjects.forSourceLines("test.spec.ListTasksBehaviour", behaviour);
  }

  /** The package with its {@code @Service}. */
  static JavaFileObject service() {
    return QuerySpec.service();
  }
}
