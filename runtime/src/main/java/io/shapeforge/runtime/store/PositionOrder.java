package io.shapeforge.runtime.store;

import java.util.Comparator;
import java.util.List;

/**
 * Orders {@link Position}s by a list of key parts, component by component. When one side runs out
 * of components (a probe's prefix ends), its bias decides: before or after everything that shares
 * the prefix.
 */
final class PositionOrder<R> implements Comparator<Position<R>> {
  private final KeyPart<R>[] parts;

  @SuppressWarnings("unchecked")
  PositionOrder(List<KeyPart<R>> parts) {
    this.parts = List.copyOf(parts).toArray(new KeyPart[0]);
  }

  @Override
  public int compare(Position<R> left, Position<R> right) {
    int count = parts.length;
    int leftLength = left.length(count);
    int rightLength = right.length(count);
    for (int i = 0; i < count; i++) {
      boolean leftEnded = i >= leftLength;
      boolean rightEnded = i >= rightLength;
      if (leftEnded || rightEnded) {
        if (leftEnded && rightEnded) {
          return Integer.compare(left.bias(), right.bias());
        }
        return leftEnded ? left.bias() : -right.bias();
      }
      KeyPart<R> part = parts[i];
      int order = part.compareValues(left.component(i, part), right.component(i, part));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.bias(), right.bias());
  }
}
