package io.shapeforge.runtime.store;

import java.util.Objects;

/**
 * The part of an index a {@link Table#scan} reads: every entry whose key starts with {@link
 * #prefix()}, optionally only those at or after a lower bound. Bounds are key prefixes too: {@code
 * after(k)} skips every entry whose key starts with {@code k}, {@code from(k)} starts at the first
 * one.
 *
 * <pre>{@code
 * ScanRange.prefix(Key.of(scope)).after(Key.of(scope, lastStartTime, lastTaskId))
 * }</pre>
 *
 * @param prefix the values every returned key starts with; empty for the whole index
 * @param lowerBound the lower bound, or {@code null} for none
 * @param lowerInclusive whether entries starting with {@code lowerBound} are returned
 */
public record ScanRange(Key prefix, Key lowerBound, boolean lowerInclusive) {

  public ScanRange {
    Objects.requireNonNull(prefix, "prefix");
  }

  /** The whole index. */
  public static ScanRange all() {
    return new ScanRange(Key.empty(), null, false);
  }

  /** Every entry whose key starts with {@code prefix}. */
  public static ScanRange prefix(Key prefix) {
    return new ScanRange(prefix, null, false);
  }

  /** This range without the entries up to and including those starting with {@code bound}. */
  public ScanRange after(Key bound) {
    return new ScanRange(prefix, Objects.requireNonNull(bound, "bound"), false);
  }

  /** This range without the entries before the first one starting with {@code bound}. */
  public ScanRange from(Key bound) {
    return new ScanRange(prefix, Objects.requireNonNull(bound, "bound"), true);
  }
}
