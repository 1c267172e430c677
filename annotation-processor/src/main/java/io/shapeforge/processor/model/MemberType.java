package io.shapeforge.processor.model;

/** The type of a member, or of a list's elements. */
public sealed interface MemberType {

  /** This type as a spec author writes it, for messages: {@code String}, {@code List<Alarm>}. */
  String written();

  /** The scalar types of the spec language. */
  enum ScalarKind {
    STRING,
    BOOLEAN,
    INTEGER,
    LONG,
    /** A {@code java.time.Instant}, epoch seconds on the wire. */
    TIMESTAMP
  }

  /** A scalar such as {@code String} or {@code Instant}. */
  record Scalar(ScalarKind kind) implements MemberType {
    @Override
    public String written() {
      return switch (kind) {
        case STRING -> "String";
        case BOOLEAN -> "Boolean";
        case INTEGER -> "Integer";
        case LONG -> "Long";
        case TIMESTAMP -> "Instant";
      };
    }
  }

  /** Another {@code @Structure}; the generated model class is {@code shape}. */
  record StructureRef(ShapeRef shape) implements MemberType {
    @Override
    public String written() {
      return shape.simpleName();
    }
  }

  /** An {@code @EnumShape}; the model stores its raw wire string. */
  record EnumRef(ShapeRef shape) implements MemberType {
    @Override
    public String written() {
      return shape.simpleName();
    }
  }

  /**
   * A {@code List} of elements, each checked against {@code elementConstraints}.
   *
   * @param element the element type
   * @param elementConstraints constraints written on the type argument
   */
  record ListOf(MemberType element, Constraints elementConstraints) implements MemberType {
    @Override
    public String written() {
      return "List<" + element.written() + ">";
    }
  }

  /**
   * A type the spec language does not support, kept so that {@code check} can report it.
   *
   * @param written the type as written, such as {@code java.util.Map<String,String>}
   */
  record Unsupported(String written) implements MemberType {}

  /**
   * A type javac cannot resolve yet, such as a class another processor generates in a later
   * round. The processor defers the structure until it resolves.
   *
   * @param written the type as written
   */
  record Unresolved(String written) implements MemberType {}

  /** Whether this type, or a list's element type, is not resolved yet. */
  default boolean isUnresolved() {
    return this instanceof Unresolved || this instanceof ListOf list && list.element().isUnresolved();
  }

  /** Whether this is the given scalar. */
  default boolean is(ScalarKind kind) {
    return this instanceof Scalar scalar && scalar.kind() == kind;
  }
}
