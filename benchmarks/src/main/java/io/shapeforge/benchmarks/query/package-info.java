/**
 * The JMH query benchmarks: one page of {@code DescribeMaintenanceWindowExecutionTasks} from the
 * generated query engine and from each alternative, all materialising the generated {@code
 * MaintenanceWindowExecutionTaskIdentity} model. Needs {@code samples/ssm-emulator}, so it is left
 * out of builds with {@code -DwithoutEmulator}.
 */
package io.shapeforge.benchmarks.query;
