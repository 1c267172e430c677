package io.shapeforge.importer.model;

/**
 * The error traits of a structure: who is at fault and the HTTP status ({@code @httpError}, or 400
 * for a client and 500 for a server fault when the model gives none, as the AWS JSON protocols
 * answer).
 */
public record ErrorDef(boolean serverFault, int httpStatus) {}
