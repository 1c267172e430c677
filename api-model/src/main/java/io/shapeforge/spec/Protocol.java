package io.shapeforge.spec;

/** The wire protocol a {@link Service} speaks. */
public enum Protocol {
  /**
   * AWS JSON 1.1: {@code POST /} with {@code X-Amz-Target: <targetPrefix>.<Operation>}, a JSON body
   * with PascalCase member names, and timestamps as epoch seconds.
   */
  AWS_JSON_1_1
}
