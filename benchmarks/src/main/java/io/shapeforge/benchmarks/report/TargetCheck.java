package io.shapeforge.benchmarks.report;

/**
 * One target of issue 5 and how this run did against it.
 *
 * @param target what was promised, e.g. "shapeforgePage at least 8x faster than h2Page at 1M
 *     records"
 * @param measured the measured ratio or value, with its inputs
 * @param met whether the target was met; {@code null} when it could not be measured
 */
public record TargetCheck(String target, String measured, Boolean met) {
  /** "met", "**not met**" or "not measured". */
  public String verdict() {
    return met == null ? "not measured" : met ? "met" : "**not met**";
  }
}
