package io.shapeforge.importer.model;

/**
 * {@code @paginated}: wire member names of the input and output; {@code pageSize} and {@code items}
 * are {@code null} when the model names none.
 */
public record PaginationDef(String inputToken, String outputToken, String pageSize, String items) {}
