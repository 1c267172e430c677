package io.shapeforge.runtime.server;

import io.shapeforge.runtime.error.ServiceException;

/**
 * The answer to a request that arrives while the server is closing: 503 {@code ServiceUnavailable},
 * the code AWS uses for a service that cannot take a request right now. AWS SDKs retry it.
 */
final class ShuttingDownException extends ServiceException {
  private static final long serialVersionUID = 1L;

  ShuttingDownException() {
    super("ServiceUnavailable", 503, "The server is shutting down");
  }
}
