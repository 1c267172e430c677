/**
 * The Shapeforge spec language: annotations that describe an AWS-style API.
 *
 * <p>The vocabulary mirrors the Smithy traits that AWS models use, so an AWS model maps onto it one
 * to one. A spec is a package of Java interfaces and enums:
 *
 * <ul>
 *   <li>{@link io.shapeforge.spec.Service} on the package names the service and its protocol;
 *   <li>{@link io.shapeforge.spec.Structure} interfaces are structure shapes, their abstract
 *       methods are members;
 *   <li>{@link io.shapeforge.spec.EnumShape} enums are enum shapes;
 *   <li>{@link io.shapeforge.spec.ErrorShape} structures are errors;
 *   <li>{@link io.shapeforge.spec.Operation} interfaces are operations, optionally
 *       {@link io.shapeforge.spec.Paginated} and answered by a {@link io.shapeforge.spec.Query}.
 * </ul>
 *
 * <p>Member types: {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 * {@code java.time.Instant} (a timestamp), another structure, an enum shape, and {@code List} of
 * any of these. Javadoc on a shape or member is its documentation and is copied into generated code.
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
