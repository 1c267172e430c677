package io.shapeforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** javac finds the processor through the service file, and Gradle treats it as isolating. */
class ProcessorRegistrationTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ShapeforgeProcessor.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void registeredForJavac() throws IOException {
    assertEquals(ShapeforgeProcessor.class.getName(), resource("META-INF/services/javax.annotation.processing.Processor"));
  }

  @Test
  void declaredIsolatingForGradle() throws IOException {
    assertEquals(
        ShapeforgeProcessor.class.getName() + ",isolating",
        resource("META-INF/gradle/incremental.annotation.processors"));
  }
}
