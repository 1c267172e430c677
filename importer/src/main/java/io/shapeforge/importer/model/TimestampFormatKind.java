package io.shapeforge.importer.model;

/** The wire formats of a timestamp, as Smithy's {@code @timestampFormat} names them. */
public enum TimestampFormatKind {
  EPOCH_SECONDS,
  DATE_TIME,
  HTTP_DATE
}
