/**
 * Readers: one per model format, each turning files into the neutral {@link
 * io.shapeforge.importer.model.ServiceDef}. A reader maps every shape kind and trait one to one,
 * skips a trait only when {@link io.shapeforge.importer.read.SkippedTraits} lists it, and reports
 * anything else as a {@link io.shapeforge.importer.ModelException} naming the shape.
 */
package io.shapeforge.importer.read;
