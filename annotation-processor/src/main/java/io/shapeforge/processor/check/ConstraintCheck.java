package io.shapeforge.processor.check;

import io.shapeforge.processor.model.Constraint;
import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.MemberType.ScalarKind;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Sparse;
import io.shapeforge.spec.TimestampFormat;
import io.shapeforge.spec.UniqueItems;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the constraints on one value (a member, or a list's elements, or a map's keys or values):
 * that each applies to the value's type, that bounds are sane, and that patterns compile.
 */
final class ConstraintCheck {

  private final Findings findings;

  ConstraintCheck(Findings findings) {
    this.findings = findings;
  }

  /**
   * @param owner the shape's spec name
   * @param at where the constraint annotations sit (the member, or one of its type arguments)
   * @param target how messages name the value, such as {@code member key() of type String}
   */
  void check(String owner, SourceRef at, String target, MemberType type, Constraints constraints) {
    for (Constraint constraint : constraints.all()) {
      if (constraint instanceof Constraint.Length length) {
        checkLength(owner, at, target, type, length);
      } else if (constraint instanceof Constraint.Range range) {
        checkRange(owner, at, target, type, range);
      } else if (constraint instanceof Constraint.Pattern pattern) {
        checkPattern(owner, at, target, type, pattern, constraints);
      } else if (constraint instanceof Constraint.UniqueItems && !type.isList()) {
        notApplicable(owner, at, UniqueItems.class, target, "List values");
      } else if (constraint instanceof Constraint.SparseWritten && !type.isCollection()) {
        findings.error(owner, ErrorMessages.sparseNotCollection(target), at, Sparse.class, null);
      } else if (constraint instanceof Constraint.TimestampFormatWritten
          && !type.is(ScalarKind.TIMESTAMP)) {
        findings.error(
            owner,
            ErrorMessages.timestampFormatNotTimestamp(target),
            at,
            TimestampFormat.class,
            null);
      }
    }
  }

  private void checkLength(
      String owner, SourceRef at, String target, MemberType type, Constraint.Length length) {
    if (!(type.is(ScalarKind.STRING) || type.is(ScalarKind.BLOB) || type.isCollection())) {
      notApplicable(owner, at, Length.class, target, "String, byte[] (blob), List and Map values");
      return;
    }
    if (length.min() < 0) {
      findings.error(
          owner,
          ErrorMessages.boundNegative("Length", "min", length.min()),
          at,
          Length.class,
          "min");
    }
    if (length.max() < 0) {
      findings.error(
          owner,
          ErrorMessages.boundNegative("Length", "max", length.max()),
          at,
          Length.class,
          "max");
    }
    if (length.min() > length.max()) {
      findings.error(
          owner,
          ErrorMessages.boundsInverted("Length", length.min(), length.max()),
          at,
          Length.class,
          "max");
    }
  }

  private void checkRange(
      String owner, SourceRef at, String target, MemberType type, Constraint.Range range) {
    Optional<ScalarKind> number = type.scalarKind().filter(ScalarKind::isNumber);
    if (number.isEmpty()) {
      notApplicable(
          owner,
          at,
          Range.class,
          target,
          "Byte, Short, Integer, Long, Float, Double, BigInteger and BigDecimal values");
      return;
    }
    boolean minOk = checkBound(owner, at, number.get(), "min", range.min());
    boolean maxOk = checkBound(owner, at, number.get(), "max", range.max());
    if (minOk
        && maxOk
        && range.hasMin()
        && range.hasMax()
        && range.minValue().orElseThrow().compareTo(range.maxValue().orElseThrow()) > 0) {
      findings.error(
          owner,
          ErrorMessages.boundsInverted("Range", range.min(), range.max()),
          at,
          Range.class,
          "max");
    }
  }

  /** Whether a bound is open, or a number that {@code kind} can hold; reports it otherwise. */
  private boolean checkBound(
      String owner, SourceRef at, ScalarKind kind, String bound, String text) {
    if (text.isEmpty()) {
      return true;
    }
    Optional<BigDecimal> value = Constraint.Range.decimal(text);
    if (value.isEmpty()) {
      findings.error(owner, ErrorMessages.rangeBoundNotNumber(bound, text), at, Range.class, bound);
      return false;
    }
    if (!NumberKinds.fits(kind, value.get())) {
      findings.error(
          owner,
          ErrorMessages.rangeBoundDoesNotFit(bound, text, kind.written()),
          at,
          Range.class,
          bound);
      return false;
    }
    return true;
  }

  private void checkPattern(
      String owner,
      SourceRef at,
      String target,
      MemberType type,
      Constraint.Pattern pattern,
      Constraints constraints) {
    if (!type.is(ScalarKind.STRING)) {
      notApplicable(owner, at, Pattern.class, target, "String values");
      return;
    }
    try {
      java.util.regex.Pattern.compile(pattern.regex());
    } catch (PatternSyntaxException e) {
      findings.error(
          owner,
          ErrorMessages.patternInvalid(pattern.regex(), e.getDescription()),
          at,
          Pattern.class,
          "value");
      return;
    }
    if (constraints.length().filter(Constraint.Length::hasMax).isEmpty()) {
      findings.warning(owner, ErrorMessages.patternUnbounded(target), at, Pattern.class, "value");
    }
    BacktrackingPatterns.riskyGroup(pattern.regex())
        .ifPresent(
            group ->
                findings.warning(
                    owner,
                    ErrorMessages.patternBacktracking(pattern.regex(), group),
                    at,
                    Pattern.class,
                    "value"));
  }

  private void notApplicable(
      String owner,
      SourceRef at,
      Class<? extends Annotation> annotation,
      String target,
      String appliesTo) {
    findings.error(
        owner,
        ErrorMessages.constraintNotApplicable(annotation.getSimpleName(), target, appliesTo),
        at,
        annotation,
        null);
  }
}
