package io.shapeforge.runtime.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies of the lists and maps a generated model holds, nested ones included, so that
 * a model is immutable however deep its collections go. Unlike {@code List.copyOf} and {@code
 * Map.copyOf} they keep {@code null} elements and values: a model may hold invalid data (or a
 * sparse collection) for validation to report. Maps keep their iteration order.
 */
public final class ImmutableCopies {

  private ImmutableCopies() {}

  /**
   * An unmodifiable copy of {@code list} and of every list or map in it; {@code null} for {@code
   * null}.
   */
  public static <T> List<T> list(List<T> list) {
    if (list == null) {
      return null;
    }
    Object[] copy = list.toArray();
    // Elements are mostly of one model class, and an instanceof test against an interface is a
    // search of the class's supertypes each time (a page of 100 models spent 3 µs here): test each
    // class once, and only deep-copy the lists and maps.
    Class<?> plain = null;
    for (int i = 0; i < copy.length; i++) {
      Object element = copy[i];
      if (element != null && element.getClass() != plain) {
        if (element instanceof List<?> || element instanceof Map<?, ?>) {
          copy[i] = deep(element);
        } else {
          plain = element.getClass();
        }
      }
    }
    @SuppressWarnings("unchecked")
    List<T> copied = (List<T>) Arrays.asList(copy);
    return Collections.unmodifiableList(copied);
  }

  /**
   * An unmodifiable copy of {@code map} and of every list or map in it; {@code null} for {@code
   * null}.
   */
  public static <K, V> Map<K, V> map(Map<K, V> map) {
    if (map == null) {
      return null;
    }
    Map<K, V> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
    map.forEach((key, value) -> copy.put(key, deep(value)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static <T> T deep(T value) {
    if (value instanceof List<?> nested) {
      return (T) list(nested);
    }
    if (value instanceof Map<?, ?> nested) {
      return (T) map(nested);
    }
    return value;
  }
}
