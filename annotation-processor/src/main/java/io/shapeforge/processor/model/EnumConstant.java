package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * One value of an enum shape.
 *
 * @param javaName the constant name in the spec enum and in the generated enum
 * @param wireValue the value on the wire: the name unless {@code @EnumValue} overrides it; for an
 *     int enum the {@code @IntEnumValue} in decimal, {@code null} when missing
 * @param doc the constant's javadoc, if any
 */
public record EnumConstant(String javaName, String wireValue, Optional<String> doc) {}
