package io.shapeforge.processor.check;

import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.MemberType.ScalarKind;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Range;
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
      }
    }
  }

  private void checkLength(
      String owner, Element element, AnnotatedConstruct annotated, String target, MemberType type, Constraint.Length length) {
    AnnotationMirror mirror = Mirrors.find(annotated, Length.class).orElseThrow();
    if (!(type.is(ScalarKind.STRING) || type instanceof MemberType.ListOf)) {
      notApplicable(owner, element, mirror, "Length", target, "String and List values");
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
    if (!(type.is(ScalarKind.INTEGER) || type.is(ScalarKind.LONG))) {
      notApplicable(owner, element, mirror, "Range", target, "Integer and Long values");
      return;
    }
    long limit = type.is(ScalarKind.INTEGER) ? Integer.MAX_VALUE : Long.MAX_VALUE;
    boolean wellFormed = wholeBound(owner, element, mirror, "min", range.minText(), range.minDecimal(), -limit - 1, limit)
        & wholeBound(owner, element, mirror, "max", range.maxText(), range.maxDecimal(), -limit - 1, limit);
    if (wellFormed && range.min() > range.max()) {
      findings.error(owner, ErrorMessages.boundsInverted("Range", range.min(), range.max()), element, mirror, at(mirror, "max"));
    }
  }

  /** Whether a bound is open or a whole number that the member's type can hold; reports it if not. */
  private boolean wholeBound(String owner, Element element, AnnotationMirror mirror, String bound, String text,
      java.math.BigDecimal value, long lowest, long highest) {
    if (text.isBlank()) {
      return true;
    }
    boolean fits = value != null
        && value.stripTrailingZeros().scale() <= 0
        && value.compareTo(java.math.BigDecimal.valueOf(lowest)) >= 0
        && value.compareTo(java.math.BigDecimal.valueOf(highest)) <= 0;
    if (!fits) {
      findings.error(owner, ErrorMessages.rangeBound(bound, text, lowest, highest), element, mirror, at(mirror, bound));
    }
    return fits;
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
