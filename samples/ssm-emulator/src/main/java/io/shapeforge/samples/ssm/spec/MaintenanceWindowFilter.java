package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Structure;
import java.util.List;

/**
 * Filter used in the request. Supported filter keys depend on the API operation that includes the
 * filter.
 */
@Structure
interface MaintenanceWindowFilter {
  /** The name of the filter. */
  @Length(min = 1, max = 128)
  String key();

  /** The filter values. */
  List<@Length(min = 1, max = 256) String> values();
}
