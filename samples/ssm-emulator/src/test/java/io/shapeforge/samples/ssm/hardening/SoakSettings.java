package io.shapeforge.samples.ssm.hardening;

import java.time.Duration;

/**
 * How hard {@link SoakTest} pushes: the short CI version by default, the long one with {@code
 * -Dshapeforge.soak=long}; {@code -Dshapeforge.soak.clients=N} and {@code
 * -Dshapeforge.soak.seconds=S} override either. Every client also stops after {@link
 * #maxOperationsPerClient} operations, so a run is bounded in count as well as in time.
 */
record SoakSettings(int clients, Duration duration, int maxOperationsPerClient) {
  static final SoakSettings SHORT = new SoakSettings(8, Duration.ofSeconds(5), 20_000);
  static final SoakSettings LONG = new SoakSettings(32, Duration.ofSeconds(20), 100_000);

  static SoakSettings fromSystemProperties() {
    SoakSettings base = "long".equals(System.getProperty("shapeforge.soak")) ? LONG : SHORT;
    int clients = Integer.getInteger("shapeforge.soak.clients", base.clients());
    long seconds = Long.getLong("shapeforge.soak.seconds", base.duration().toSeconds());
    return new SoakSettings(clients, Duration.ofSeconds(seconds), base.maxOperationsPerClient());
  }
}
