package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule for timestamp text. The processor checks a spec's filter values with {@link
 * TimestampFormats#parseFilterValue} and the query engine parses a caller's with it, so this test
 * pins both.
 */
class TimestampFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "1628102135, 2021-08-04T18:35:35Z",
    "1628102135.145, 2021-08-04T18:35:35.145Z",
    "-1.5, 1969-12-31T23:59:58.500Z",
    "2021-08-04T18:35:35Z, 2021-08-04T18:35:35Z",
    "2021-08-04T18:35:35.145Z, 2021-08-04T18:35:35.145Z",
    "2021-08-04T20:35:35+02:00, 2021-08-04T18:35:35Z",
  })
  void filterValuesAreEpochSecondsOrRfc3339(String text, String instant) {
    assertEquals(Optional.of(Instant.parse(instant)), TimestampFormats.parseFilterValue(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1e9",
        "1628102135.1234567891",
        "2021-08-04",
        "2021-08-04T18:35Z",
        "2021-08-04 18:35:35Z",
        "2021-08-04t18:35:35z",
        "2021-13-04T18:35:35Z",
        "Wed, 04 Aug 2021 18:35:35 GMT",
        "99999999999999999999"
      })
  void anythingElseIsNoFilterValue(String text) {
    assertEquals(Optional.empty(), TimestampFormats.parseFilterValue(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-08-04T18:35:35.145Z | Wed, 04 Aug 2021 18:35:35 GMT",
        "2014-04-29T18:30:38Z | Tue, 29 Apr 2014 18:30:38 GMT",
        "2021-08-01T00:00:00Z | Sun, 01 Aug 2021 00:00:00 GMT",
      })
  void httpDateIsAnImfFixdateWithoutFraction(String instant, String httpDate) {
    assertEquals(httpDate, TimestampFormats.toHttpDate(Instant.parse(instant)));
    assertEquals(
        Optional.of(Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS)),
        TimestampFormats.parseHttpDate(httpDate));
  }

  @ParameterizedTest
  @CsvSource({"2021-08-04T18:35:35.145Z", "2021-08-04T18:35:35Z", "1969-12-31T23:59:59.000000001Z"})
  void dateTimeRoundTrips(String instant) {
    assertEquals(instant, TimestampFormats.toDateTime(Instant.parse(instant)));
    assertEquals(Optional.of(Instant.parse(instant)), TimestampFormats.parseDateTime(instant));
  }
}
