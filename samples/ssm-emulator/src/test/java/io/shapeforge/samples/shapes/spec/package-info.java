/**
 * A fixture spec that uses every shape kind and every trait of the spec language, each at least
 * once nested (in a list, in a map value and in a union). The processor generates its models into
 * {@code io.shapeforge.samples.shapes.model} when the test sources compile, and the tests beside it
 * run against that generated code.
 */
package io.shapeforge.samples.shapes.spec;
