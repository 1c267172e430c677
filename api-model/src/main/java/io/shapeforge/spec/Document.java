package io.shapeforge.spec;

/**
 * The member type of a Smithy {@code document}: any JSON value (null, boolean, number, string, list
 * or map). Write it as a member's type; the generated model holds an immutable document.
 *
 * <pre>{@code
 * Document metadata();
 * }</pre>
 *
 * <p>It is a marker for the spec only; nothing implements it.
 */
public interface Document {}
