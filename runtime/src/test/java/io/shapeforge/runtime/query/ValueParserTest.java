package io.shapeforge.runtime.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.shapeforge.runtime.store.ValueType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ValueParserTest {

  @Test
  void readsTimestampsAsEpochSecondsOrIso8601() {
    assertEquals(
        Instant.ofEpochSecond(1628102135, 145_000_000),
        ValueParser.parse(ValueType.INSTANT, "1628102135.145"));
    assertEquals(
        Instant.ofEpochSecond(-2, 500_000_000), ValueParser.parse(ValueType.INSTANT, "-1.5"));
    assertEquals(
        Instant.ofEpochSecond(1628102135),
        ValueParser.parse(ValueType.INSTANT, "2021-08-04T18:35:35Z"));
    assertEquals(
        Instant.ofEpochSecond(1628102135),
        ValueParser.parse(ValueType.INSTANT, "2021-08-04T20:35:35+02:00"));
    assertNull(ValueParser.parse(ValueType.INSTANT, "yesterday"));
    assertNull(ValueParser.parse(ValueType.INSTANT, "1.1234567891"));
    assertNull(ValueParser.parse(ValueType.INSTANT, "9999999999999999999"));
  }

  @Test
  void readsNumbersAndBooleansStrictly() {
    assertEquals(-42, ValueParser.parse(ValueType.INTEGER, "-42"));
    assertNull(ValueParser.parse(ValueType.INTEGER, "2147483648"));
    assertNull(ValueParser.parse(ValueType.INTEGER, "+1"));
    assertEquals(Long.MAX_VALUE, ValueParser.parse(ValueType.LONG, "9223372036854775807"));
    assertNull(ValueParser.parse(ValueType.LONG, "1e3"));
    assertEquals(Boolean.TRUE, ValueParser.parse(ValueType.BOOLEAN, "true"));
    assertNull(ValueParser.parse(ValueType.BOOLEAN, "TRUE"));
    assertEquals("any text", ValueParser.parse(ValueType.STRING, "any text"));
  }
}
