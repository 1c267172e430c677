package io.shapeforge.processor.model;

/**
 * An operation's {@code @Paginated} declaration, as written (not checked yet).
 *
 * @param inputToken the input member with the page token
 * @param outputToken the output member with the next page's token
 * @param pageSize the input member that caps the page size
 * @param defaultPageSize the page size when none is sent
 * @param items the output member holding the page's items
 */
public record PaginationModel(
    String inputToken, String outputToken, String pageSize, int defaultPageSize, String items) {

  /** This declaration with {@code size} as its default page size. */
  public PaginationModel withDefaultPageSize(int size) {
    return new PaginationModel(inputToken, outputToken, pageSize, size, items);
  }
}
