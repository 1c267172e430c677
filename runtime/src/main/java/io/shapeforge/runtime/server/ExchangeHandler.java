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
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Moves one HTTP exchange in and out of the dispatcher: only {@code POST /} is served, the body is
 * read up to the size limit (for a {@link HttpRoute} as well), and every answer, including the
 * transport's own refusals, is an awsJson error envelope with a request id. On the refusal lane of
 * {@link ExchangeExecutor} every request is answered {@link OverloadedException} unread. The
 * thread's {@link ClientDeadline} runs the read clock until the body is in, stops while the
 * dispatcher works, and runs the write clock while the answer goes out.
 */
final class ExchangeHandler implements HttpHandler {
  private static final Logger LOG = System.getLogger(ExchangeHandler.class.getName());

  private final AwsJsonDispatcher dispatcher;
  private final Map<String, HttpRoute> routes;
  private final long maxBodyBytes;
  private final InFlight inFlight;

  /**
   * A refused body up to this many times the limit is drained so that the 413 reaches the client.
   */
  private static final long DRAIN_FACTOR = 4;

  ExchangeHandler(
      AwsJsonDispatcher dispatcher,
      Map<String, HttpRoute> routes,
      long maxBodyBytes,
      InFlight inFlight) {
    this.dispatcher = dispatcher;
    this.routes = routes;
    this.maxBodyBytes = maxBodyBytes;
    this.inFlight = inFlight;
  }

  /**
   * Serves one exchange.
   *
   * @throws IOException when the client went away, or was cut off by a timeout: the JDK server then
   *     closes the connection and forgets it, which it does not do for an exchange that returns
   *     normally
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (ExchangeThread.refusesCurrent()) {
      // The body is not read: the JDK server drains what it can when the exchange is closed.
      refuseUnread(exchange, new OverloadedException());
    } else if (!inFlight.tryEnter()) {
      refuseUnread(exchange, new ShuttingDownException());
    } else {
      try {
        serve(exchange);
      } finally {
        inFlight.exit();
      }
    }
    // Closing drains an unread body under the read timeout; the JDK swallows the error when that
    // is cut short, so it is raised here.
    if (Thread.currentThread().isInterrupted()) {
      throw timedOut();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      ProtocolResponse response = respond(exchange);
      if (response != null) {
        write(exchange, response);
      }
    } catch (IOException e) {
      // There is nobody left to answer.
      LOG.log(
          Level.DEBUG,
          "Exchange with {0} ended early: {1}",
          exchange.getRemoteAddress(),
          e.toString());
      throw e;
    } catch (RuntimeException | Error e) {
      String requestId = AwsJsonDispatcher.newRequestId();
      LOG.log(Level.ERROR, "Request " + requestId + " failed in the transport", e);
      tryWrite(exchange, ErrorEnvelope.internalServerError(requestId));
    } finally {
      ExchangeThread.readingOnCurrent();
      exchange.close();
    }
  }

  private ProtocolResponse respond(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    HttpRoute route = routeFor(path);
    if (route != null) {
      byte[] body = readBody(exchange);
      if (body == null) {
        return null;
      }
      servingAfterRead();
      return route.serve(exchange.getRequestMethod(), path, body);
    }
    if (!"/".equals(path)) {
      return refuse(
          new UnknownOperationException(
              "Only POST / is served; awsJson1_1 names the operation in the X-Amz-Target header",
              404),
          Map.of());
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      return refuse(
          new UnknownOperationException(
              "Only POST / is served; awsJson1_1 names the operation in the X-Amz-Target header",
              405),
          Map.of("Allow", "POST"));
    }
    byte[] body = readBody(exchange);
    if (body == null) {
      return null;
    }
    // The request is in: serving it never counts against a timeout.
    servingAfterRead();
    // The answer is encoded into this thread's buffer and written from it with its length: no
    // array is built and copied per request.
    return dispatcher.dispatch(
        exchange.getRequestHeaders().getFirst(AwsJson.TARGET_HEADER),
        body,
        ExchangeThread.responseBufferOnCurrent());
  }

  /** The route whose prefix starts {@code path}, or {@code null}. */
  private HttpRoute routeFor(String path) {
    if (path == null) {
      return null;
    }
    for (Map.Entry<String, HttpRoute> route : routes.entrySet()) {
      if (path.startsWith(route.getKey())) {
        return route.getValue();
      }
    }
    return null;
  }

  /**
   * The whole body, or {@code null} when it is over the limit and the 413 has been sent already.
   */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    long declared = declaredLength(exchange);
    long drainLimit =
        maxBodyBytes > Long.MAX_VALUE / DRAIN_FACTOR ? Long.MAX_VALUE : maxBodyBytes * DRAIN_FACTOR;
    if (declared > maxBodyBytes) {
      answerTooLarge(exchange, declared <= drainLimit ? declared : 0);
      return null;
    }
    byte[] body = BoundedBody.read(exchange.getRequestBody(), maxBodyBytes, declared);
    if (body == null) {
      answerTooLarge(exchange, drainLimit);
    }
    return body;
  }

  /**
   * Sends the 413 at once, then reads and drops up to {@code drain} more body bytes before the
   * exchange is closed. Closing a connection with unread bytes makes TCP reset it, and a client
   * still uploading then sees "connection reset" instead of the 413 (found by the SSM bad-input
   * catalog with a 1 MiB + 1 byte body). A body far beyond the limit is not drained: its client is
   * better cut off.
   */
  private void answerTooLarge(HttpExchange exchange, long drain) throws IOException {
    ProtocolResponse response = refuse(new RequestEntityTooLargeException(maxBodyBytes), Map.of());
    servingAfterRead();
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    ExchangeThread.writingOnCurrent();
    exchange.sendResponseHeaders(response.status(), response.body().length);
    OutputStream out = exchange.getResponseBody();
    out.write(response.body());
    out.flush();
    ExchangeThread.readingOnCurrent();
    BoundedBody.discard(exchange.getRequestBody(), drain);
    out.close();
  }

  /** Answers without reading the body, which closing the exchange then drains. */
  private static void refuseUnread(HttpExchange exchange, ServiceException error) {
    tryWrite(exchange, refuse(error, Map.of()));
    ExchangeThread.readingOnCurrent();
    exchange.close();
  }

  /**
   * Stops the read clock once the request, or as much of it as is read before the answer, is in:
   * what the server then does on its own never counts, so that a cold JVM or a busy machine does
   * not cut off a client that sent its request in time.
   */
  private static void servingAfterRead() throws InterruptedIOException {
    if (!ExchangeThread.servingOnCurrent()) {
      throw timedOut();
    }
  }

  private static InterruptedIOException timedOut() {
    return new InterruptedIOException("the client stalled past its timeout");
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

  /**
   * Writes the answer under the write timeout, so that a client that stops reading it is cut off.
   * Once it is out, the read clock runs again: ending the answer drains what the client still sends
   * of a body that was not read (after a 404 or a refusal), and a client that stalls there is cut
   * off like one that stalls before the answer.
   */
  private static void write(HttpExchange exchange, ProtocolResponse response) throws IOException {
    servingAfterRead();
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    int length = response.bodyLength();
    ExchangeThread.writingOnCurrent();
    if ("HEAD".equals(exchange.getRequestMethod()) || length == 0) {
      // Headers alone end the exchange at once, drain included.
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), length);
    OutputStream out = exchange.getResponseBody();
    response.writeBody(out);
    out.flush();
    ExchangeThread.readingOnCurrent();
    out.close();
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
