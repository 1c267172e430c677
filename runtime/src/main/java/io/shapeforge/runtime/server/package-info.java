/**
 * An HTTP transport for an {@link io.shapeforge.runtime.protocol.AwsJsonDispatcher} on the JDK's
 * built-in server ({@code com.sun.net.httpserver}), so embedding it adds no dependency: {@link
 * io.shapeforge.runtime.server.AwsJsonHttpServer}.
 *
 * <p>It stays bounded under overload: a fixed pool of threads with a bounded wait queue, a small
 * refusal lane that answers the excess with a {@code ThrottlingException} the AWS SDKs retry, and a
 * watchdog that cuts off a client stalling past the read or write timeout.
 */
package io.shapeforge.runtime.server;
