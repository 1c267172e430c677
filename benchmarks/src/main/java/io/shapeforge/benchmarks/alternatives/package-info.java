/**
 * What a user would write instead of Shapeforge's query engine, each answering the same page: H2
 * in-memory with a composite index and a prepared keyset query, a hand-written {@link
 * java.util.concurrent.ConcurrentSkipListMap} index, and a naive stream scan. They are generic in
 * the record type so the benchmarks can materialise the generated model objects while the tests use
 * plain {@link io.shapeforge.benchmarks.dataset.TaskRecord}s.
 */
package io.shapeforge.benchmarks.alternatives;
