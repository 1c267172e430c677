package io.shapeforge.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import javax.tools.JavaFileObject;

/** Compiles spec fixtures with the processor. */
final class Fixtures {

  private Fixtures() {}

  /** The golden spec: an SSM-like filter, a task with an enum and a timestamp, an error. */
  static final String[] GOLDEN = {
    "specs/golden/package-info.java",
    "specs/golden/MaintenanceWindowFilter.java",
    "specs/golden/MaintenanceWindowExecutionStatus.java",
    "specs/golden/WindowExecutionTask.java",
    "specs/golden/DoesNotExistException.java",
  };

  static JavaFileObject[] resources(String... names) {
    return Arrays.stream(names).map(JavaFileObjects::forResource).toArray(JavaFileObject[]::new);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ShapeforgeProcessor()).compile(sources);
  }
}
