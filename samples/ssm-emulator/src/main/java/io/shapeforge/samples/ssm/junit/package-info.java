/**
 * JUnit 5 support: {@link io.shapeforge.samples.ssm.junit.SsmEmulatorExtension} starts one SSM
 * emulator per test class and injects it, its endpoint and an AWS SDK client. JUnit and the SDK are
 * optional dependencies of the emulator, so only test code that uses this package needs them.
 */
package io.shapeforge.samples.ssm.junit;
