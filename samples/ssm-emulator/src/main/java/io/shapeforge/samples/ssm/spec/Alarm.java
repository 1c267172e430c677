package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;

/** A CloudWatch alarm you apply to an automation or command. */
@Structure
interface Alarm {
  /** The name of your CloudWatch alarm. */
  @Required
  @Length(min = 1, max = 255)
  @Pattern(Patterns.ALARM_NAME)
  String name();
}
