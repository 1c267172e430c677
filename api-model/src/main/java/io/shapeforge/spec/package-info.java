/**
 * The Shapeforge spec language: annotations that describe an AWS-style API.
 *
 * <p>The vocabulary mirrors the Smithy shape kinds and traits that AWS models use, so the shapes of
 * an AWS model map onto it one to one. (Protocol bindings other than awsJson1_1, streaming and
 * resource lifecycles are outside it.) A spec is a package of Java interfaces and enums:
 *
 * <ul>
 *   <li>{@link io.shapeforge.spec.Service} on the package names the service and its protocol;
 *   <li>{@link io.shapeforge.spec.Structure} interfaces are structure shapes, their abstract
 *       methods are members;
 *   <li>{@link io.shapeforge.spec.Union} interfaces are unions, their abstract methods the
 *       alternatives;
 *   <li>{@link io.shapeforge.spec.EnumShape} and {@link io.shapeforge.spec.IntEnumShape} enums are
 *       enum and int enum shapes;
 *   <li>{@link io.shapeforge.spec.ErrorShape} structures are errors;
 *   <li>{@link io.shapeforge.spec.Operation} interfaces are operations, optionally {@link
 *       io.shapeforge.spec.Paginated} and answered by a {@link io.shapeforge.spec.Query}.
 * </ul>
 *
 * <p>Member types, one for each Smithy shape kind: {@code String}, {@code Boolean}, {@code Byte},
 * {@code Short}, {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code
 * java.math.BigInteger}, {@code java.math.BigDecimal}, {@code byte[]} (a blob), {@code
 * java.time.Instant} (a timestamp, see {@link io.shapeforge.spec.TimestampFormat}), {@link
 * io.shapeforge.spec.Document}, another {@link io.shapeforge.spec.Structure} or {@link
 * io.shapeforge.spec.Union}, an {@link io.shapeforge.spec.EnumShape} or {@link
 * io.shapeforge.spec.IntEnumShape}, and {@code List} and {@code Map} (string or enum keys) of any
 * of these, nested to any depth. Structures may refer to themselves. Javadoc on a shape or member
 * is its documentation and is copied into generated code.
 *
 * <pre>{@code
 * @Structure
 * interface MaintenanceWindowFilter {
 *   @Length(min = 1, max = 128) String key();
 *   List<@Length(min = 1, max = 256) String> values();
 * }
 * }</pre>
 *
 * <p>The annotations are only read at compile time ({@code RetentionPolicy.CLASS}); this module is
 * never needed at run time.
 */
package io.shapeforge.spec;
