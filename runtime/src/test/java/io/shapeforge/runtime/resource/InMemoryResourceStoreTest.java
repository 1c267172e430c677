package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;

/** The resource lifecycle on {@link InMemoryStore}. */
class InMemoryResourceStoreTest extends ResourceStoreContractTest {
  private final Store store = new InMemoryStore();

  @Override
  protected Store store() {
    return store;
  }
}
