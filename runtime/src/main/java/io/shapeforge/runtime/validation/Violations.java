package io.shapeforge.runtime.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the violations of one validation pass.
 *
 * <p>A validator descends with {@link #enter(String)}, {@link #enterElement(int)} and {@link
 * #enterMapValue(String)} and climbs back with the matching {@code exit} method. The path is kept
 * as a stack of segments and only joined into text when a check fails, so validating a valid object
 * allocates nothing beyond this collector (a map's entry iterator aside).
 *
 * <p>Each check names the member it tests, relative to the current path ({@code null} for the
 * current path itself), and does nothing for an absent value: absence is {@link #required}'s job.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.required("windowExecutionId", request.windowExecutionId());
 * v.check("windowExecutionId", request.windowExecutionId(), WINDOW_EXECUTION_ID);
 * v.check("maxResults", request.maxResults(), MAX_RESULTS);
 * v.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: use one per validation pass.
 */
public final class Violations {
  private static final String ELEMENT_MEMBER = "member";

  /** Up to this many elements, {@code @UniqueItems} compares pairs instead of hashing. */
  private static final int PAIRWISE_UNIQUE_LIMIT = 16;

  /**
   * Path levels held in fields; deeper ones spill to arrays. Four covers a list of structures
   * inside a list of structures ({@code filters.1.member}, then {@code values}), so validating an
   * ordinary request allocates no path storage at all, and the JIT can often drop the collector
   * itself.
   */
  private static final int LEVELS_IN_FIELDS = 4;

  // Each level is a member name, or null with the 1-based element index beside it.
  private String segment0;
  private String segment1;
  private String segment2;
  private String segment3;
  private int index0;
  private int index1;
  private int index2;
  private int index3;
  private String[] deeperSegments;
  private int[] deeperIndices;
  private int depth;
  private List<Violation> found;

  /** Descends into a member. */
  public void enter(String member) {
    push(member, 0);
  }

  /** Descends into the list element at a 1-based index, as in {@code filters.1.member}. */
  public void enterElement(int oneBasedIndex) {
    push(null, oneBasedIndex);
    push(ELEMENT_MEMBER, 0);
  }

  /**
   * Descends into a map's value under {@code key}, as in DynamoDB's {@code
   * requestItems.Music.member.keys}.
   */
  public void enterMapValue(String key) {
    push(key, 0);
    push(ELEMENT_MEMBER, 0);
  }

  /** Climbs out of the last {@link #enter(String)}. */
  public void exit() {
    pop(1);
  }

  /** Climbs out of the last {@link #enterElement(int)}. */
  public void exitElement() {
    pop(2);
  }

  /** Climbs out of the last {@link #enterMapValue(String)}. */
  public void exitMapValue() {
    pop(2);
  }

  /** Reports an absent required member, or a null element of a dense list of structures. */
  public void required(String member, Object value) {
    if (value == null) {
      add(member, null, ConstraintKind.REQUIRED, ConstraintTexts.NOT_NULL);
    }
  }

  /** Checks a present scalar against its constraints. */
  public <T> void check(String member, T value, ValueConstraint<? super T> constraint) {
    if (value != null && !constraint.accepts(value)) {
      constraint.report(this, member, value);
    }
  }

  /**
   * Checks a list and, when {@code element} is given, every element, the way AWS reports a list of
   * scalars: its size and uniqueness first, then, if any element breaks a constraint (or is null in
   * a dense list), one violation at the list itself, with the whole list as the value and every
   * constraint of the element listed:
   *
   * <pre>
   * Value '[ccc]' at 'subjectAlternativeNames' failed to satisfy constraint: Member must satisfy
   * constraint: [Member must have length less than or equal to 253, Member must have length greater
   * than or equal to 1, Member must satisfy regular expression pattern: ^(\*\.)?...]
   * </pre>
   *
   * {@code Member must not be null} ends the listing only when a null element is present.
   *
   * @param element the element's constraints, or {@code null} for a list of structures, unions,
   *     lists or maps, whose elements the caller walks with {@link #enterElement(int)}
   */
  public <T> void list(
      String member,
      List<T> list,
      CollectionConstraint constraint,
      ValueConstraint<? super T> element) {
    if (list == null) {
      return;
    }
    size(member, list, list.size(), constraint);
    if (constraint.isUnique() && !distinct(list)) {
      add(
          member,
          list,
          ConstraintKind.UNIQUE_ITEMS,
          ConstraintTexts.UNIQUE,
          constraint.isSensitive());
    }
    if (element == null) {
      return;
    }
    boolean broken = false;
    boolean nullSeen = false;
    for (int i = 0, n = list.size(); i < n; i++) {
      T value = list.get(i);
      if (value == null) {
        nullSeen |= !constraint.isSparse();
      } else if (!element.accepts(value)) {
        broken = true;
      }
    }
    if (broken || nullSeen) {
      add(
          member,
          list,
          ConstraintKind.ELEMENT,
          "Member must satisfy constraint: " + listing(element, nullSeen),
          constraint.isSensitive() || element.isSensitive());
    }
  }

  /**
   * Checks a map's size, keys and, when {@code value} is given, values, the way AWS reports them:
   * once each at the map, with the whole map as the value (DynamoDB's {@code requestItems} and
   * tagging APIs):
   *
   * <pre>
   * Value '{Name=...}' at 'tags' failed to satisfy constraint: Map value must satisfy constraint:
   * [Member must have length less than or equal to 256, Member must have length greater than or
   * equal to 0, ...]
   * </pre>
   *
   * Keys are reported before values, with {@code Map keys must satisfy constraint: [...]}.
   *
   * @param value the value's constraints, or {@code null} for values that are structures, unions,
   *     lists or maps, which the caller walks with {@link #enterMapValue(String)}
   */
  public <K, V> void map(
      String member,
      Map<K, V> map,
      CollectionConstraint constraint,
      ValueConstraint<? super K> key,
      ValueConstraint<? super V> value) {
    if (map == null) {
      return;
    }
    size(member, map, map.size(), constraint);
    boolean keyBroken = false;
    boolean valueBroken = false;
    boolean nullValueSeen = false;
    for (Map.Entry<K, V> entry : map.entrySet()) {
      K k = entry.getKey();
      keyBroken |= k != null && !key.accepts(k);
      if (value != null) {
        V v = entry.getValue();
        if (v == null) {
          nullValueSeen |= !constraint.isSparse();
        } else if (!value.accepts(v)) {
          valueBroken = true;
        }
      }
    }
    boolean sensitive = constraint.isSensitive();
    if (keyBroken) {
      add(
          member,
          map,
          ConstraintKind.MAP_KEY,
          "Map keys must satisfy constraint: " + listing(key, false),
          sensitive || key.isSensitive());
    }
    if (valueBroken || nullValueSeen) {
      add(
          member,
          map,
          ConstraintKind.MAP_VALUE,
          "Map value must satisfy constraint: " + listing(value, nullValueSeen),
          sensitive || value.isSensitive());
    }
  }

  /**
   * Reports a union that does not have exactly one member set. AWS publishes no server message for
   * this (its SDKs refuse such a union before sending it); the value lists the members that are
   * set, so {@code '[]'} means none.
   *
   * @param setMembers the names of the members that are set; call only when there are not exactly
   *     one
   */
  public void union(String member, List<String> setMembers) {
    add(member, setMembers, ConstraintKind.UNION, "Member must have exactly one member set");
  }

  /**
   * Records a violation of a constraint that has no check here, at {@code member} below the current
   * path.
   */
  public void add(String member, Object value, ConstraintKind kind, String constraint) {
    add(member, value, kind, constraint, false);
  }

  /** Records a violation, leaving the value out of its message when {@code sensitive}. */
  public void add(
      String member, Object value, ConstraintKind kind, String constraint, boolean sensitive) {
    if (found == null) {
      found = new ArrayList<>(4);
    }
    found.add(
        new Violation(
            pathTo(member),
            value == null ? null : String.valueOf(value),
            kind,
            constraint,
            sensitive));
  }

  /** Whether no violation was found. */
  public boolean isEmpty() {
    return found == null;
  }

  /** The violations found so far, in the order found. */
  public List<Violation> list() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /** Throws a {@link ValidationException} carrying every violation, if there is any. */
  public void throwIfAny() {
    if (found != null) {
      throw new ValidationException(found);
    }
  }

  private void size(String member, Object collection, int size, CollectionConstraint constraint) {
    if (constraint.sizeWithin(size)) {
      return;
    }
    if (size < constraint.min()) {
      add(
          member,
          collection,
          ConstraintKind.MIN_LENGTH,
          ConstraintTexts.minLength(constraint.min()),
          constraint.isSensitive());
    } else {
      add(
          member,
          collection,
          ConstraintKind.MAX_LENGTH,
          ConstraintTexts.maxLength(constraint.max()),
          constraint.isSensitive());
    }
  }

  private static boolean distinct(List<?> list) {
    int n = list.size();
    if (n <= PAIRWISE_UNIQUE_LIMIT) {
      for (int i = 0; i < n; i++) {
        Object a = list.get(i);
        for (int j = i + 1; j < n; j++) {
          if (equal(a, list.get(j))) {
            return false;
          }
        }
      }
      return true;
    }
    Set<Object> seen = new HashSet<>(n * 2);
    for (Object element : list) {
      if (!seen.add(element)) {
        return false;
      }
    }
    return true;
  }

  /** Model values, blobs and documents included, are equal by content. */
  private static boolean equal(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String listing(ValueConstraint<?> constraint, boolean withNotNull) {
    List<String> texts = constraint.texts();
    if (!withNotNull) {
      return ConstraintTexts.listing(texts);
    }
    List<String> all = new ArrayList<>(texts);
    all.add(ConstraintTexts.NOT_NULL);
    return ConstraintTexts.listing(all);
  }

  private void push(String segment, int index) {
    switch (depth) {
      case 0 -> {
        segment0 = segment;
        index0 = index;
      }
      case 1 -> {
        segment1 = segment;
        index1 = index;
      }
      case 2 -> {
        segment2 = segment;
        index2 = index;
      }
      case 3 -> {
        segment3 = segment;
        index3 = index;
      }
      default -> pushDeeper(depth - LEVELS_IN_FIELDS, segment, index);
    }
    depth++;
  }

  private void pushDeeper(int level, String segment, int index) {
    if (deeperSegments == null) {
      deeperSegments = new String[LEVELS_IN_FIELDS];
      deeperIndices = new int[LEVELS_IN_FIELDS];
    } else if (level == deeperSegments.length) {
      deeperSegments = Arrays.copyOf(deeperSegments, level * 2);
      deeperIndices = Arrays.copyOf(deeperIndices, level * 2);
    }
    deeperSegments[level] = segment;
    deeperIndices[level] = index;
  }

  private String segmentAt(int level) {
    return switch (level) {
      case 0 -> segment0;
      case 1 -> segment1;
      case 2 -> segment2;
      case 3 -> segment3;
      default -> deeperSegments[level - LEVELS_IN_FIELDS];
    };
  }

  private int indexAt(int level) {
    return switch (level) {
      case 0 -> index0;
      case 1 -> index1;
      case 2 -> index2;
      case 3 -> index3;
      default -> deeperIndices[level - LEVELS_IN_FIELDS];
    };
  }

  private void pop(int levels) {
    if (levels > depth) {
      throw new IllegalStateException("exit without a matching enter");
    }
    depth -= levels;
  }

  private String pathTo(String member) {
    StringBuilder path = new StringBuilder(32);
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        path.append('.');
      }
      String segment = segmentAt(i);
      if (segment == null) {
        path.append(indexAt(i));
      } else {
        path.append(segment);
      }
    }
    if (member != null) {
      if (depth > 0) {
        path.append('.');
      }
      path.append(member);
    }
    return path.toString();
  }
}
