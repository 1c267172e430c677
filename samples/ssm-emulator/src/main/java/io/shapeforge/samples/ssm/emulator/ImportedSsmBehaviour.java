package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.samples.ssm.imported.model.AmazonSsmHandler;

/**
 * The behaviour of all of SSM as imported from AWS's model: none yet beyond the handler's defaults,
 * so every one of its 146 operations decodes and validates its input with AWS's errors and then
 * answers {@code NotImplemented}, naming the operation. The emulator serves {@code
 * DescribeMaintenanceWindowExecutionTasks} from its own spec in front of this; behaviour for
 * another operation is an override here, in plain Java.
 */
final class ImportedSsmBehaviour implements AmazonSsmHandler {}
