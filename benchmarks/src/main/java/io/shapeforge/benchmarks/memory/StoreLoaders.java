package io.shapeforge.benchmarks.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The engines the memory measurement knows, by the key given on the command line. The Shapeforge
 * in-memory store joins here as {@code "shapeforge"} once the runtime store and the generated SSM model
 * exist (it must hold the generated {@code MaintenanceWindowExecutionTaskIdentity} objects).
 */
public final class StoreLoaders {
  private static final Map<String, StoreLoader> LOADERS = new LinkedHashMap<>();

  static {
    LOADERS.put("h2", new H2StoreLoader());
  }

  private StoreLoaders() {}

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
