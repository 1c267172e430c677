package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * One member of a structure or union.
 *
 * @param name the member name, lower camel case as in AWS validation paths ({@code
 *     windowExecutionId})
 * @param wireName the JSON name ({@code WindowExecutionId})
 * @param doc the javadoc of the spec method, if any
 * @param type the member type
 * @param required whether {@code @Required} is present
 * @param identifier whether {@code @Identifier} is present
 * @param constraints the member's own constraints
 * @param parameterCount the number of parameters of the spec method; a member has none
 * @param traits the traits that change how the member is built, shown or sent
 */
public record MemberModel(
    String name,
    String wireName,
    Optional<String> doc,
    MemberType type,
    boolean required,
    boolean identifier,
    Constraints constraints,
    int parameterCount,
    MemberTraits traits) {

  /** A member with no traits beyond the constraints. */
  public MemberModel(
      String name,
      String wireName,
      Optional<String> doc,
      MemberType type,
      boolean required,
      boolean identifier,
      Constraints constraints,
      int parameterCount) {
    this(
        name,
        wireName,
        doc,
        type,
        required,
        identifier,
        constraints,
        parameterCount,
        MemberTraits.NONE);
  }

  /** This member, part of its structure's primary key or not. */
  public MemberModel withIdentifier(boolean isIdentifier) {
    return new MemberModel(
        name, wireName, doc, type, required, isIdentifier, constraints, parameterCount, traits);
  }

  /** Whether the value must never show in {@code toString()} or a validation message. */
  public boolean sensitive() {
    return traits.sensitive();
  }

  /** The {@code @DefaultValue} text, if any. */
  public Optional<String> defaultValue() {
    return traits.defaultValue();
  }

  /**
   * The member's name in AWS validation paths: the wire name with only its first letter
   * lower-cased, whatever the Java name ({@code IPAddress} is {@code iPAddress}, {@code KBId} is
   * {@code kBId}), as Lambda's {@code kMSKeyArn} shows.
   */
  public String validationPath() {
    return wireName.isEmpty()
        ? name
        : Character.toLowerCase(wireName.charAt(0)) + wireName.substring(1);
  }
}
