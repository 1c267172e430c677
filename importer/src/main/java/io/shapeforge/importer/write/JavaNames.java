package io.shapeforge.importer.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;

/**
 * Every rule that turns a model name into a Java name, in one place.
 *
 * <ul>
 *   <li><b>Members</b>: the wire name with its leading capitals lower-cased, except the last one
 *       when a lower-case letter follows ({@code WindowExecutionId} → {@code windowExecutionId},
 *       {@code AWSKMSKeyARN} → {@code awskmsKeyARN}, {@code URL} → {@code url}). Characters that
 *       cannot be in a Java name become {@code _}. The wire name is kept with {@code @WireName}
 *       whenever it is not the Java name in PascalCase, so the wire and AWS's validation paths
 *       never change.
 *   <li><b>Member clashes</b>: a name that is a Java keyword or literal, one of {@link
 *       #RESERVED_MEMBER_NAMES}, {@code type} in a union, {@code <m>AsString} or {@code
 *       <m>AsStrings} of an enum member {@code m}, or the name of an earlier member (model order)
 *       gets the suffix {@code Member}, then {@code Member2}, {@code Member3}, ... until it is
 *       free.
 *   <li><b>Shapes</b>: the model's name. A name that an operation has, or that the spec sources use
 *       for another type ({@link #RESERVED_TYPE_NAMES}), gets the suffix {@code Shape}, then {@code
 *       Shape2}, ...; an error shape renamed so keeps its wire code in {@code @ErrorShape(code)}.
 *       Operations keep their names, which travel in {@code X-Amz-Target}; an operation named like
 *       a java.lang type, {@code Operation} or {@code Paginated} is a model error (see {@link
 *       #isReservedOperationName}).
 *   <li><b>Enum constants</b>: the model's member name (Smithy) or the wire value (AWS JSON) when
 *       it is a Java name; otherwise every run of other characters becomes {@code _} (and a leading
 *       digit gets a {@code _} before it). A keyword, {@code UNKNOWN_TO_SDK_VERSION} (the generated
 *       unknown-value constant) or an earlier constant's name gets the suffix {@code _2}, {@code
 *       _3}, ... The wire value is kept with {@code @EnumValue} whenever it is not the constant's
 *       name.
 * </ul>
 */
public final class JavaNames {
  private JavaNames() {}

  /**
   * Member names that the processor's generated models, builders and exceptions already use:
   * Object's and Throwable's methods, the builder methods and an error's accessors. An importer
   * test keeps this a superset of the processor's {@code GeneratedNames}, so an imported spec never
   * meets a {@code [shapeforge:generated-name-clash]}; error-only names are reserved on every
   * shape, which costs a suffix on a rare plain member and keeps the rule one set.
   */
  public static final Set<String> RESERVED_MEMBER_NAMES =
      Set.of(
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "builder",
          "toBuilder",
          "build",
          "getMessage",
          "getLocalizedMessage",
          "getCause",
          "fillInStackTrace",
          "getStackTrace",
          "printStackTrace",
          "getSuppressed",
          "errorCode",
          "httpStatus",
          "isClientFault");

  /** Reserved in a union only: the generated accessor of which member is set. */
  public static final String UNION_TYPE_MEMBER = "type";

  /**
   * The processor adds raw-value accessors and setters to a member that holds enum or int enum
   * values: {@code <member>AsString}, {@code <member>AsStrings}, {@code <member>AsInteger}, {@code
   * <member>AsIntegers}, {@code <member>WithStrings} and {@code <member>WithIntegers}, so these
   * names are reserved beside every such member.
   */
  public static final List<String> ENUM_ACCESSOR_SUFFIXES =
      List.of("AsString", "AsStrings", "AsInteger", "AsIntegers", "WithStrings", "WithIntegers");

  /** Simple names a shape cannot have: {@link #JAVA_LANG_TYPES} and {@link #IMPORTED_TYPES}. */
  public static final Set<String> RESERVED_TYPE_NAMES;

  /**
   * Every public type of java.lang (Java 17): a spec source or the generated model may use any of
   * them without an import, and a type of that name in the package would hide it.
   */
  public static final Set<String> JAVA_LANG_TYPES =
      Set.of(
          "AbstractMethodError",
          "Appendable",
          "ArithmeticException",
          "ArrayIndexOutOfBoundsException",
          "ArrayStoreException",
          "AssertionError",
          "AutoCloseable",
          "Boolean",
          "BootstrapMethodError",
          "Byte",
          "CharSequence",
          "Character",
          "Class",
          "ClassCastException",
          "ClassCircularityError",
          "ClassFormatError",
          "ClassLoader",
          "ClassNotFoundException",
          "ClassValue",
          "CloneNotSupportedException",
          "Cloneable",
          "Comparable",
          "Compiler",
          "Deprecated",
          "Double",
          "Enum",
          "EnumConstantNotPresentException",
          "Error",
          "Exception",
          "ExceptionInInitializerError",
          "Float",
          "FunctionalInterface",
          "IllegalAccessError",
          "IllegalAccessException",
          "IllegalArgumentException",
          "IllegalCallerException",
          "IllegalMonitorStateException",
          "IllegalStateException",
          "IllegalThreadStateException",
          "IncompatibleClassChangeError",
          "IndexOutOfBoundsException",
          "InheritableThreadLocal",
          "InstantiationError",
          "InstantiationException",
          "Integer",
          "InternalError",
          "InterruptedException",
          "Iterable",
          "LayerInstantiationException",
          "LinkageError",
          "Long",
          "Math",
          "Module",
          "ModuleLayer",
          "NegativeArraySizeException",
          "NoClassDefFoundError",
          "NoSuchFieldError",
          "NoSuchFieldException",
          "NoSuchMethodError",
          "NoSuchMethodException",
          "NullPointerException",
          "Number",
          "NumberFormatException",
          "Object",
          "OutOfMemoryError",
          "Override",
          "Package",
          "Process",
          "ProcessBuilder",
          "ProcessHandle",
          "Readable",
          "Record",
          "ReflectiveOperationException",
          "Runnable",
          "Runtime",
          "RuntimeException",
          "RuntimePermission",
          "SafeVarargs",
          "SecurityException",
          "SecurityManager",
          "Short",
          "StackOverflowError",
          "StackTraceElement",
          "StackWalker",
          "StrictMath",
          "String",
          "StringBuffer",
          "StringBuilder",
          "StringIndexOutOfBoundsException",
          "SuppressWarnings",
          "System",
          "Thread",
          "ThreadDeath",
          "ThreadGroup",
          "ThreadLocal",
          "Throwable",
          "TypeNotPresentException",
          "UnknownError",
          "UnsatisfiedLinkError",
          "UnsupportedClassVersionError",
          "UnsupportedOperationException",
          "VerifyError",
          "VirtualMachineError",
          "Void");

  /**
   * The types spec sources import: the member types and the spec annotations with their nested
   * enums, and {@code Generated}, which generated code carries. A single-type import hides a type
   * of the same package, so a shape of such a name could not be referred to.
   */
  public static final Set<String> IMPORTED_TYPES =
      Set.of(
          "List",
          "Map",
          "Instant",
          "BigInteger",
          "BigDecimal",
          "Document",
          // The spec annotations and their nested enums.
          "DefaultValue",
          "EnumShape",
          "EnumValue",
          "ErrorShape",
          "Fault",
          "FilterKey",
          "FilterOp",
          "IdempotencyToken",
          "Identifier",
          "IntEnumShape",
          "IntEnumValue",
          "JsonName",
          "Length",
          "Operation",
          "OrderBy",
          "Paginated",
          "Pattern",
          "Protocol",
          "Query",
          "Range",
          "Required",
          "Scope",
          "Sensitive",
          "Service",
          "Sparse",
          "Structure",
          "TimestampFormat",
          "Union",
          "UniqueItems",
          "WireName",
          "Format",
          "Direction",
          "Generated");

  static {
    Set<String> all = new HashSet<>(JAVA_LANG_TYPES);
    all.addAll(IMPORTED_TYPES);
    RESERVED_TYPE_NAMES = Set.copyOf(all);
  }

  /**
   * Whether an operation cannot have this name. Its name travels in {@code X-Amz-Target}, so it
   * cannot be renamed. Nothing refers to an operation's type, so only names that the operation's
   * own file or the package's other files use without an import are refused: java.lang's, and
   * {@code Operation} and {@code Paginated}, which the operation's file imports. DynamoDB's {@code
   * Query} is fine.
   */
  public static boolean isReservedOperationName(String name) {
    return JAVA_LANG_TYPES.contains(name) || name.equals("Operation") || name.equals("Paginated");
  }

  /** The constant every generated enum adds for values it does not know. */
  public static final String UNKNOWN_ENUM_CONSTANT = "UNKNOWN_TO_SDK_VERSION";

  /** The Java member name of a wire name, before clashes are resolved. */
  public static String memberName(String wireName) {
    String name = identifier(wireName);
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return name;
    }
    if (upper > 1 && upper < name.length() && Character.isLowerCase(name.charAt(upper))) {
      upper--; // AWSKey: the K starts the next word
    }
    return name.substring(0, upper).toLowerCase(Locale.ROOT) + name.substring(upper);
  }

  /** Whether a member of this Java name needs {@code @WireName} to keep its wire name. */
  public static boolean needsWireName(String javaName, String wireName) {
    return !pascalCase(javaName).equals(wireName);
  }

  /** The name with its first letter upper-cased, as the spec derives a wire name. */
  public static String pascalCase(String javaName) {
    return javaName.isEmpty()
        ? javaName
        : javaName.substring(0, 1).toUpperCase(Locale.ROOT) + javaName.substring(1);
  }

  /**
   * The Java names of a structure's or union's members, in order.
   *
   * @param enumMembers for each member, whether it holds enum values (it gets {@code AsString}
   *     accessors)
   */
  public static List<String> memberNames(
      List<String> wireNames, List<Boolean> enumMembers, boolean union) {
    Set<String> taken = new HashSet<>(RESERVED_MEMBER_NAMES);
    if (union) {
      taken.add(UNION_TYPE_MEMBER);
    }
    List<String> candidates = new ArrayList<>();
    for (String wireName : wireNames) {
      candidates.add(memberName(wireName));
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (enumMembers.get(i)) {
        for (String suffix : ENUM_ACCESSOR_SUFFIXES) {
          taken.add(candidates.get(i) + suffix);
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (String candidate : candidates) {
      String name =
          isFree(candidate, taken)
              ? candidate
              : firstFree(
                  n -> candidate + (n == 1 ? "Member" : "Member" + n), free -> isFree(free, taken));
      taken.add(name);
      names.add(name);
    }
    return names;
  }

  /** The Java names of enum constants, in order: the model's names or values, made legal. */
  public static List<String> enumConstantNames(List<String> modelNames) {
    Set<String> taken = new HashSet<>();
    taken.add(UNKNOWN_ENUM_CONSTANT);
    List<String> names = new ArrayList<>();
    for (String modelName : modelNames) {
      String candidate = identifier(modelName);
      String name =
          isFree(candidate, taken)
              ? candidate
              : firstFree(n -> candidate + "_" + (n + 1), free -> isFree(free, taken));
      taken.add(name);
      names.add(name);
    }
    return names;
  }

  /** A shape's Java type name, given the names already taken (operations, earlier shapes). */
  public static String typeName(String shapeName, Set<String> taken) {
    String candidate = identifier(shapeName);
    Predicate<String> free = name -> isFree(name, taken) && !RESERVED_TYPE_NAMES.contains(name);
    return free.test(candidate)
        ? candidate
        : firstFree(n -> candidate + (n == 1 ? "Shape" : "Shape" + n), free);
  }

  private static boolean isFree(String name, Set<String> taken) {
    return !taken.contains(name) && !SourceVersion.isKeyword(name) && !name.equals("_");
  }

  /** The first of {@code candidate(1)}, {@code candidate(2)}, ... that is free. */
  private static String firstFree(IntFunction<String> candidate, Predicate<String> free) {
    for (int n = 1; ; n++) {
      String name = candidate.apply(n);
      if (free.test(name)) {
        return name;
      }
    }
  }

  /**
   * The text made a legal Java identifier: each run of characters that cannot appear in one becomes
   * {@code _}, and a name that cannot start one gets {@code _} in front.
   */
  static String identifier(String text) {
    if (text.isEmpty()) {
      return "EMPTY";
    }
    StringBuilder name = new StringBuilder();
    boolean replacing = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isJavaIdentifierPart(c) && c != '$') {
        name.append(c);
        replacing = false;
      } else if (!replacing) {
        name.append('_');
        replacing = true;
      }
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    String result = name.toString();
    return result.equals("_") ? "__" : result;
  }
}
