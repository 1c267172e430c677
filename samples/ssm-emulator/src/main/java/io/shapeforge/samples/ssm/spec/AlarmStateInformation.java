package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;

/** The details about the state of your CloudWatch alarm. */
@Structure
interface AlarmStateInformation {
  /** The name of your CloudWatch alarm. */
  @Required
  @Length(min = 1, max = 255)
  @Pattern(Patterns.ALARM_NAME)
  String name();

  /** The state of your CloudWatch alarm. */
  @Required
  ExternalAlarmState state();
}
