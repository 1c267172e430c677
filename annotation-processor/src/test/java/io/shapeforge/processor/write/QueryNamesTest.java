package io.shapeforge.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names of the query glue, as the contract with its users spells them. */
class QueryNamesTest {

  @ParameterizedTest
  @CsvSource({
    "AmazonSSM, AmazonSsm",
    "SSMService, Ssm",
    "OrdersService, Orders",
    "Service, Service",
    "Amazon EC2, AmazonEc2",
    "task-runner, TaskRunner",
    "s3, S3",
    "3D, Service3D"
  })
  void servicePrefixIsUpperCamelOfItsWords(String serviceName, String prefix) {
    assertEquals(prefix, QueryNames.servicePrefix(serviceName));
  }

  @ParameterizedTest
  @CsvSource({
    "STATUS, status, Status",
    "TASK_ARN_PREFIX, taskArnPrefix, TaskArnPrefix",
    "StartedAfter, startedAfter, StartedAfter",
    "InstanceIds, instanceIds, InstanceIds",
    "NEW, newFilter, New"
  })
  void filterKeysBecomeJavaNames(String key, String method, String enumName) {
    assertEquals(method, QueryNames.filterMethod(key));
    assertEquals(enumName, QueryNames.filterEnum(key));
  }

  @ParameterizedTest
  @CsvSource({"IN_PROGRESS, IN_PROGRESS", "in-progress, IN_PROGRESS", "1st, _1ST"})
  void allowedValuesBecomeConstants(String value, String constant) {
    assertEquals(constant, QueryNames.valueConstant(value));
  }

  @ParameterizedTest
  @CsvSource({
    "MaintenanceWindowExecutionTaskIdentity, MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY",
    "MaintenanceWindowExecution, MAINTENANCE_WINDOW_EXECUTION"
  })
  void tableConstantsAreUpperSnake(String shape, String constant) {
    assertEquals(constant, QueryNames.upperSnake(shape));
  }
}
