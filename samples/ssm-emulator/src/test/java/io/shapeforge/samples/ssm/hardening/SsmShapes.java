package io.shapeforge.samples.ssm.hardening;

import io.shapeforge.samples.ssm.imported.model.Alarm;
import io.shapeforge.samples.ssm.imported.model.AlarmConfiguration;
import io.shapeforge.samples.ssm.imported.model.AlarmConfigurationValidator;
import io.shapeforge.samples.ssm.imported.model.AlarmStateInformation;
import io.shapeforge.samples.ssm.imported.model.AlarmStateInformationValidator;
import io.shapeforge.samples.ssm.imported.model.AlarmValidator;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequestValidator;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResultValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentityValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowFilter;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowFilterValidator;
import java.util.List;

/**
 * Every structure the processor generates for the SSM spec, with its validator. The order is fixed:
 * the fuzz corpus selects a shape by its index (see {@link ShapeDecodeFuzzTest}), so new shapes go
 * at the end.
 */
final class SsmShapes {
  static final List<DecodableShape<?>> ALL =
      List.of(
          new DecodableShape<>(
              DescribeMaintenanceWindowExecutionTasksRequest.class,
              DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE),
          new DecodableShape<>(
              DescribeMaintenanceWindowExecutionTasksResult.class,
              DescribeMaintenanceWindowExecutionTasksResultValidator.INSTANCE),
          new DecodableShape<>(
              MaintenanceWindowExecutionTaskIdentity.class,
              MaintenanceWindowExecutionTaskIdentityValidator.INSTANCE),
          new DecodableShape<>(
              MaintenanceWindowExecution.class, MaintenanceWindowExecutionValidator.INSTANCE),
          new DecodableShape<>(
              MaintenanceWindowFilter.class, MaintenanceWindowFilterValidator.INSTANCE),
          new DecodableShape<>(AlarmConfiguration.class, AlarmConfigurationValidator.INSTANCE),
          new DecodableShape<>(Alarm.class, AlarmValidator.INSTANCE),
          new DecodableShape<>(
              AlarmStateInformation.class, AlarmStateInformationValidator.INSTANCE));

  private SsmShapes() {}
}
