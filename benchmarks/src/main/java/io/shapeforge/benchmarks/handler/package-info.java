/** The whole in-process request path of the SSM emulator: bytes in, bytes out. */
package io.shapeforge.benchmarks.handler;
