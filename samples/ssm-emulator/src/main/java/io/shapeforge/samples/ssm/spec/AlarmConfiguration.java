package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import java.util.List;

/** The details for the CloudWatch alarm you want to apply to an automation or command. */
@Structure
interface AlarmConfiguration {
  /**
   * When this value is true, your automation or command continues to run in cases where we can't
   * retrieve alarm status information from CloudWatch. Default is false.
   */
  Boolean ignorePollAlarmFailure();

  /** The name of the CloudWatch alarm specified in the configuration. */
  @Required
  @Length(min = 1, max = 1)
  List<Alarm> alarms();
}
