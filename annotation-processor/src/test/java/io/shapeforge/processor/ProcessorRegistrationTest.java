package io.shapeforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * javac finds the processor through the service file, and Gradle treats it as aggregating (the
 * tables and dispatch files span every query of a service).
 */
class ProcessorRegistrationTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ShapeforgeProcessor.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void registeredForJavac() throws IOException {
    assertEquals(
        ShapeforgeProcessor.class.getName(),
        resource("META-INF/services/javax.annotation.processing.Processor"));
  }

  /**
   * Aggregating: the tables and dispatch classes span every query of a service, which Gradle's
   * isolating mode (one originating element per file) cannot express.
   */
  @Test
  void declaredAggregatingForGradle() throws IOException {
    assertEquals(
        ShapeforgeProcessor.class.getName() + ",aggregating",
        resource("META-INF/gradle/incremental.annotation.processors"));
  }
}
