/**
 * The awsJson1_1 wire conventions, independent of any transport.
 *
 * <ul>
 *   <li>{@link io.shapeforge.runtime.protocol.JsonCodec}: strict JSON in, JSON out, with {@link
 *       io.shapeforge.runtime.protocol.JsonLimits} enforced while parsing; every bad body is a 400
 *       {@link io.shapeforge.runtime.protocol.SerializationException} that names the JSON path;
 *   <li>{@link io.shapeforge.runtime.protocol.AwsJsonDispatcher}: {@code X-Amz-Target} and body
 *       bytes in, {@link io.shapeforge.runtime.protocol.ProtocolResponse} out, for the operations a
 *       service registers;
 *   <li>{@link io.shapeforge.runtime.protocol.ErrorEnvelope}: {@code {"__type","message"}} with the
 *       matching {@code x-amzn-ErrorType} header, as the AWS SDKs and botocore read it;
 *   <li>epoch-second timestamps ({@link io.shapeforge.runtime.protocol.EpochSecondsSerializer}).
 * </ul>
 */
package io.shapeforge.runtime.protocol;
