package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyPercentilesTest {
  @Test
  void nearestRankOfOneToHundred() {
    long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
    LatencyPercentiles percentiles = new LatencyPercentiles(shuffled);
    assertEquals(50, percentiles.nanosAt(50));
    assertEquals(99, percentiles.nanosAt(99));
    assertEquals(100, percentiles.nanosAt(100));
    assertEquals(1, percentiles.nanosAt(0.5));
  }

  @Test
  void smallSamplesRoundTheRankUp() {
    LatencyPercentiles percentiles = new LatencyPercentiles(new long[] {30, 10, 20});
    assertEquals(20, percentiles.nanosAt(50));
    assertEquals(30, percentiles.nanosAt(99));
  }

  @Test
  void rejectsEmptySamplesAndBadPercents() {
    assertThrows(IllegalArgumentException.class, () -> new LatencyPercentiles(new long[0]));
    assertThrows(
        IllegalArgumentException.class, () -> new LatencyPercentiles(new long[] {1}).nanosAt(0));
    assertThrows(
        IllegalArgumentException.class, () -> new LatencyPercentiles(new long[] {1}).nanosAt(101));
  }
}
