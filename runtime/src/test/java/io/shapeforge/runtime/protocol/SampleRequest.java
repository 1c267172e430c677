package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A request shaped like generated models: PascalCase wire names, boxed members. */
public final class SampleRequest {
  @JsonProperty("Id")
  public String id;

  @JsonProperty("MaxResults")
  public Integer maxResults;

  @JsonProperty("Count")
  public Long count;

  @JsonProperty("Enabled")
  public Boolean enabled;

  @JsonProperty("StartTime")
  public Instant startTime;

  @JsonProperty("Filters")
  public List<SampleFilter> filters;

  /** A nested structure. */
  public static final class SampleFilter {
    @JsonProperty("Key")
    public String key;

    @JsonProperty("Values")
    public List<String> values;
  }
}
