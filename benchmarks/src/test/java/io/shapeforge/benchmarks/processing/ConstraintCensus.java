package io.shapeforge.benchmarks.processing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Records, per {@code @Structure}, how many members it has and how many carry a spec annotation.
 */
public final class ConstraintCensus extends AbstractProcessor {
  final Map<String, int[]> membersAndConstrained = new LinkedHashMap<>();

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
        int[] counts = new int[2];
        for (Element member : structure.getEnclosedElements()) {
          if (member.getKind() == ElementKind.METHOD) {
            counts[0]++;
            ExecutableElement method = (ExecutableElement) member;
            if (hasSpecAnnotation(method.getAnnotationMirrors())
                || typeHasSpecAnnotation(method.getReturnType())) {
              counts[1]++;
            }
          }
        }
        membersAndConstrained.put(structure.getSimpleName().toString(), counts);
      }
    }
    return false;
  }

  private static boolean typeHasSpecAnnotation(TypeMirror type) {
    if (hasSpecAnnotation(type.getAnnotationMirrors())) {
      return true;
    }
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().stream().anyMatch(ConstraintCensus::typeHasSpecAnnotation);
  }

  private static boolean hasSpecAnnotation(java.util.List<? extends AnnotationMirror> mirrors) {
    return mirrors.stream()
        .anyMatch(m -> m.getAnnotationType().toString().startsWith("io.shapeforge.spec."));
  }
}
