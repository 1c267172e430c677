package io.shapeforge.benchmarks.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The engines the memory measurement knows, by the key given on the command line. The Shapeforge
 * in-memory store, {@code "shapeforge"}, holds generated {@code
 * MaintenanceWindowExecutionTaskIdentity} objects, so it lives with the code that needs {@code
 * samples/ssm-emulator} and is looked up by name: a build with {@code -DwithoutEmulator} simply
 * does not have it.
 */
public final class StoreLoaders {
  private static final Map<String, StoreLoader> LOADERS = new LinkedHashMap<>();

  private static final String SHAPEFORGE_LOADER =
      "io.shapeforge.benchmarks.query.ShapeforgeStoreLoader";

  static {
    addIfPresent("shapeforge", SHAPEFORGE_LOADER);
    LOADERS.put("h2", new H2StoreLoader());
  }

  private StoreLoaders() {}

  private static void addIfPresent(String key, String className) {
    try {
      LOADERS.put(
          key,
          Class.forName(className)
              .asSubclass(StoreLoader.class)
              .getDeclaredConstructor()
              .newInstance());
    } catch (ClassNotFoundException absentInThisBuild) {
      // Built without samples/ssm-emulator: the engine is not measured, and the report says so.
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + className, e);
    }
  }

  /** The keys of every known engine, in report order. */
  public static Set<String> keys() {
    return LOADERS.keySet();
  }

  /** The loader for {@code key}. */
  public static StoreLoader forKey(String key) {
    StoreLoader loader = LOADERS.get(key);
    if (loader == null) {
      throw new IllegalArgumentException("unknown engine " + key + "; known: " + LOADERS.keySet());
    }
    return loader;
  }
}
