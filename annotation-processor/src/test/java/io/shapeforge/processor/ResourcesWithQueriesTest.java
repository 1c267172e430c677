package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A service with both {@code @Query} operations ({@link QuerySpec}'s ListTasks) and
 * {@code @Resource} declarations ({@link ResourceSpecFixture}'s windows and targets): a dispatcher
 * takes one handler, so {@code <Service>Resources} extends {@code <Service>Queries}; and a record
 * the query engine stores already is no resource too, since each would keep it in a table of its
 * own.
 */
class ResourcesWithQueriesTest {

  private static JavaFileObject[] sources(ResourceSpecFixture resources, JavaFileObject... more) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(resources.sources()));
    sources.add(QuerySpec.sound().shapes());
    sources.addAll(List.of(more));
    return sources.toArray(new JavaFileObject[0]);
  }

  @Test
  void oneHandlerBaseServesTheQueriesAndTheResources() {
    // Compiles only if one object is the service's handler and answers both kinds of operation.
    JavaFileObject usage =
        JavaFileObjects.forSourceLines(
            "test.usage.OneHandler",
            "package test.usage;",
            "import io.shapeforge.runtime.page.NextTokenCodec;",
            "import io.shapeforge.runtime.store.InMemoryStore;",
            "import test.model.*;",
            "final class OneHandler {",
            "  static TaskRunnerHandler handler() {",
            "    TaskRunnerResources base =",
            "        new TaskRunnerResources(new InMemoryStore(), NextTokenCodec.withRandomKey());",
            "    TaskRunnerQueries queries = base;",
            "    return queries;",
            "  }",
            "  static TaskRunnerHandler onItsOwnResourceStore(InMemoryStore store, NextTokenCodec tokens) {",
            "    return new TaskRunnerResources(store, tokens,",
            "        new io.shapeforge.runtime.resource.ResourceStore(store, tokens, TaskRunnerResources.DEFINITIONS));",
            "  }",
            "  static Object both(TaskRunnerHandler handler) {",
            "    return java.util.List.of(",
            "        handler.listTasks(ListTasksRequest.builder().executionId(\"e-1\").build()),",
            "        handler.createWindow(CreateWindowRequest.builder().name(\"n\").build()));",
            "  }",
            "}");
    Compilation compilation =
        Fixtures.compileAcrossFiles(sources(ResourceSpecFixture.sound(), usage));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TaskRunnerResources")
        .contentsAsUtf8String()
        .contains("public class TaskRunnerResources extends TaskRunnerQueries {");
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TaskRunnerResources")
        .contentsAsUtf8String()
        .contains("    this(store, tokens, new ResourceStore(store, tokens, DEFINITIONS));\n");
    // A store of its own: one whose definitions mint otherwise (ResourceDefinition.withMinter).
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TaskRunnerResources")
        .contentsAsUtf8String()
        .contains(
            "    super(store, tokens);\n"
                + "    this.resources = Objects.requireNonNull(resources, \"resources\");\n");
  }

  @Test
  void aResourceOfARecordAQueryStoresIsOneTaggedError() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInBehaviour(
                "interface TargetBehaviour {}",
                "interface TargetBehaviour {}\n"
                    + "@Resource(record = Execution.class, identifier = \"executionId\","
                    + " mintUuid = true, notFound = NoSuchExecution.class, notFoundMessage = \"{}\")\n"
                    + "interface ExecutionBehaviour {}");
    Fixtures.assertOneError(
        Fixtures.compileAcrossFiles(sources(spec)),
        spec.behaviour(),
        "[shapeforge:resource-record-queried] @Resource ExecutionBehaviour: record Execution"
            + " is stored by a @Query of the service already, in a table of its own; a"
            + " resource keeps its records in its own table, so list them with the resource's"
            + " list operation instead",
        "record = Execution.class");
  }
}
