package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** A structure whose member type another processor generates waits for it instead of failing. */
class DeferralTest {

  /**
   * Generates the spec type {@code test.spec.Gen} in the first round, as another processor might.
   */
  private static final class GeneratingProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.spec.Gen").openWriter()) {
          out.write(
              "package test.spec;\n@io.shapeforge.spec.Structure interface Gen {"
                  + " @io.shapeforge.spec.Required String name(); }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void structureReferringToAGeneratedSpecTypeIsGeneratedInALaterRound() {
    Compilation compilation =
        javac()
            .withProcessors(new ShapeforgeProcessor(), new GeneratingProcessor())
            .compile(
                SpecErrorsTest.spec(
                    "UsesGen",
                    "@Structure interface UsesGen {",
                    "  @Required Gen gen();",
                    "  List<Gen> gens();",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.model.UsesGen");
    assertThat(compilation).generatedSourceFile("test.model.UsesGenValidator");
    assertThat(compilation).generatedSourceFile("test.model.Gen");
  }
}
