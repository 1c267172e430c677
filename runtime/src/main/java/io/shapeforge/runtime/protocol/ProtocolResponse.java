package io.shapeforge.runtime.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a transport writes back: a status, headers and a JSON body. Every response carries {@link
 * AwsJson#CONTENT_TYPE} and a request id in {@link AwsJson#REQUEST_ID_HEADER}.
 */
public final class ProtocolResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String requestId;

  private ProtocolResponse(
      int status, Map<String, String> extraHeaders, byte[] body, String requestId) {
    this.status = status;
    this.body = Objects.requireNonNull(body, "body");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Content-Type", AwsJson.CONTENT_TYPE);
    all.put(AwsJson.REQUEST_ID_HEADER, requestId);
    all.putAll(extraHeaders);
    this.headers = Collections.unmodifiableMap(all);
  }

  /** A 200 with a JSON body. */
  public static ProtocolResponse ok(byte[] body, String requestId) {
    return new ProtocolResponse(200, Map.of(), body, requestId);
  }

  /** Any status, with headers beyond the content type and request id. */
  public static ProtocolResponse of(
      int status, Map<String, String> headers, byte[] body, String requestId) {
    return new ProtocolResponse(status, headers, body, requestId);
  }

  public int status() {
    return status;
  }

  /** Every header to write, in a stable order; names as awsJson1_1 spells them. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The JSON body; shared, not copied, so do not modify it. */
  public byte[] body() {
    return body;
  }

  public String requestId() {
    return requestId;
  }
}
