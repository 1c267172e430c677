package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * One member of a structure.
 *
 * @param name the member name, lower camel case as in AWS validation paths ({@code windowExecutionId})
 * @param wireName the JSON name ({@code WindowExecutionId})
 * @param doc the javadoc of the spec method, if any
 * @param type the member type
 * @param required whether {@code @Required} is present
 * @param identifier whether {@code @Identifier} is present
 * @param constraints the member's own constraints
 * @param parameterCount the number of parameters of the spec method; a member has none
 */
public record MemberModel(
    String name,
    String wireName,
    Optional<String> doc,
    MemberType type,
    boolean required,
    boolean identifier,
    Constraints constraints,
    int parameterCount) {}
