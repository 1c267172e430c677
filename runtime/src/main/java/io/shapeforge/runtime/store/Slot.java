package io.shapeforge.runtime.store;

/**
 * One record's entry in one in-memory index. Its key components are read from the record through
 * the column getters, so an index holds no copy of any key. A writer may swap the record for a new
 * version with the same key in this index; the swap is one volatile write, so a concurrent reader
 * sees the old or the new version, never neither.
 */
final class Slot<R> extends Position<R> {
  volatile R record;

  Slot(R record) {
    this.record = record;
  }

  @Override
  int length(int parts) {
    return parts;
  }

  @Override
  Object component(int i, KeyPart<R> part) {
    return part.column().get(record);
  }

  @Override
  int bias() {
    return 0;
  }
}
