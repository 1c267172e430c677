package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the {@link ResourceSpecFixture} with code that drives its generated handler base, loads
 * it, and runs a window and its target through create, replay, mismatch, read and a delete that
 * cascades. The orders sample drives the same code through its dispatcher, bytes in and out.
 */
class ResourceBehaviourTest {

  @TempDir Path classes;

  @Test
  void aWindowAndItsTargetLiveAndDieTogether() throws IOException, ReflectiveOperationException {
    List<JavaFileObject> sources = new ArrayList<>(List.of(ResourceSpecFixture.sound().sources()));
    sources.add(JavaFileObjects.forResource("specs/resource/WindowLifecycle.java"));
    Compilation compilation = Fixtures.compileAcrossFiles(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    Fixtures.writeClasses(compilation, classes);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Supplier<List<String>> scenario =
          (Supplier<List<String>>)
              loader.loadClass("test.usage.WindowLifecycle").getDeclaredConstructor().newInstance();
      assertEquals(
          List.of(
              // A child's create checks its parent with the parent's not-found error.
              "missing parent: Maintenance window mw-0123456789abcdef0 does not exist",
              "minted mw- and 17 hex digits: true",
              "replayed: true",
              "mismatch: The client token was already used with other parameters",
              "target of the window, uuid: true",
              "read: nightly, 2",
              "updated in part: nightly-2, 2",
              // Replace = true clears the duration left out. AWS's model (botocore ssm 2014-11-06,
              // UpdateMaintenanceWindowRequest.Replace): "Optional fields that aren't specified are
              // set to null."
              "replaced: nightly-3, null",
              // The window's 4 targets, not the other window's, in one page of @Paginated's 10.
              "listed, default page of 10: 4, next: null",
              // The 3 targets of owner ops (the first one registered too), by pages of 2.
              "owner ops by 2: [2, 1] [ops, ops, ops]",
              "token of another listing: The specified token isn't valid.",
              // ListTargets' maxResults has no minimum in the model: 0 is still AWS's 400, never
              // a 500 (AWS's words for an integer under 1: boto/boto#1248, aws/aws-sdk-js#2193).
              "page size 0: 1 validation error detected: Value '0' at 'maxResults' failed to"
                  + " satisfy constraint: Member must have value greater than or equal to 1",
              "list of a missing parent: Maintenance window mw-0123456789abcdef0 does not exist",
              "deleted: Maintenance window <id> does not exist",
              "target after delete: Optional.empty",
              // The first answer again, and nothing stored: the token was spent on the window.
              "token replayed after delete: first id, stored: false"),
          scenario.get());
    }
  }
}
