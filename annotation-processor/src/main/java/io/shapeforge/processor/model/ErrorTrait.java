package io.shapeforge.processor.model;

import io.shapeforge.spec.Fault;

/**
 * What {@code @ErrorShape} adds to a structure.
 *
 * @param code the wire error code (the shape name unless overridden)
 * @param httpStatus the HTTP status
 * @param fault who is to blame
 */
public record ErrorTrait(String code, int httpStatus, Fault fault) {}
