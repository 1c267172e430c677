package io.shapeforge.processor.check;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * A type carrying {@code @Paginated} or {@code @Query} but no {@code @Operation}, which the check
 * stage reports.
 *
 * @param typeName its qualified name
 * @param annotations which of the two it carries
 */
public record Orphan(String typeName, List<Class<? extends Annotation>> annotations) {
  public Orphan {
    annotations = List.copyOf(annotations);
  }
}
