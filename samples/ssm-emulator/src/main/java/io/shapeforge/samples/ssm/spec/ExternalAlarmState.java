package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.EnumShape;

/** The state of a CloudWatch alarm as a maintenance window task saw it. */
@EnumShape
enum ExternalAlarmState {
  UNKNOWN,
  ALARM
}
