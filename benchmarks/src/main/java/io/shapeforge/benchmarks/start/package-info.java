/**
 * Start-up time: process start to the first 200 response, for the emulator jar and for the floor, a
 * bare JDK {@code HttpServer} launched the same way, each the median of several launches of one run
 * ({@link io.shapeforge.benchmarks.start.StartComparison}).
 */
package io.shapeforge.benchmarks.start;
