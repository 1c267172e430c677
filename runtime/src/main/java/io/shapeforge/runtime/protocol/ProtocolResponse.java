package io.shapeforge.runtime.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a transport writes back: a status, headers and a JSON body. Every response carries {@link
 * AwsJson#CONTENT_TYPE} and a request id in {@link AwsJson#REQUEST_ID_HEADER}.
 *
 * <p>A body is either an array of its own or, for an answer encoded into a caller's {@link
 * ResponseBuffer}, a view of that buffer, valid until the buffer is next reset: a transport writes
 * it with {@link #writeBody} and {@link #bodyLength()}, with no copy.
 */
public final class ProtocolResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final int bodyLength;
  private final boolean bodyInBuffer;
  private final String requestId;

  private ProtocolResponse(
      int status, Map<String, String> extraHeaders, byte[] body, String requestId) {
    this(status, extraHeaders, body, Objects.requireNonNull(body, "body").length, false, requestId);
  }

  private ProtocolResponse(
      int status,
      Map<String, String> extraHeaders,
      byte[] body,
      int bodyLength,
      boolean bodyInBuffer,
      String requestId) {
    this.status = status;
    this.body = Objects.requireNonNull(body, "body");
    this.bodyLength = bodyLength;
    this.bodyInBuffer = bodyInBuffer;
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

  /**
   * A 200 whose JSON body is what {@code buffer} holds now: a view, not a copy, so the response is
   * only good until {@code buffer} is reset for the next answer.
   */
  public static ProtocolResponse ok(ResponseBuffer buffer, String requestId) {
    return new ProtocolResponse(200, Map.of(), buffer.array(), buffer.size(), true, requestId);
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

  /**
   * The JSON body. An array given to {@link #of} or {@link #ok(byte[], String)} is shared, not
   * copied, so do not modify it; a body in a {@link ResponseBuffer} is copied out.
   */
  public byte[] body() {
    return bodyInBuffer ? Arrays.copyOf(body, bodyLength) : body;
  }

  /** The body's length in bytes, the {@code Content-Length}. */
  public int bodyLength() {
    return bodyLength;
  }

  /** Writes the body to {@code out}, in one write and without a copy. */
  public void writeBody(OutputStream out) throws IOException {
    out.write(body, 0, bodyLength);
  }

  public String requestId() {
    return requestId;
  }
}
