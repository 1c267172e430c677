package io.shapeforge.importer.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout that JavaPoet does not offer: it writes an annotation with several members one member a
 * line, which makes {@code @Length(min = 1, max = 256)} take four lines. A careful person writes
 * short ones on one line, so an annotation that fits in 100 columns is joined onto its first line.
 * Only whitespace between tokens changes (Java has no string literal across lines).
 */
final class SourceLayout {
  private static final int WIDTH = 100;
  private static final Pattern MULTI_LINE_ANNOTATION =
      Pattern.compile("(?m)^( *)(@[\\w.]+\\()\\n((?:\\1 {4}.*\\n)+?)\\1\\)(.*)\\n");

  private SourceLayout() {}

  static String compactAnnotations(String source) {
    Matcher matcher = MULTI_LINE_ANNOTATION.matcher(source);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      StringBuilder members = new StringBuilder();
      for (String line : matcher.group(3).split("\n")) {
        members.append(members.length() == 0 ? "" : " ").append(line.strip());
      }
      String joined = matcher.group(1) + matcher.group(2) + members + ")" + matcher.group(4);
      matcher.appendReplacement(
          result,
          Matcher.quoteReplacement(joined.length() <= WIDTH ? joined + "\n" : matcher.group()));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
