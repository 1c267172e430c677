package io.shapeforge.runtime.store;

/** A search position in an in-memory index: a key prefix and a {@link #bias()}. */
final class Probe<R> extends Position<R> {
  private final Key prefix;
  private final int bias;

  Probe(Key prefix, int bias) {
    this.prefix = prefix;
    this.bias = bias;
  }

  @Override
  int length(int parts) {
    return Math.min(parts, prefix.size());
  }

  @Override
  Object component(int i, KeyPart<R> part) {
    return prefix.get(i);
  }

  @Override
  int bias() {
    return bias;
  }
}
