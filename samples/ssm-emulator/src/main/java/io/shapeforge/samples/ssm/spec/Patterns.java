package io.shapeforge.samples.ssm.spec;

/** Regular expressions that several SSM shapes share, exactly as AWS's model writes them. */
final class Patterns {
  /** A maintenance window execution or task execution id. */
  static final String EXECUTION_ID =
      "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$";

  /** A maintenance window id, such as {@code mw-0123456789abcdef0}. */
  static final String WINDOW_ID = "^mw-[0-9a-f]{17}$";

  /** A CloudWatch alarm name: anything but blank. */
  static final String ALARM_NAME = "^(?!\\s*$).+";

  private Patterns() {}
}
