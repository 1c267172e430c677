/**
 * Resource lifecycles on the storage SPI: a {@link
 * io.shapeforge.runtime.resource.ResourceDefinition} names a resource's table, parent, identifier
 * minter and errors, and {@link io.shapeforge.runtime.resource.ResourceStore} creates (with
 * client-token idempotency), reads, updates (compare-and-set), deletes (cascading to children) and
 * lists (keyset pages with authenticated next tokens) such resources on any {@link
 * io.shapeforge.runtime.store.Store}.
 *
 * <p>Nothing here knows a particular service: an emulator declares its resources once and keeps
 * hand-written code for the behaviour AWS has beyond storage.
 */
package io.shapeforge.runtime.resource;
