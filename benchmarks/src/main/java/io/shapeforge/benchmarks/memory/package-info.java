/**
 * Bytes per stored task: each engine is loaded with the same data set in a fresh JVM and measured
 * as used heap after garbage collection, minus the same JVM's baseline before loading.
 */
package io.shapeforge.benchmarks.memory;
