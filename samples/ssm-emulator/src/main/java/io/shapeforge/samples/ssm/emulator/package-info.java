/**
 * The SSM emulator: {@link io.shapeforge.samples.ssm.emulator.SsmEmulator} serves the generated
 * {@code DescribeMaintenanceWindowExecutionTasks} query over awsJson1_1 (in-process or from {@link
 * io.shapeforge.samples.ssm.emulator.Main}, the executable jar), loads seeds with {@link
 * io.shapeforge.samples.ssm.emulator.SeedReader} and ships deterministic {@link
 * io.shapeforge.samples.ssm.emulator.DemoData}.
 */
package io.shapeforge.samples.ssm.emulator;
