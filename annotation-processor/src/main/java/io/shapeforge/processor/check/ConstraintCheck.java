package io.shapeforge.processor.check;

import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.MemberType.ScalarKind;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Sparse;
import io.shapeforge.spec.TimestampFormat;
import io.shapeforge.spec.UniqueItems;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Checks the constraints on one value (a member or a list's elements): that each applies to the
 * value's type, that bounds are sane, and that patterns compile.
 */
final class ConstraintCheck {

  private final Findings findings;

  ConstraintCheck(Findings findings) {
    this.findings = findings;
  }

  /**
   * @param owner the shape's spec name
   * @param element the member method, where diagnostics go
   * @param annotated where the constraint annotations sit (the method, or the type argument)
   * @param target how messages name the value, such as {@code member key() of type String}
   */
  void check(
      String owner,
      Element element,
      AnnotatedConstruct annotated,
      String target,
      MemberType type,
      Constraints constraints) {
    for (Constraint constraint : constraints.all()) {
      if (constraint instanceof Constraint.Length length) {
        checkLength(owner, element, annotated, target, type, length);
      } else if (constraint instanceof Constraint.Range range) {
        checkRange(owner, element, annotated, target, type, range);
      } else if (constraint instanceof Constraint.Pattern pattern) {
        checkPattern(owner, element, annotated, target, type, pattern, constraints);
      } else if (constraint instanceof Constraint.UniqueItems) {
        if (!(type instanceof MemberType.ListOf)) {
          notApplicable(owner, element, Mirrors.find(annotated, UniqueItems.class).orElseThrow(), "UniqueItems", target, "List values");
        }
      }
    }
    Mirrors.find(annotated, Sparse.class).ifPresent(mirror -> {
      if (!(type instanceof MemberType.ListOf || type instanceof MemberType.MapOf)) {
        findings.error(owner, ErrorMessages.sparseNotCollection(target), element, mirror, null);
      }
    });
    Mirrors.find(annotated, TimestampFormat.class).ifPresent(mirror -> {
      if (!type.is(ScalarKind.TIMESTAMP)) {
        findings.error(owner, ErrorMessages.timestampFormatNotTimestamp(target), element, mirror, null);
      }
    });
  }

  private void checkLength(
      String owner, Element element, AnnotatedConstruct annotated, String target, MemberType type, Constraint.Length length) {
    AnnotationMirror mirror = Mirrors.find(annotated, Length.class).orElseThrow();
    if (!(type.is(ScalarKind.STRING) || type.is(ScalarKind.BLOB) || type instanceof MemberType.ListOf
        || type instanceof MemberType.MapOf)) {
      notApplicable(owner, element, mirror, "Length", target, "String, byte[] (blob), List and Map values");
      return;
    }
    if (length.min() < 0) {
      findings.error(owner, ErrorMessages.boundNegative("Length", "min", length.min()), element, mirror, at(mirror, "min"));
    }
    if (length.max() < 0) {
      findings.error(owner, ErrorMessages.boundNegative("Length", "max", length.max()), element, mirror, at(mirror, "max"));
    }
    if (length.min() > length.max()) {
      findings.error(owner, ErrorMessages.boundsInverted("Length", length.min(), length.max()), element, mirror, at(mirror, "max"));
    }
  }

  private void checkRange(
      String owner, Element element, AnnotatedConstruct annotated, String target, MemberType type, Constraint.Range range) {
    AnnotationMirror mirror = Mirrors.find(annotated, Range.class).orElseThrow();
    if (!(type instanceof MemberType.Scalar scalar) || !scalar.kind().isNumber()) {
      notApplicable(owner, element, mirror, "Range", target,
          "Byte, Short, Integer, Long, Float, Double, BigInteger and BigDecimal values");
      return;
    }
    boolean minOk = checkBound(owner, element, mirror, scalar.kind(), "min", range.min());
    boolean maxOk = checkBound(owner, element, mirror, scalar.kind(), "max", range.max());
    if (minOk && maxOk && range.hasMin() && range.hasMax()
        && range.minValue().orElseThrow().compareTo(range.maxValue().orElseThrow()) > 0) {
      findings.error(owner, ErrorMessages.boundsInverted("Range", range.min(), range.max()), element, mirror, at(mirror, "max"));
    }
  }

  /** Whether a bound is open, or a number that {@code kind} can hold; reports it otherwise. */
  private boolean checkBound(
      String owner, Element element, AnnotationMirror mirror, ScalarKind kind, String bound, String text) {
    if (text.isEmpty()) {
      return true;
    }
    Optional<BigDecimal> value = Constraint.Range.decimal(text);
    if (value.isEmpty()) {
      findings.error(owner, ErrorMessages.rangeBoundNotNumber(bound, text), element, mirror, at(mirror, bound));
      return false;
    }
    if (!NumberKinds.fits(kind, value.get())) {
      findings.error(owner, ErrorMessages.rangeBoundDoesNotFit(bound, text, kind.written()), element, mirror, at(mirror, bound));
      return false;
    }
    return true;
  }

  private void checkPattern(
      String owner,
      Element element,
      AnnotatedConstruct annotated,
      String target,
      MemberType type,
      Constraint.Pattern pattern,
      Constraints constraints) {
    AnnotationMirror mirror = Mirrors.find(annotated, Pattern.class).orElseThrow();
    if (!type.is(ScalarKind.STRING)) {
      notApplicable(owner, element, mirror, "Pattern", target, "String values");
      return;
    }
    try {
      java.util.regex.Pattern.compile(pattern.regex());
    } catch (PatternSyntaxException e) {
      findings.error(owner, ErrorMessages.patternInvalid(pattern.regex(), e.getDescription()), element, mirror, at(mirror, "value"));
      return;
    }
    if (constraints.length().filter(Constraint.Length::hasMax).isEmpty()) {
      findings.warning(owner, ErrorMessages.patternUnbounded(target), element, mirror, at(mirror, "value"));
    }
    BacktrackingPatterns.riskyGroup(pattern.regex()).ifPresent(group -> findings.warning(
        owner, ErrorMessages.patternBacktracking(pattern.regex(), group), element, mirror, at(mirror, "value")));
  }

  private void notApplicable(
      String owner, Element element, AnnotationMirror mirror, String name, String target, String appliesTo) {
    findings.error(owner, ErrorMessages.constraintNotApplicable(name, target, appliesTo), element, mirror, null);
  }

  private static AnnotationValue at(AnnotationMirror mirror, String name) {
    return Mirrors.explicitValue(mirror, name).orElse(null);
  }
}
