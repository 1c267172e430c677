package io.shapeforge.processor.model;

import io.shapeforge.spec.TimestampFormat;
import java.util.Locale;

/**
 * The type of a member, or of a list's elements or a map's keys and values. Lists and maps nest to
 * any depth.
 *
 * <p>Each stage handles every kind in one place through {@link Visitor}: adding a kind adds a visit
 * method, and the compiler then names every stage that must learn it.
 */
public sealed interface MemberType {

  /** This type as a spec author writes it, for messages: {@code String}, {@code List<Alarm>}. */
  String written();

  /** Calls the visit method of this kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind. Implement it where a stage needs to know every kind, instead of chains of
   * {@code instanceof}.
   */
  interface Visitor<R> {
    R scalar(Scalar scalar);

    R structure(StructureRef structure);

    R union(UnionRef union);

    R enumShape(EnumRef enumRef);

    R intEnum(IntEnumRef intEnum);

    R list(ListOf list);

    R map(MapOf map);

    /** A type the language does not support; only the check stage meets it. */
    R unsupported(Unsupported unsupported);

    /** A type javac cannot resolve yet; only the processor's deferral meets it. */
    R unresolved(Unresolved unresolved);
  }

  /** The simple value kinds of the spec language, one per Smithy simple shape. */
  enum ScalarKind {
    STRING("String"),
    BOOLEAN("Boolean"),
    BYTE("Byte"),
    SHORT("Short"),
    INTEGER("Integer"),
    LONG("Long"),
    FLOAT("Float"),
    DOUBLE("Double"),
    BIG_INTEGER("BigInteger"),
    BIG_DECIMAL("BigDecimal"),
    /** A {@code java.time.Instant}; its wire form is a {@link TimestampFormat.Format}. */
    TIMESTAMP("Instant"),
    /** Bytes, {@code byte[]} in the spec; base64 on the wire. */
    BLOB("byte[]"),
    /** Any JSON value, {@code io.shapeforge.spec.Document} in the spec. */
    DOCUMENT("Document");

    private final String written;

    ScalarKind(String written) {
      this.written = written;
    }

    /** The type as a spec author writes it. */
    public String written() {
      return written;
    }

    /** Whether {@code @Range} applies: every numeric kind. */
    public boolean isNumber() {
      return switch (this) {
        case BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
        default -> false;
      };
    }

    /** Whether the kind holds whole numbers that fit a {@code long}. */
    public boolean isIntegral() {
      return switch (this) {
        case BYTE, SHORT, INTEGER, LONG -> true;
        default -> false;
      };
    }

    /** {@code BIG_DECIMAL} becomes {@code bigDecimal}, Smithy's name for the kind. */
    public String smithyName() {
      String lower = name().toLowerCase(Locale.ROOT);
      int underscore = lower.indexOf('_');
      return underscore < 0
          ? lower
          : lower.substring(0, underscore)
              + Character.toUpperCase(lower.charAt(underscore + 1))
              + lower.substring(underscore + 2);
    }
  }

  /**
   * A simple value such as {@code String}, {@code Instant} or {@code byte[]}.
   *
   * @param kind what it is
   * @param timestampFormat the wire form of a timestamp; {@code EPOCH_SECONDS} for other kinds
   */
  record Scalar(ScalarKind kind, TimestampFormat.Format timestampFormat) implements MemberType {
    public Scalar {
      if (kind != ScalarKind.TIMESTAMP) {
        timestampFormat = TimestampFormat.Format.EPOCH_SECONDS;
      }
    }

    /** A scalar in the protocol's default form. */
    public Scalar(ScalarKind kind) {
      this(kind, TimestampFormat.Format.EPOCH_SECONDS);
    }

    @Override
    public String written() {
      return kind.written();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scalar(this);
    }
  }

  /** Another {@code @Structure}; the generated model class is {@code shape}. */
  record StructureRef(ShapeRef shape) implements MemberType {
    @Override
    public String written() {
      return shape.simpleName();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.structure(this);
    }
  }

  /** A {@code @Union}; the generated class holds exactly one of its members. */
  record UnionRef(ShapeRef shape) implements MemberType {
    @Override
    public String written() {
      return shape.simpleName();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.union(this);
    }
  }

  /** An {@code @EnumShape}; the model stores its raw wire string. */
  record EnumRef(ShapeRef shape) implements MemberType {
    @Override
    public String written() {
      return shape.simpleName();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.enumShape(this);
    }
  }

  /** An {@code @IntEnumShape}; the model stores its raw wire integer. */
  record IntEnumRef(ShapeRef shape) implements MemberType {
    @Override
    public String written() {
      return shape.simpleName();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.intEnum(this);
    }
  }

  /**
   * A {@code List} of elements, each checked against {@code elementConstraints}.
   *
   * @param element the element type
   * @param elementConstraints constraints written on the type argument
   * @param sparse whether {@code @Sparse} lets elements be null
   */
  record ListOf(MemberType element, Constraints elementConstraints, boolean sparse)
      implements MemberType {
    /** A dense list. */
    public ListOf(MemberType element, Constraints elementConstraints) {
      this(element, elementConstraints, false);
    }

    @Override
    public String written() {
      return "List<" + element.written() + ">";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.list(this);
    }
  }

  /**
   * A {@code Map} from string or enum keys to values of any kind.
   *
   * @param key the key type: {@code String} or an enum shape (checked by the check stage)
   * @param keyConstraints constraints written on the key type argument
   * @param value the value type
   * @param valueConstraints constraints written on the value type argument
   * @param sparse whether {@code @Sparse} lets values be null
   */
  record MapOf(
      MemberType key,
      Constraints keyConstraints,
      MemberType value,
      Constraints valueConstraints,
      boolean sparse)
      implements MemberType {
    @Override
    public String written() {
      return "Map<" + key.written() + ", " + value.written() + ">";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.map(this);
    }
  }

  /**
   * A type the spec language does not support, kept so that {@code check} can report it.
   *
   * @param written the type as written, such as {@code java.util.Set<String>}
   */
  record Unsupported(String written) implements MemberType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unsupported(this);
    }
  }

  /**
   * A type javac cannot resolve yet, such as a class another processor generates in a later round.
   * The processor defers the structure until it resolves.
   *
   * @param written the type as written
   */
  record Unresolved(String written) implements MemberType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unresolved(this);
    }
  }

  /**
   * The kinds of type, for the yes/no questions below. Each question is an exhaustive {@code
   * switch} with no {@code default}, so a new constant is a compile error in every question until
   * it is answered; {@link #category()} is a {@link Visitor}, so a new kind cannot skip its
   * constant.
   */
  enum Category {
    SCALAR,
    STRUCTURE,
    UNION,
    ENUM,
    INT_ENUM,
    LIST,
    MAP,
    UNSUPPORTED,
    UNRESOLVED
  }

  /** Which kind of type this is. */
  default Category category() {
    return accept(CategoryOf.INSTANCE);
  }

  /** Whether this is a {@code List}. */
  default boolean isList() {
    return category() == Category.LIST;
  }

  /**
   * Whether this is a {@code List} or a {@code Map}: what {@code @Length} counts and
   * {@code @Sparse} marks.
   */
  default boolean isCollection() {
    return switch (category()) {
      case LIST, MAP -> true;
      case SCALAR, STRUCTURE, UNION, ENUM, INT_ENUM, UNSUPPORTED, UNRESOLVED -> false;
    };
  }

  /** Whether this is an enum or an int enum, whose models store the raw wire value. */
  default boolean isEnumLike() {
    return switch (category()) {
      case ENUM, INT_ENUM -> true;
      case SCALAR, STRUCTURE, UNION, LIST, MAP, UNSUPPORTED, UNRESOLVED -> false;
    };
  }

  /** Whether this is a structure or a union: a generated class with a validator of its own. */
  default boolean isStructured() {
    return switch (category()) {
      case STRUCTURE, UNION -> true;
      case SCALAR, ENUM, INT_ENUM, LIST, MAP, UNSUPPORTED, UNRESOLVED -> false;
    };
  }

  /** Whether this is the given scalar. */
  default boolean is(ScalarKind kind) {
    return scalarKind().filter(kind::equals).isPresent();
  }

  /** The scalar kind of this type; empty for every other kind. */
  default java.util.Optional<ScalarKind> scalarKind() {
    return accept(OneKindOnly.SCALAR_KIND);
  }

  /** The element type of a list; empty for every other kind. */
  default java.util.Optional<MemberType> listElement() {
    return accept(OneKindOnly.LIST_ELEMENT);
  }

  /** The structure this type names, if it is a structure; empty for every other kind. */
  default java.util.Optional<ShapeRef> namedStructure() {
    return accept(OneKindOnly.STRUCTURE);
  }

  /**
   * The enum shape this type names, if it is an enum; empty for every other kind, int enums too.
   */
  default java.util.Optional<ShapeRef> namedEnum() {
    return accept(OneKindOnly.ENUM);
  }

  /** Whether this type, or any type nested in it, is not resolved yet. */
  default boolean isUnresolved() {
    return anyNested(type -> type.category() == Category.UNRESOLVED);
  }

  /** Whether this type, or any type nested in it, is not supported. */
  default boolean isUnsupported() {
    return anyNested(type -> type.category() == Category.UNSUPPORTED);
  }

  /** Whether this type or any list element, map key or map value in it, at any depth, matches. */
  default boolean anyNested(java.util.function.Predicate<MemberType> test) {
    if (test.test(this)) {
      return true;
    }
    for (MemberType nested : accept(NestedTypes.INSTANCE)) {
      if (nested.anyNested(test)) {
        return true;
      }
    }
    return false;
  }

  /** The shape this type names directly (a structure, union or enum), if any. */
  default java.util.Optional<ShapeRef> namedShape() {
    return accept(NamedShapeOf.INSTANCE);
  }

  /** Every shape named by this type or a type nested in it, at any depth. */
  default java.util.List<ShapeRef> shapesNamed() {
    java.util.List<ShapeRef> named = new java.util.ArrayList<>();
    anyNested(
        type -> {
          type.namedShape().ifPresent(named::add);
          return false;
        });
    return named;
  }
}
