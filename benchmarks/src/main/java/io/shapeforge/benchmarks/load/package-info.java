/**
 * The HTTP load driver: requests per second and p50/p99 latency at several concurrency levels, and
 * the time from process start to the first served request, against any awsJson1_1 endpoint on
 * loopback. {@link io.shapeforge.benchmarks.load.LoadComparison} runs it against the emulator and
 * against {@code moto_server} on its nearest equivalent operation.
 */
package io.shapeforge.benchmarks.load;
