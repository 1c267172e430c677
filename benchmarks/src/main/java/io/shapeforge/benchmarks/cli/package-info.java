/** The {@code --name value} flags every benchmark program reads. */
package io.shapeforge.benchmarks.cli;
