/**
 * The JMH validation benchmarks: the generated, reflection-free validators against Hibernate
 * Validator on the Jakarta annotations the processor mirrors onto the same generated classes. Needs
 * {@code samples/ssm-emulator}, so it is left out of builds with {@code -DwithoutEmulator}.
 */
package io.shapeforge.benchmarks.validation;
