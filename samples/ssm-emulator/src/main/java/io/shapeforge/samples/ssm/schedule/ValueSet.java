package io.shapeforge.samples.ssm.schedule;

import java.util.BitSet;

/** The values one numeric cron field allows: an immutable set of small non-negative integers. */
final class ValueSet {
  private final BitSet values;

  private ValueSet(BitSet values) {
    this.values = values;
  }

  static ValueSet of(BitSet values) {
    return new ValueSet((BitSet) values.clone());
  }

  static ValueSet single(int value) {
    BitSet bits = new BitSet();
    bits.set(value);
    return new ValueSet(bits);
  }

  static ValueSet range(int min, int max) {
    BitSet bits = new BitSet();
    bits.set(min, max + 1);
    return new ValueSet(bits);
  }

  boolean contains(int value) {
    return value >= 0 && values.get(value);
  }

  /** The smallest allowed value at or above {@code from}, or -1 if there is none. */
  int next(int from) {
    return values.nextSetBit(Math.max(from, 0));
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
