package io.shapeforge.samples.ssm.schedule;

import java.util.BitSet;

/**
 * Reads the plain part of a cron field: a comma-separated list of {@code *}, values (numbers, or
 * names in the Month and Day-of-week fields), ranges {@code a-b} and increments {@code a/n}, {@code
 * *}{@code /n}, {@code a-b/n}. A range whose start is above its end wraps around, as in Quartz,
 * whose syntax AWS's is: {@code FRI-MON} is Friday to Monday, {@code 22-2} in Hours is 22, 23, 0,
 * 1, 2.
 *
 * <p>The special characters {@code ? L W #} are the day rules' business ({@link DayRuleParser});
 * here they are errors.
 */
final class CronFieldParser {
  private CronFieldParser() {}

  static ValueSet parse(CronFieldKind field, String text) {
    BitSet values = new BitSet();
    for (String item : text.split(",", -1)) {
      if (item.isEmpty()) {
        throw new InvalidExpressionReason(ScheduleMessages.badValue(field, text));
      }
      addItem(field, item, values);
    }
    return ValueSet.of(values);
  }

  private static void addItem(CronFieldKind field, String item, BitSet values) {
    int slash = item.indexOf('/');
    String base = slash < 0 ? item : item.substring(0, slash);
    int step = slash < 0 ? 1 : step(field, item, item.substring(slash + 1));
    int dash = base.indexOf('-');
    if (base.isEmpty() || dash == 0 || dash == base.length() - 1) {
      throw new InvalidExpressionReason(ScheduleMessages.badValue(field, item));
    }
    int start;
    int end;
    if (base.equals("*")) {
      start = field.min();
      end = field.max();
    } else if (dash < 0) {
      start = value(field, base);
      // "5/15" runs from 5 to the end of the field; a lone "5" is just 5.
      end = slash < 0 ? start : field.max();
    } else {
      start = value(field, base.substring(0, dash));
      end = value(field, base.substring(dash + 1));
    }
    int size = field.max() - field.min() + 1;
    int last = end >= start ? end : end + size;
    for (int position = start; position <= last; position += step) {
      values.set(field.min() + Math.floorMod(position - field.min(), size));
    }
  }

  private static int step(CronFieldKind field, String item, String text) {
    if (!isNumber(text) || text.replaceFirst("^0+(?=.)", "").length() > 6) {
      throw new InvalidExpressionReason(ScheduleMessages.badValue(field, item));
    }
    int step = number(field, text);
    if (step < 1) {
      throw new InvalidExpressionReason(ScheduleMessages.zeroStep(field));
    }
    return step;
  }

  /** A single value of the field: a number within its range, or one of its names. */
  static int value(CronFieldKind field, String text) {
    if (isNumber(text)) {
      int value = number(field, text);
      if (value < field.min() || value > field.max()) {
        throw new InvalidExpressionReason(ScheduleMessages.outOfRange(field, value));
      }
      return value;
    }
    int named = field.valueOfName(text);
    if (named < 0) {
      throw new InvalidExpressionReason(ScheduleMessages.badValue(field, text));
    }
    return named;
  }

  static boolean isNumber(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Parses digits; anything longer than the field could hold is out of range, not an overflow. */
  private static int number(CronFieldKind field, String digits) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 6) {
      throw new InvalidExpressionReason(ScheduleMessages.outOfRange(field, digits));
    }
    return Integer.parseInt(trimmed);
  }
}
