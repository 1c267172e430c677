/**
 * The annotation-processing cost: a synthetic spec of many constrained structures, compiled
 * in-process with {@code javax.tools} once without processors and once with the Shapeforge
 * processor, whose time inside {@code init} and {@code process} is clocked separately.
 */
package io.shapeforge.benchmarks.processing;
