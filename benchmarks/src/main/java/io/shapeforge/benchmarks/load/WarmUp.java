package io.shapeforge.benchmarks.load;

import java.time.Duration;

/**
 * How long a load level warms up before it is measured: rounds of {@code round}, until two rounds
 * in a row agree on requests/s within {@code tolerance} (the JIT of client and server has settled),
 * or {@code maxRounds} have run. Requests sent while warming up are never measured.
 *
 * @param round the length of one warm-up round; zero for no warm-up
 * @param maxRounds the most rounds to run, even if the rate still moves
 * @param tolerance the largest relative change between two rounds that counts as settled, e.g.
 *     {@code 0.05} for 5%
 */
public record WarmUp(Duration round, int maxRounds, double tolerance) {
  /** Checks the bounds. */
  public WarmUp {
    if (round.isNegative() || maxRounds < 0 || !(tolerance > 0)) {
      throw new IllegalArgumentException("bad warm-up " + round + " x" + maxRounds);
    }
  }

  /** No warm-up at all. */
  public static WarmUp none() {
    return new WarmUp(Duration.ZERO, 0, 1);
  }

  /** Rounds of {@code round} until two agree within 5%, at most {@code maxRounds}. */
  public static WarmUp untilSettled(Duration round, int maxRounds) {
    return new WarmUp(round, maxRounds, 0.05);
  }

  /** Whether a rate moved by at most the tolerance from the round before. */
  boolean settled(double previousRate, double rate) {
    return previousRate > 0 && Math.abs(rate - previousRate) <= tolerance * previousRate;
  }
}
