/**
 * The writer: the neutral model to annotated spec sources, with JavaPoet. {@link
 * io.shapeforge.importer.write.JavaNames} holds every naming and clash rule, {@link
 * io.shapeforge.importer.write.JavadocText} turns model documentation into javadoc, and {@link
 * io.shapeforge.importer.write.SpecWriter} writes one file per shape and operation.
 */
package io.shapeforge.importer.write;
