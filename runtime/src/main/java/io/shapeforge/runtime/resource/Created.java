package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.store.Key;

/**
 * What {@link ResourceStore#create} did.
 *
 * @param identifier the new resource's identifier, or the first create's on a replay
 * @param key the resource's whole primary key: its parent's key and {@code identifier}
 * @param replayed whether the client token had created it before, so nothing was written now
 */
public record Created(String identifier, Key key, boolean replayed) {}
