/**
 * Stage three: turns the checked spec model into JavaPoet {@code JavaFile}s: model classes with
 * builders, enums, exceptions and validators.
 *
 * <p>Every writer extends {@link io.shapeforge.processor.write.GeneratedFileWriter}, which adds the
 * {@code @Generated} marker, a file comment and the originating element, so output is uniform and
 * Gradle's incremental compilation can trace each file to its spec type. Writers depend only on the
 * spec model, so they are unit tested without javac.
 */
package io.shapeforge.processor.write;
