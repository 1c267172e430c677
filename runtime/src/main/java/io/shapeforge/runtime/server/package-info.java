/**
 * An HTTP transport for an {@link io.shapeforge.runtime.protocol.AwsJsonDispatcher} on the JDK's
 * built-in server ({@code com.sun.net.httpserver}), so embedding it adds no dependency: {@link
 * io.shapeforge.runtime.server.AwsJsonHttpServer}.
 */
package io.shapeforge.runtime.server;
