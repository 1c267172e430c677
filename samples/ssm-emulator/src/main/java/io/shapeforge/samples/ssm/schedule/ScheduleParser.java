package io.shapeforge.samples.ssm.schedule;

import io.shapeforge.runtime.validation.ValidationException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the three kinds of expression apart and reads the simple two; {@link CronParser} reads
 * cron. Any failure becomes one {@code ValidationException} quoting the whole expression.
 */
final class ScheduleParser {
  private static final Pattern RATE = Pattern.compile("rate\\((\\d+)\\s+([a-z]+)\\)");
  private static final DateTimeFormatter AT_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private ScheduleParser() {}

  static Schedule parse(String expression) {
    if (expression == null) {
      throw new NullPointerException("expression");
    }
    try {
      if (expression.startsWith("cron(") && expression.endsWith(")")) {
        String fields = expression.substring("cron(".length(), expression.length() - 1);
        return new CronSchedule(expression, CronParser.parse(fields));
      }
      if (expression.startsWith("rate(")) {
        return new RateSchedule(expression, rate(expression));
      }
      if (expression.startsWith("at(") && expression.endsWith(")")) {
        return new AtSchedule(
            expression, at(expression.substring("at(".length(), expression.length() - 1)));
      }
      throw new InvalidExpressionReason(ScheduleMessages.NOT_AN_EXPRESSION);
    } catch (InvalidExpressionReason reason) {
      throw new ValidationException(
          ScheduleMessages.invalidSchedule(expression, reason.getMessage()));
    }
  }

  /**
   * "If the value is equal to 1, then the unit must be singular. Similarly, for values greater than
   * 1, the unit must be plural." (Reference: Cron and rate expressions for Systems Manager)
   */
  private static Duration rate(String expression) {
    Matcher matcher = RATE.matcher(expression);
    if (!matcher.matches()) {
      throw new InvalidExpressionReason(ScheduleMessages.RATE_FORM);
    }
    String digits = matcher.group(1).replaceFirst("^0+(?=.)", "");
    if (digits.length() > 9 || Long.parseLong(digits) < 1) {
      throw new InvalidExpressionReason(ScheduleMessages.RATE_FORM);
    }
    long value = Long.parseLong(digits);
    String unit = matcher.group(2);
    boolean plural = unit.endsWith("s");
    Duration one =
        switch (plural ? unit.substring(0, unit.length() - 1) : unit) {
          case "minute" -> Duration.ofMinutes(1);
          case "hour" -> Duration.ofHours(1);
          case "day" -> Duration.ofDays(1);
          default -> throw new InvalidExpressionReason(ScheduleMessages.RATE_FORM);
        };
    if (plural == (value == 1)) {
      throw new InvalidExpressionReason(ScheduleMessages.rateUnitNumber(value, unit));
    }
    return one.multipliedBy(value);
  }

  private static Instant at(String text) {
    try {
      return LocalDateTime.parse(text, AT_FORMAT).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new InvalidExpressionReason(ScheduleMessages.AT_FORM);
    }
  }
}
