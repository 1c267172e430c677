package io.shapeforge.importer.model;

/**
 * What every shape and member may carry besides its type: documentation (as the model writes it,
 * HTML for AWS models), and deprecation with its message.
 */
public record Documentation(String text, boolean deprecated, String deprecatedMessage) {
  /** Nothing. */
  public static final Documentation NONE = new Documentation(null, false, null);

  /** Just documentation text, possibly {@code null}. */
  public static Documentation of(String text) {
    return new Documentation(text, false, null);
  }
}
