package io.shapeforge.samples.ssm.emulator;

/**
 * Turns an AWS member path of a validation error ({@code alarmConfiguration.alarms.1.member.name},
 * lower camel case, 1-based elements) into the JSON path a seed author can find in the file ({@code
 * .AlarmConfiguration.Alarms[0].Name}: wire names, 0-based elements).
 *
 * <p>Wire names are the member names in PascalCase, which is what the SSM spec uses throughout (it
 * overrides no wire name).
 */
final class SeedJsonPath {
  private static final String ELEMENT_MEMBER = "member";

  private SeedJsonPath() {}

  /** The JSON path of {@code memberPath} below a record at {@code recordPath}. */
  static String of(String recordPath, String memberPath) {
    StringBuilder json = new StringBuilder(recordPath);
    String[] segments = memberPath.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean element =
          isIndex(segment) && i + 1 < segments.length && segments[i + 1].equals(ELEMENT_MEMBER);
      if (element) {
        json.append('[').append(Integer.parseInt(segment) - 1).append(']');
        i++;
      } else {
        json.append('.')
            .append(Character.toUpperCase(segment.charAt(0)))
            .append(segment.substring(1));
      }
    }
    return json.toString();
  }

  /** The JSON path of element {@code index} (0-based) of a top-level member. */
  static String element(String topLevelMember, int index) {
    return "$." + topLevelMember + "[" + index + "]";
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
