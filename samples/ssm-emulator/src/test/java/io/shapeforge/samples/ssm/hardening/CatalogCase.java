package io.shapeforge.samples.ssm.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One row of the bad-input catalog: a request as sent over HTTP and the exact answer expected.
 *
 * <p>The body is {@code body} (text, sent as UTF-8), or {@code bodyBase64} (any bytes), or built
 * from {@code repeat}: {@code prefix + unit × count + suffix}, for bodies too large to write out. A
 * {@code target} of JSON {@code null} sends no {@code X-Amz-Target} header; an absent one sends
 * {@code AmazonSSM.DescribeMaintenanceWindowExecutionTasks}.
 */
record CatalogCase(
    String name,
    String method,
    String path,
    String target,
    byte[] body,
    int status,
    String type,
    String message) {

  static final String SSM_TARGET = "AmazonSSM.DescribeMaintenanceWindowExecutionTasks";

  static CatalogCase from(JsonNode row) {
    JsonNode expect = row.required("expect");
    return new CatalogCase(
        row.required("name").asText(),
        row.path("method").asText("POST"),
        row.path("path").asText("/"),
        row.has("target") ? row.get("target").asText(null) : SSM_TARGET,
        body(row),
        expect.required("status").asInt(),
        expect.required("type").asText(),
        expect.required("message").asText());
  }

  private static byte[] body(JsonNode row) {
    if (row.has("bodyBase64")) {
      return Base64.getDecoder().decode(row.get("bodyBase64").asText());
    }
    if (row.has("repeat")) {
      JsonNode repeat = row.get("repeat");
      String unit = repeat.required("unit").asText();
      int count = repeat.required("count").asInt();
      StringBuilder text = new StringBuilder(repeat.path("prefix").asText(""));
      text.ensureCapacity(text.length() + unit.length() * count + 64);
      for (int i = 0; i < count; i++) {
        text.append(unit);
      }
      return text.append(repeat.path("suffix").asText(""))
          .toString()
          .getBytes(StandardCharsets.UTF_8);
    }
    return row.path("body").asText("").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return name;
  }
}
