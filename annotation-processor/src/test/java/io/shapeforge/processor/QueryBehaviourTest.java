package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the {@link QuerySpec} with code that uses its generated query, filters, tables and
 * dispatch, loads it, and pages through an in-memory store with a filter. Modest by design: the SSM
 * sample holds the thorough behaviour tests.
 */
class QueryBehaviourTest {

  @TempDir Path classes;

  @Test
  void generatedQueryPagesThroughAFilteredScope() throws IOException, ReflectiveOperationException {
    Compilation compilation =
        Fixtures.compile(
            QuerySpec.service(),
            QuerySpec.sound().shapes(),
            JavaFileObjects.forResource("specs/query/PageThroughTasks.java"));
    assertThat(compilation).succeededWithoutWarnings();
    Fixtures.writeClasses(compilation, classes);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<List<String>> scenario =
          (Supplier<List<String>>)
              loader
                  .loadClass("test.usage.PageThroughTasks")
                  .getDeclaredConstructor()
                  .newInstance();
      assertEquals(
          List.of(
              "filter Filter(Key=STATUS, Values=[PENDING, DONE])",
              "page t8,t6",
              "page t5,t3",
              "page t2,t0",
              "and t8,t6,t5",
              "default page size 9",
              "NoSuchExecution: Execution e9 does not exist",
              "1 validation error detected: Value 'RUNNING' at 'filters.1.member.values.1.member' failed to satisfy"
                  + " constraint: Member must satisfy enum value set: [PENDING, DONE]",
              "200 {\"Tasks\":[{\"ExecutionId\":\"e2\",\"TaskId\":\"x\",\"Status\":\"PENDING\",\"StartTime\":1}]}",
              "operations [ListTasks]"),
          scenario.get());
    }
  }

  /**
   * A query without filter keys still hands the request's filters to the engine, which rejects
   * them.
   */
  @Test
  void aQueryWithoutFilterKeysStillChecksTheRequestsFilters() {
    Compilation compilation =
        Fixtures.compile(
            QuerySpec.service(),
            QuerySpec.sound()
                .replace("    filters = {", "    /* no filter keys: filters = {")
                .replace("op = FilterOp.BEFORE)},", "op = FilterOp.BEFORE)}, */")
                .shapes());
    assertThat(compilation).succeededWithoutWarnings();
    String query = Fixtures.sourceOf(compilation, QuerySpec.MODEL + ".ListTasksQuery");
    assertTrue(
        query.contains("RequestFilter.from(request.filters(), Filter::key, Filter::values)"),
        query);
    assertTrue(compilation.generatedSourceFile(QuerySpec.MODEL + ".ListTasksFilters").isEmpty());
  }
}
