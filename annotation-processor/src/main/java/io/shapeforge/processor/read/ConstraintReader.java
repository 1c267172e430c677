package io.shapeforge.processor.read;

import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.Constraints;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Sparse;
import io.shapeforge.spec.TimestampFormat;
import io.shapeforge.spec.UniqueItems;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.AnnotatedConstruct;

/**
 * Reads {@code @Length}, {@code @Range}, {@code @Pattern} and {@code @UniqueItems} (and where
 * {@code @Sparse} and {@code @TimestampFormat} were written) from one place: a member's method
 * declaration, or a list's or map's type argument. Never from a method's return type, where javac
 * repeats a METHOD+TYPE_USE annotation.
 */
final class ConstraintReader {

  private final Mirrors mirrors;

  ConstraintReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  Constraints read(AnnotatedConstruct construct) {
    List<Constraint> found = new ArrayList<>(3);
    Mirrors.find(construct, Length.class)
        .ifPresent(
            m ->
                found.add(
                    new Constraint.Length(mirrors.intValue(m, "min"), mirrors.intValue(m, "max"))));
    Mirrors.find(construct, Range.class)
        .ifPresent(
            m ->
                found.add(
                    new Constraint.Range(mirrors.string(m, "min"), mirrors.string(m, "max"))));
    Mirrors.find(construct, Pattern.class)
        .ifPresent(m -> found.add(new Constraint.Pattern(mirrors.string(m, "value"))));
    if (Mirrors.has(construct, UniqueItems.class)) {
      found.add(new Constraint.UniqueItems());
    }
    if (Mirrors.has(construct, Sparse.class)) {
      found.add(new Constraint.SparseWritten());
    }
    if (Mirrors.has(construct, TimestampFormat.class)) {
      found.add(new Constraint.TimestampFormatWritten());
    }
    return found.isEmpty() ? Constraints.NONE : new Constraints(found);
  }
}
