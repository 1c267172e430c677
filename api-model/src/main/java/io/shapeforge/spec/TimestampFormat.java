package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an {@code Instant} member travels, like Smithy's {@code @timestampFormat}. Without it the
 * protocol's default applies: epoch seconds for {@link Protocol#AWS_JSON_1_1}.
 *
 * <pre>{@code
 * @TimestampFormat(TimestampFormat.Format.DATE_TIME) Instant createdAt();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface TimestampFormat {
  /** The format. */
  Format value();

  /** The wire formats of a timestamp. */
  enum Format {
    /** A JSON number of seconds since the epoch, with a fraction for milliseconds. */
    EPOCH_SECONDS,
    /** An RFC 3339 string such as {@code 1985-04-12T23:20:50.52Z}. */
    DATE_TIME,
    /** An IMF-fixdate string (RFC 7231) such as {@code Tue, 29 Apr 2014 18:30:38 GMT}. */
    HTTP_DATE
  }
}
