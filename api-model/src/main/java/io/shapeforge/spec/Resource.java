package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a stored resource and the operations that create, read, update, delete and list it, so
 * that Shapeforge generates their handlers over the runtime's {@code ResourceStore}. Like a {@link
 * Query} declared apart, it sits on an interface of the user's own, beside an imported spec that
 * every import overwrites, and names the imported shapes and operations with class literals.
 *
 * <pre>{@code
 * @Resource(
 *     record = Order.class,
 *     identifier = "orderId",
 *     mintPrefix = "o-", mintHexDigits = 17,     // OrderId's pattern ^o-[0-9a-f]+$ fixes no length
 *     notFound = OrderNotFound.class,
 *     notFoundMessage = "Order {} does not exist",
 *     idempotencyMismatch = IdempotentParameterMismatch.class,
 *     create = CreateOrder.class,
 *     read = GetOrder.class)
 * interface OrderBehaviour {}
 * }</pre>
 *
 * <p>The generated handlers map members by name: a create copies each input member into the record
 * member of the same name and answers the stored record in the output member of the record's type
 * (or copies same-named members); its {@link IdempotencyToken} input member is the client token. A
 * read or delete finds the record by the input members named like the key members.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Resource {
  /** The stored record {@link Structure}. */
  Class<?> record();

  /** The record's own identifier member, a {@code String}: the last column of its primary key. */
  String identifier();

  /**
   * The parent resource, another {@code @Resource} declaration, for a resource that belongs to one
   * (a window target belongs to its window); {@code void.class} for a top-level resource. The
   * record must have the parent's key members, under the same names; it is deleted with its parent.
   */
  Class<?> parent() default void.class;

  /**
   * The prefix of a minted identifier, followed by {@link #mintHexDigits()} random lower-case hex
   * digits. Left out (with the digits), the minter is derived from the identifier's pattern when it
   * is {@code ^prefix[0-9a-f]{N}$}, and must be given otherwise.
   */
  String mintPrefix() default "";

  /** The number of random hex digits after {@link #mintPrefix()}; {@code 0} when not given. */
  int mintHexDigits() default 0;

  /** Mints identifiers as random lower-case UUIDs, instead of a prefix and hex digits. */
  boolean mintUuid() default false;

  /** The {@link ErrorShape} answered for a missing resource. */
  Class<?> notFound();

  /**
   * Its message; {@code {}} stands for the missing identifier and {@code {member}} for the value of
   * that key member ({@code "Maintenance window target {} does not exist in {windowId}"}).
   */
  String notFoundMessage();

  /**
   * The {@link ErrorShape} answered when a client token is reused with other parameters; needed
   * when the create operation has an {@link IdempotencyToken} member.
   */
  Class<?> idempotencyMismatch() default void.class;

  /** The message of {@link #idempotencyMismatch()}. */
  String idempotencyMismatchMessage() default
      "The client token was already used with other parameters";

  /** The {@link Operation} that creates the resource, or {@code void.class}. */
  Class<?> create() default void.class;

  /** The {@link Operation} that reads one resource by its key, or {@code void.class}. */
  Class<?> read() default void.class;

  /**
   * The {@link Operation} that updates one resource in part, or {@code void.class}: each input
   * member the record has and the caller sent replaces the record's; one the caller left out keeps
   * its value, unless the input has a {@code Boolean replace} member (as AWS's update operations
   * do) sent as {@code true}, which clears every member left out.
   */
  Class<?> update() default void.class;

  /** The {@link Operation} that deletes one resource (and its children), or {@code void.class}. */
  Class<?> delete() default void.class;

  /**
   * The {@link Operation} that lists resources a page at a time, or {@code void.class}. It must be
   * {@link Paginated} with an items member that is a list of the record, or of a summary of it (a
   * structure filled from the record's members of its names): the generated handler pages through
   * the records in key order, under the parent named by the input's members of the parent's key
   * names, keeps those whose members equal each other scalar input member of a record member's
   * name, and binds its next token to those values.
   */
  Class<?> list() default void.class;

  /**
   * The page size of {@link #list()} when the caller sends none, for a model that gives none (AWS's
   * models rarely do); {@code 0} leaves it to {@link Paginated#defaultPageSize()}, and without
   * either the page is unlimited. Given in both places, it is a compile error.
   */
  int defaultPageSize() default 0;
}
