package io.shapeforge.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names generated code gives its own methods, in one place, so that the check stage can refuse
 * a member whose name would clash with one and the writers use exactly the same names.
 *
 * <p>A spec author, or a tool that writes specs, must avoid {@link #RESERVED_MEMBER_NAMES} and the
 * names {@link #generatedFor(MemberModel)} derives from each member.
 */
public final class GeneratedNames {

  /** The constant a generated enum or union type adds for a value this version does not know. */
  public static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

  /** The accessor of a union's discriminator: which member is set. */
  public static final String UNION_TYPE_ACCESSOR = "type";

  /**
   * Member names a generated model or its builder already uses without parameters: {@code builder},
   * {@code toBuilder}, {@code build} and the methods of {@code Object}. A union also reserves
   * {@link #UNION_TYPE_ACCESSOR}, an error shape {@link #RESERVED_ERROR_MEMBER_NAMES}.
   */
  public static final Set<String> RESERVED_MEMBER_NAMES =
      Collections.unmodifiableSet(
          new TreeSet<>(
              List.of(
                  "builder",
                  "toBuilder",
                  "build",
                  "hashCode",
                  "toString",
                  "getClass",
                  "notify",
                  "notifyAll",
                  "wait",
                  "clone",
                  "finalize")));

  /**
   * Member names reserved on an error shape only, because the generated exception has these
   * methods: those of {@code Throwable} and the accessors it adds. An ordinary structure may have
   * them: SSM's {@code InstanceAssociationStatusInfo} has a member {@code ErrorCode}.
   */
  public static final Set<String> RESERVED_ERROR_MEMBER_NAMES =
      Collections.unmodifiableSet(
          new TreeSet<>(
              List.of(
                  "getMessage",
                  "getLocalizedMessage",
                  "getCause",
                  "fillInStackTrace",
                  "getStackTrace",
                  "printStackTrace",
                  "getSuppressed",
                  "errorCode",
                  "httpStatus",
                  "isClientFault")));

  private GeneratedNames() {}

  /**
   * The accessor of a member's raw wire value, for a member that shows an enum: {@code
   * statusAsString} for an enum, {@code statusesAsStrings} for a list of enums, {@code
   * priorityAsInteger} and {@code prioritiesAsIntegers} for int enums. Empty for any other member.
   */
  public static java.util.Optional<String> rawAccessor(MemberModel member) {
    return rawSuffix(member.type(), "As").map(suffix -> member.name() + suffix);
  }

  /**
   * The builder setter that takes raw wire values of a list of enums: {@code statusesWithStrings};
   * empty for any other member.
   */
  public static java.util.Optional<String> rawListSetter(MemberModel member) {
    return member.type().isList()
        ? rawSuffix(member.type(), "With").map(suffix -> member.name() + suffix)
        : java.util.Optional.empty();
  }

  /** Every method name generated for {@code member} besides its own name. */
  public static List<String> generatedFor(MemberModel member) {
    List<String> names = new ArrayList<>(2);
    rawAccessor(member).ifPresent(names::add);
    rawListSetter(member).ifPresent(names::add);
    return names;
  }

  /** {@code MaintenanceWindowFilterValidator} for {@code MaintenanceWindowFilter}. */
  public static String validator(ShapeRef shape) {
    return shape.simpleName() + "Validator";
  }

  private static java.util.Optional<String> rawSuffix(MemberType type, String prefix) {
    return type.accept(RawWireNoun.OF_MEMBER).map(noun -> prefix + noun);
  }
}
