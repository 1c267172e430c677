package io.shapeforge.samples.ssm.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until it is moved, and only ever moves forward, for the emulator's
 * {@code --clock manual@...} and for tests: a scheduler driven by it never sees time run backwards,
 * so a run that was due stays processed. Thread-safe; the views {@link #withZone} returns share the
 * same time.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.startingAt(Instant.parse("2027-01-04T00:00:00Z"));
 * clock.advance(Duration.ofHours(1));                  // 01:00
 * clock.set(Instant.parse("2027-01-05T00:00:00Z"));    // the next day
 * clock.set(Instant.parse("2027-01-04T00:00:00Z"));    // IllegalArgumentException: backwards
 * }</pre>
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock in UTC that reads {@code start} until it is moved. */
  public static ManualClock startingAt(Instant start) {
    return new ManualClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time: moving either moves both. */
  @Override
  public ManualClock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new ManualClock(now, newZone);
  }

  /**
   * Moves the clock forward by {@code amount} (zero leaves it where it is).
   *
   * @return the new time
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException(ScheduleMessages.negativeAdvance(amount));
    }
    return now.updateAndGet(current -> current.plus(amount));
  }

  /**
   * Moves the clock to {@code target}, which may equal the current time but not precede it.
   *
   * @return the new time
   * @throws IllegalArgumentException if {@code target} is before the current time
   */
  public Instant set(Instant target) {
    Objects.requireNonNull(target, "target");
    return now.updateAndGet(
        current -> {
          if (target.isBefore(current)) {
            throw new IllegalArgumentException(ScheduleMessages.clockBackwards(target, current));
          }
          return target;
        });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ManualClock that && that.now == now && that.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(now) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + "," + zone + "]";
  }
}
