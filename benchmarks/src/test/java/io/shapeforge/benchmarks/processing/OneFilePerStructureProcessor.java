package io.shapeforge.benchmarks.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in processor that writes one class per {@code @Structure}, so timing and counting are
 * tested.
 */
public final class OneFilePerStructureProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.shapeforge.spec.Structure");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element structure : round.getElementsAnnotatedWith(annotation)) {
        String name = structure.getSimpleName() + "Model";
        try (Writer out =
            processingEnv
                .getFiler()
                .createSourceFile(SyntheticSpec.PACKAGE + "." + name, structure)
                .openWriter()) {
          out.write("package " + SyntheticSpec.PACKAGE + ";\nfinal class " + name + " {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return false;
  }
}
