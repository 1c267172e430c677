package io.shapeforge.runtime.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.shapeforge.runtime.error.ServiceException;
import io.shapeforge.runtime.protocol.AwsJson;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.ErrorEnvelope;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.protocol.RequestEntityTooLargeException;
import io.shapeforge.runtime.protocol.UnknownOperationException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Moves one HTTP exchange in and out of the dispatcher: only {@code POST /} is served, the body is
 * read up to the size limit, and every answer, including the transport's own refusals, is an awsJson
 * error envelope with a request id.
 */
final class ExchangeHandler implements HttpHandler {
  private static final Logger LOG = System.getLogger(ExchangeHandler.class.getName());

  private final AwsJsonDispatcher dispatcher;
  private final long maxBodyBytes;
  private final InFlight inFlight;

  /** A refused body up to this many times the limit is drained so that the 413 reaches the client. */
  private static final long DRAIN_FACTOR = 4;

  ExchangeHandler(AwsJsonDispatcher dispatcher, long maxBodyBytes, InFlight inFlight) {
    this.dispatcher = dispatcher;
    this.maxBodyBytes = maxBodyBytes;
    this.inFlight = inFlight;
  }

  @Override
  public void handle(HttpExchange exchange) {
    if (!inFlight.tryEnter()) {
      tryWrite(exchange, refuse(new ShuttingDownException(), Map.of()));
      exchange.close();
      return;
    }
    try {
      ProtocolResponse response = respond(exchange);
      if (response != null) {
        write(exchange, response);
      }
    } catch (IOException e) {
      // The client went away mid-request; there is nobody left to answer.
      LOG.log(Level.DEBUG, "Exchange with {0} ended early: {1}", exchange.getRemoteAddress(), e.toString());
    } catch (RuntimeException | Error e) {
      String requestId = AwsJsonDispatcher.newRequestId();
      LOG.log(Level.ERROR, "Request " + requestId + " failed in the transport", e);
      tryWrite(exchange, ErrorEnvelope.internalServerError(requestId));
    } finally {
      exchange.close();
      inFlight.exit();
    }
  }

  private ProtocolResponse respond(HttpExchange exchange) throws IOException {
    if (!"/".equals(exchange.getRequestURI().getPath())) {
      return refuse(new UnknownOperationException(
          "Only POST / is served; awsJson1_1 names the operation in the X-Amz-Target header", 404), Map.of());
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      return refuse(new UnknownOperationException(
          "Only POST / is served; awsJson1_1 names the operation in the X-Amz-Target header", 405),
          Map.of("Allow", "POST"));
    }
    long declared = declaredLength(exchange);
    long drainLimit = maxBodyBytes > Long.MAX_VALUE / DRAIN_FACTOR ? Long.MAX_VALUE : maxBodyBytes * DRAIN_FACTOR;
    if (declared > maxBodyBytes) {
      answerTooLarge(exchange, declared <= drainLimit ? declared : 0);
      return null;
    }
    byte[] body = BoundedBody.read(exchange.getRequestBody(), maxBodyBytes, declared);
    if (body == null) {
      answerTooLarge(exchange, drainLimit);
      return null;
    }
    return dispatcher.dispatch(exchange.getRequestHeaders().getFirst(AwsJson.TARGET_HEADER), body);
  }

  /**
   * Sends the 413 at once, then reads and drops up to {@code drain} more body bytes before the
   * exchange is closed. Closing a connection with unread bytes makes TCP reset it, and a client
   * still uploading then sees "connection reset" instead of the 413 (found by the SSM bad-input
   * catalog with a 1 MiB + 1 byte body). A body far beyond the limit is not drained: its client
   * is better cut off.
   */
  private void answerTooLarge(HttpExchange exchange, long drain) throws IOException {
    ProtocolResponse response = refuse(new RequestEntityTooLargeException(maxBodyBytes), Map.of());
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(response.status(), response.body().length);
    OutputStream out = exchange.getResponseBody();
    out.write(response.body());
    out.flush();
    BoundedBody.discard(exchange.getRequestBody(), drain);
    out.close();
  }

  private static ProtocolResponse refuse(ServiceException error, Map<String, String> headers) {
    return ErrorEnvelope.of(error, AwsJsonDispatcher.newRequestId(), headers);
  }

  /** The Content-Length, or -1 when the body is chunked or the header is absent. */
  private static long declaredLength(HttpExchange exchange) {
    String value = exchange.getRequestHeaders().getFirst("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      // The JDK server has already refused a malformed length before calling us.
      return -1;
    }
  }

  private static void write(HttpExchange exchange, ProtocolResponse response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = response.body();
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void tryWrite(HttpExchange exchange, ProtocolResponse response) {
    try {
      write(exchange, response);
    } catch (IOException | RuntimeException e) {
      // Headers were probably sent already; closing the exchange is all that is left.
      LOG.log(Level.DEBUG, "Could not answer {0}: {1}", exchange.getRemoteAddress(), e.toString());
    }
  }
}
