/**
 * The spec of AWS Systems Manager's DescribeMaintenanceWindowExecutionTasks, transcribed from AWS's
 * published model ({@code botocore/data/ssm/2014-11-06/service-2.json}). Shapeforge generates the
 * models, validators, filter builders and query engine of {@code io.shapeforge.samples.ssm.model}
 * from it.
 */
@Service(name = "AmazonSSM", targetPrefix = "AmazonSSM", protocol = Protocol.AWS_JSON_1_1)
package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Protocol;
import io.shapeforge.spec.Service;
