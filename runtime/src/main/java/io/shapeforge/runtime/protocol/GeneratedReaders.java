package io.shapeforge.runtime.protocol;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Finds the reader a generated model declares, its {@code public static final JsonValueReader<T>
 * JSON_READER}, once per class: a {@link ClassValue} caches the answer on the class itself, so a
 * request pays one lookup in it, and the reflection happens once, on the first request of a type. A
 * class without one (hand-written, or generated before readers were) is read by databind.
 *
 * <p>The constant, rather than a registry the generated classes fill in, because a {@code Class} a
 * caller passes in need not be initialized yet, and initializing it is what would fill the
 * registry.
 *
 * <p>Public for {@link io.shapeforge.runtime.store.RecordCodec#json}, which stores a generated
 * model with its own reader and writer too.
 */
public final class GeneratedReaders {
  /** The name of the constant the processor generates in each model class. */
  static final String CONSTANT = "JSON_READER";

  private static final ClassValue<JsonValueReader<?>> READERS =
      new ClassValue<>() {
        @Override
        protected JsonValueReader<?> computeValue(Class<?> type) {
          return find(type);
        }
      };

  private GeneratedReaders() {}

  /** The generated reader of {@code type}, or {@code null} when it has none. */
  @SuppressWarnings("unchecked")
  public static <T> JsonValueReader<T> of(Class<T> type) {
    return (JsonValueReader<T>) READERS.get(type);
  }

  private static JsonValueReader<?> find(Class<?> type) {
    if (!JsonWritable.class.isAssignableFrom(type)) {
      return null; // only generated models have one; spare the others the field search
    }
    try {
      Field field = type.getField(CONSTANT);
      int modifiers = field.getModifiers();
      if (field.getDeclaringClass() != type
          || !Modifier.isStatic(modifiers)
          || !Modifier.isFinal(modifiers)
          || field.getType() != JsonValueReader.class) {
        return null;
      }
      return (JsonValueReader<?>) field.get(null);
    } catch (NoSuchFieldException e) {
      return null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          "generated reader of " + type.getName() + " is not public", e);
    }
  }
}
