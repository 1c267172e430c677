package io.shapeforge.runtime.server;

import io.shapeforge.runtime.protocol.ProtocolResponse;

/**
 * Serves the requests under one path prefix of an {@link AwsJsonHttpServer} apart from the AWS
 * protocol, such as an emulator's control plane under {@code /_shapeforge/}. The server reads the
 * body under the same size limit and timeouts, on the same bounded pool, as it does for {@code POST
 * /}; the route decides everything else, methods included.
 *
 * <pre>{@code
 * AwsJsonHttpServer.builder(dispatcher)
 *     .route("/_admin/", (method, path, body) -> ProtocolResponse.of(200, Map.of(), ok, id))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface HttpRoute {

  /**
   * Answers one request.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the request path, starting with the route's prefix, without the query string
   * @param body the request body; empty when there is none
   * @return the answer; a {@link RuntimeException} is answered 500 {@code InternalServerError}
   */
  ProtocolResponse serve(String method, String path, byte[] body);
}
