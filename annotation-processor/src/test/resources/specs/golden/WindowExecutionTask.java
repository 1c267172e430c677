package fixture.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.WireName;
import java.time.Instant;
import java.util.List;

/** One task execution of a maintenance window execution. */
@Structure
interface WindowExecutionTask {
  /** The ID of the maintenance window execution. */
  @Required
  @Length(min = 36, max = 36)
  @Pattern("^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$")
  String windowExecutionId();

  /** The status of the task. */
  MaintenanceWindowExecutionStatus status();

  /** The statuses seen so far. */
  List<MaintenanceWindowExecutionStatus> history();

  /** The time the task execution started. */
  Instant startTime();

  /** Filters, up to five. */
  @Length(max = 5)
  List<MaintenanceWindowFilter> filters();

  @Range(min = "10", max = "100")
  Integer maxResults();

  @WireName("ARN")
  @Length(min = 1, max = 1600)
  String taskArn();

  Boolean enabled();
}
