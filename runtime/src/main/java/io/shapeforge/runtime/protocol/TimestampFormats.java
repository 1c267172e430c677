package io.shapeforge.runtime.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text forms of a timestamp, one rule each, shared by the JSON mapping and the query engine's
 * filter values: Smithy's {@code date-time} (RFC 3339), {@code http-date} (IMF-fixdate, RFC 7231)
 * and epoch seconds written as a decimal.
 */
public final class TimestampFormats {

  /** Epoch seconds as text: an optional sign, up to 19 digits and up to 9 fraction digits. */
  private static final Pattern EPOCH_SECONDS = Pattern.compile("-?[0-9]{1,19}(\\.[0-9]{1,9})?");

  /**
   * RFC 3339 {@code date-time}: upper-case {@code T}, seconds present, a {@code Z} or numeric
   * offset. {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} alone would also take a missing seconds
   * field ({@code 2021-08-04T18:35Z}), which RFC 3339 does not allow.
   */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private TimestampFormats() {}

  /** {@code 2021-08-04T18:35:35.145Z}: UTC, with as many fraction digits as needed. */
  public static String toDateTime(Instant value) {
    return DateTimeFormatter.ISO_INSTANT.format(value);
  }

  /** The instant an RFC 3339 {@code date-time} names, if {@code text} is one. */
  public static Optional<Instant> parseDateTime(String text) {
    if (!DATE_TIME.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code Wed, 04 Aug 2021 18:35:35 GMT}; an IMF-fixdate has no fraction, so it is dropped. */
  public static String toHttpDate(Instant value) {
    return HTTP_DATE.format(value);
  }

  /** The instant an IMF-fixdate names, if {@code text} is one. */
  public static Optional<Instant> parseHttpDate(String text) {
    try {
      return Optional.of(Instant.from(HTTP_DATE.parse(text)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant epoch seconds in decimal text name ({@code 1628102135.145}), if {@code text} is
   * that.
   */
  public static Optional<Instant> parseEpochSeconds(String text) {
    if (!EPOCH_SECONDS.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      BigDecimal seconds = new BigDecimal(text);
      BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
      int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
      return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), nanos));
    } catch (ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A filter value naming an instant: epoch seconds or an RFC 3339 {@code date-time}. The query
   * engine parses filter values with it and the processor checks a spec's values with it, so the
   * two never disagree.
   */
  public static Optional<Instant> parseFilterValue(String text) {
    Optional<Instant> epoch = parseEpochSeconds(text);
    return epoch.isPresent() ? epoch : parseDateTime(text);
  }
}
