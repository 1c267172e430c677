package io.shapeforge.runtime.store;

/** The storage contract on {@link InMemoryStore}, with the full concurrency workloads. */
class InMemoryStoreContractTest extends StoreContractTest {
  private final Store store = new InMemoryStore();

  @Override
  protected Store store() {
    return store;
  }
}
