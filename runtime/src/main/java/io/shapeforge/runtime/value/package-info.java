/**
 * Immutable value types that generated models hold for Smithy kinds Java has no immutable type for:
 * {@link io.shapeforge.runtime.value.Blob} (a {@code blob}, base64 on the wire) and {@link
 * io.shapeforge.runtime.value.Document} (a {@code document}, any JSON value). Each carries its own
 * Jackson mapping, so a plain {@code ObjectMapper} reads and writes it wherever it sits: a member,
 * a list element or a map value.
 */
package io.shapeforge.runtime.value;
