package io.shapeforge.processor.model;

/**
 * Names a shape twice: as the spec type that declares it and as the class generated for it.
 *
 * @param specName the qualified name of the spec interface or enum, such as {@code
 *     a.b.spec.MaintenanceWindowFilter}
 * @param modelPackage the package of the generated class, such as {@code a.b.model}
 * @param simpleName the simple name shared by spec type and generated class
 */
public record ShapeRef(String specName, String modelPackage, String simpleName) {}
