package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One in-memory index: a copy-on-write B+ tree whose leaves are arrays of the records themselves,
 * ordered by the index parts and then the primary key parts, so that it is a total order even when
 * index keys repeat.
 *
 * <p><b>Why this shape.</b> A record costs one array slot per index (4 bytes with compressed
 * pointers) and no key copy, where a skip list costs a node, an entry object and a share of its
 * index towers (about 50 bytes); a page reads consecutive array slots. The nodes never change once
 * published: a writer (holding the table's write lock) copies the path from the root to the leaf it
 * changes and publishes the new root with one volatile write. A reader takes the root once and
 * reads a consistent snapshot of the index, without locks, however long it takes. A write costs
 * copying that path (at most {@value #MAX_LEAF} slots per level, four levels at a million records),
 * which the in-memory store's single writer can afford.
 *
 * <p>Deletes drop a leaf when it empties but do not merge half-empty neighbours, so an index that
 * loses most of its records keeps more leaves than it needs until it grows again.
 */
final class OrderedIndex<R> {
  /** Records per leaf before it splits in two. */
  static final int MAX_LEAF = 64;

  /** Children per inner node before it splits in two. */
  static final int MAX_CHILDREN = 64;

  private static final Leaf EMPTY = new Leaf(new Object[0]);

  private final IndexDefinition<R> definition;
  private final KeyPart<R>[] parts;
  private final Comparator<R>[] ordersAfter;
  private volatile Node root = EMPTY;

  @SuppressWarnings("unchecked")
  OrderedIndex(IndexDefinition<R> definition, IndexDefinition<R> primaryKey) {
    this.definition = definition;
    List<KeyPart<R>> order = new ArrayList<>(definition.parts());
    if (definition != primaryKey) {
      order.addAll(primaryKey.parts());
    }
    this.parts = order.toArray(new KeyPart[0]);
    this.ordersAfter = new Comparator[parts.length + 1];
    for (int skipped = 0; skipped <= parts.length; skipped++) {
      ordersAfter[skipped] = orderFrom(skipped);
    }
  }

  IndexDefinition<R> definition() {
    return definition;
  }

  /**
   * Compares records by this index's total order without its first {@code skipped} parts: the order
   * of ranges that all share those leading values, such as one range per value of an {@code IN}
   * condition.
   */
  Comparator<R> orderAfter(int skipped) {
    return ordersAfter[Math.min(skipped, parts.length)];
  }

  /** The record with {@code record}'s key in this index (and primary key), or {@code null}. */
  R find(R record) {
    Node node = root;
    while (node instanceof Inner inner) {
      node = inner.children[childFor(inner, record)];
    }
    Object[] records = ((Leaf) node).records;
    int at = search(records, record);
    return at >= 0 ? record(records[at]) : null;
  }

  /** The record whose full key is {@code key}, or {@code null}. */
  R find(Key key) {
    Node node = root;
    while (node instanceof Inner inner) {
      node = inner.children[childFor(inner, key, 0)];
    }
    Object[] records = ((Leaf) node).records;
    int low = 0;
    int high = records.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compare(key, 0, record(records[middle]));
      if (order == 0) {
        return record(records[middle]);
      }
      if (order > 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return null;
  }

  /** Adds a record whose key is not in this index yet. Holds the write lock. */
  void insert(R record) {
    root = grownRoot(inserted(root, record));
  }

  /** Removes the record with {@code record}'s key, if any. Holds the write lock. */
  void remove(R record) {
    root = shrunkRoot(removed(root, record));
  }

  /**
   * Moves a record to its new version in one published step, so a reader sees the old or the new
   * version and never neither nor both: a swap in place when its key here is unchanged, else the
   * new entry added and the old one removed. Holds the write lock.
   */
  void replace(R previous, R record) {
    if (definition.sameKey(previous, record)) {
      root = swapped(root, record);
    } else {
      root = shrunkRoot(removed(grownRoot(inserted(root, record)), previous));
    }
  }

  /** The records of {@code range}, in index order, from the index as it is now. */
  Iterator<R> scan(ScanRange range) {
    return scan(root, range);
  }

  /**
   * The records of each range, every one read from the same state of the index, so a record is in
   * at most one of them when the ranges do not overlap.
   */
  List<Iterator<R>> scan(List<ScanRange> ranges) {
    Node snapshot = root;
    List<Iterator<R>> scans = new ArrayList<>(ranges.size());
    for (ScanRange range : ranges) {
      scans.add(scan(snapshot, range));
    }
    return scans;
  }

  private Iterator<R> scan(Node snapshot, ScanRange range) {
    Key prefix = range.prefix();
    Key lowerKey = prefix;
    int lowerBias = -1;
    if (range.lowerBound() != null) {
      int bias = range.lowerInclusive() ? -1 : +1;
      // A bound before the prefix starts at the prefix.
      if (compare(range.lowerBound(), bias, prefix, -1) > 0) {
        lowerKey = range.lowerBound();
        lowerBias = bias;
      }
    }
    if (compare(lowerKey, lowerBias, prefix, +1) >= 0) {
      return new Cursor<>(EMPTY, 0, EMPTY, 0, null, null);
    }
    // Both ends are found up front, so the walk between them compares nothing.
    Cursor<R> end = seek(snapshot, prefix, +1, null);
    return seek(snapshot, lowerKey, lowerBias, end);
  }

  /**
   * The cursor at the first record after the probe ({@code key}, {@code bias}), reading up to
   * {@code end}. A probe never equals a record (its bias is not 0), so the place is unique.
   */
  private Cursor<R> seek(Node snapshot, Key key, int bias, Cursor<R> end) {
    int height = 0;
    for (Node node = snapshot; node instanceof Inner inner; node = inner.children[0]) {
      height++;
    }
    Inner[] path = new Inner[height];
    int[] at = new int[height];
    Node node = snapshot;
    for (int level = 0; level < height; level++) {
      Inner inner = (Inner) node;
      path[level] = inner;
      at[level] = childFor(inner, key, bias);
      node = inner.children[at[level]];
    }
    Leaf leaf = (Leaf) node;
    Object[] records = leaf.records;
    int low = 0;
    int high = records.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (compare(key, bias, record(records[middle])) > 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return end == null
        ? new Cursor<>(leaf, low, null, 0, path, at)
        : new Cursor<>(leaf, low, end.leaf, end.index, path, at);
  }

  // ---- comparisons ----

  /** Orders two records by every part. */
  private int compare(R left, R right) {
    for (KeyPart<R> part : parts) {
      int order = part.compareRecords(left, right);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /**
   * Orders a probe against a record: the probe's values part by part, then its bias when its values
   * run out ({@code -1} before every record sharing them, {@code +1} after, {@code 0} equal).
   */
  private int compare(Key key, int bias, R record) {
    int count = Math.min(key.size(), parts.length);
    for (int i = 0; i < count; i++) {
      KeyPart<R> part = parts[i];
      int order = part.compareValues(key.get(i), part.column().get(record));
      if (order != 0) {
        return order;
      }
    }
    return bias;
  }

  /** Orders two probes, as {@link #compare(Key, int, Object)} orders a probe and a record. */
  private int compare(Key left, int leftBias, Key right, int rightBias) {
    int leftLength = Math.min(left.size(), parts.length);
    int rightLength = Math.min(right.size(), parts.length);
    for (int i = 0; i < parts.length; i++) {
      boolean leftEnded = i >= leftLength;
      boolean rightEnded = i >= rightLength;
      if (leftEnded || rightEnded) {
        if (leftEnded && rightEnded) {
          return Integer.compare(leftBias, rightBias);
        }
        return leftEnded ? leftBias : -rightBias;
      }
      int order = parts[i].compareValues(left.get(i), right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(leftBias, rightBias);
  }

  private Comparator<R> orderFrom(int skipped) {
    KeyPart<R>[] from = Arrays.copyOfRange(parts, skipped, parts.length);
    return (left, right) -> {
      for (KeyPart<R> part : from) {
        int order = part.compareRecords(left, right);
        if (order != 0) {
          return order;
        }
      }
      return 0;
    };
  }

  /** The child whose records may hold {@code record}: the last one whose lowest is not after it. */
  private int childFor(Inner inner, R record) {
    int low = 1;
    int high = inner.children.length - 1;
    int found = 0;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (compare(record(inner.lows[middle]), record) <= 0) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The child whose records may follow the probe: the last one whose lowest is not after it. */
  private int childFor(Inner inner, Key key, int bias) {
    int low = 1;
    int high = inner.children.length - 1;
    int found = 0;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (compare(key, bias, record(inner.lows[middle])) >= 0) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The slot of a record equal to {@code record}, or {@code -(insertion point) - 1}. */
  private int search(Object[] records, R record) {
    int low = 0;
    int high = records.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compare(record(records[middle]), record);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  @SuppressWarnings("unchecked")
  private static <R> R record(Object slot) {
    return (R) slot;
  }

  // ---- copy-on-write updates: each returns new nodes and leaves the old ones as they were ----

  /** The node with {@code record} added: one node, or two when it split. */
  private Node[] inserted(Node node, R record) {
    if (node instanceof Inner inner) {
      int child = childFor(inner, record);
      return inner.with(child, inserted(inner.children[child], record));
    }
    Object[] records = ((Leaf) node).records;
    int at = search(records, record);
    if (at >= 0) {
      Object[] swapped = records.clone();
      swapped[at] = record;
      return new Node[] {new Leaf(swapped)};
    }
    at = -at - 1;
    Object[] grown = new Object[records.length + 1];
    System.arraycopy(records, 0, grown, 0, at);
    grown[at] = record;
    System.arraycopy(records, at, grown, at + 1, records.length - at);
    if (grown.length <= MAX_LEAF) {
      return new Node[] {new Leaf(grown)};
    }
    int half = grown.length / 2;
    return new Node[] {
      new Leaf(Arrays.copyOfRange(grown, 0, half)),
      new Leaf(Arrays.copyOfRange(grown, half, grown.length))
    };
  }

  /** The node with the record equal to {@code record} swapped for it; the same node if none. */
  private Node swapped(Node node, R record) {
    if (node instanceof Inner inner) {
      int child = childFor(inner, record);
      Node before = inner.children[child];
      Node after = swapped(before, record);
      return after == before ? node : inner.with(child, new Node[] {after})[0];
    }
    Object[] records = ((Leaf) node).records;
    int at = search(records, record);
    if (at < 0) {
      return node;
    }
    Object[] swapped = records.clone();
    swapped[at] = record;
    return new Leaf(swapped);
  }

  /**
   * The node without the record equal to {@code record}: the same node when there is none, {@code
   * null} when it held only that record.
   */
  private Node removed(Node node, R record) {
    if (node instanceof Inner inner) {
      int child = childFor(inner, record);
      Node before = inner.children[child];
      Node after = removed(before, record);
      if (after == before) {
        return node;
      }
      return after == null ? inner.without(child) : inner.with(child, new Node[] {after})[0];
    }
    Object[] records = ((Leaf) node).records;
    int at = search(records, record);
    if (at < 0) {
      return node;
    }
    if (records.length == 1) {
      return null;
    }
    Object[] shrunk = new Object[records.length - 1];
    System.arraycopy(records, 0, shrunk, 0, at);
    System.arraycopy(records, at + 1, shrunk, at, shrunk.length - at);
    return new Leaf(shrunk);
  }

  private static Node grownRoot(Node[] nodes) {
    if (nodes.length == 1) {
      return nodes[0];
    }
    return new Inner(new Object[] {nodes[0].lowest(), nodes[1].lowest()}, nodes);
  }

  private static Node shrunkRoot(Node node) {
    if (node == null) {
      return EMPTY;
    }
    while (node instanceof Inner inner && inner.children.length == 1) {
      node = inner.children[0];
    }
    return node;
  }

  // ---- nodes ----

  private abstract static class Node {
    /** The first record under this node. */
    abstract Object lowest();
  }

  /** Records in index order; never empty, except the root of an empty index. */
  private static final class Leaf extends Node {
    final Object[] records;

    Leaf(Object[] records) {
      this.records = records;
    }

    @Override
    Object lowest() {
      return records[0];
    }
  }

  /** Children in index order, with the first record under each, to choose among them. */
  private static final class Inner extends Node {
    final Object[] lows;
    final Node[] children;

    Inner(Object[] lows, Node[] children) {
      this.lows = lows;
      this.children = children;
    }

    @Override
    Object lowest() {
      return lows[0];
    }

    /** This node with child {@code i} replaced by {@code nodes}: one node, or two when it split. */
    Node[] with(int i, Node[] nodes) {
      int count = children.length - 1 + nodes.length;
      Node[] newChildren = new Node[count];
      Object[] newLows = new Object[count];
      System.arraycopy(children, 0, newChildren, 0, i);
      System.arraycopy(lows, 0, newLows, 0, i);
      for (int k = 0; k < nodes.length; k++) {
        newChildren[i + k] = nodes[k];
        newLows[i + k] = nodes[k].lowest();
      }
      int rest = children.length - i - 1;
      System.arraycopy(children, i + 1, newChildren, i + nodes.length, rest);
      System.arraycopy(lows, i + 1, newLows, i + nodes.length, rest);
      if (count <= MAX_CHILDREN) {
        return new Node[] {new Inner(newLows, newChildren)};
      }
      int half = count / 2;
      return new Node[] {
        new Inner(Arrays.copyOfRange(newLows, 0, half), Arrays.copyOfRange(newChildren, 0, half)),
        new Inner(
            Arrays.copyOfRange(newLows, half, count), Arrays.copyOfRange(newChildren, half, count))
      };
    }

    /** This node without child {@code i}, or {@code null} when it was the only one. */
    Node without(int i) {
      if (children.length == 1) {
        return null;
      }
      Node[] newChildren = new Node[children.length - 1];
      Object[] newLows = new Object[children.length - 1];
      System.arraycopy(children, 0, newChildren, 0, i);
      System.arraycopy(lows, 0, newLows, 0, i);
      System.arraycopy(children, i + 1, newChildren, i, children.length - i - 1);
      System.arraycopy(lows, i + 1, newLows, i, children.length - i - 1);
      return new Inner(newLows, newChildren);
    }
  }

  /**
   * Walks the leaves of one snapshot from a start place to an end place ({@code null}: the end of
   * the index), keeping the path of inner nodes above its leaf to step to the next one.
   */
  private static final class Cursor<R> implements Iterator<R> {
    private final Inner[] path;
    private final int[] at;
    private final Leaf endLeaf;
    private final int endIndex;
    private Leaf leaf;
    private int index;

    Cursor(Leaf leaf, int index, Leaf endLeaf, int endIndex, Inner[] path, int[] at) {
      this.leaf = leaf;
      this.index = index;
      this.endLeaf = endLeaf;
      this.endIndex = endIndex;
      this.path = path;
      this.at = at;
    }

    @Override
    public boolean hasNext() {
      while (true) {
        if (leaf == endLeaf && index == endIndex) {
          return false;
        }
        if (index < leaf.records.length) {
          return true;
        }
        if (!nextLeaf()) {
          return false;
        }
      }
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return record(leaf.records[index++]);
    }

    /** Steps to the first record of the next leaf; {@code false} after the last leaf. */
    private boolean nextLeaf() {
      if (path == null) {
        return false;
      }
      int level = path.length - 1;
      while (level >= 0 && at[level] + 1 >= path[level].children.length) {
        level--;
      }
      if (level < 0) {
        return false;
      }
      at[level]++;
      Node node = path[level].children[at[level]];
      for (int below = level + 1; below < path.length; below++) {
        path[below] = (Inner) node;
        at[below] = 0;
        node = path[below].children[0];
      }
      leaf = (Leaf) node;
      index = 0;
      return true;
    }
  }
}
