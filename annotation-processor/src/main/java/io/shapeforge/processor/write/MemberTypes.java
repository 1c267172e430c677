package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.ShapeRef;

/**
 * The Java types of a member in generated code. A model <em>stores</em> an enum as its raw wire
 * string (so unknown values survive to be reported) but <em>shows</em> it as the generated enum.
 */
final class MemberTypes {

  private MemberTypes() {}

  static ClassName className(ShapeRef ref) {
    return ClassName.get(ref.modelPackage(), ref.simpleName());
  }

  /** The type of the field and of the Jackson-visible accessor: enums as {@code String}. */
  static TypeName stored(MemberType type) {
    if (type instanceof MemberType.EnumRef) {
      return Types.STRING;
    }
    if (type instanceof MemberType.ListOf list) {
      return ParameterizedTypeName.get(Types.LIST, stored(list.element()));
    }
    return shown(type);
  }

  /** The type of the accessor named as the member: enums as the generated enum. */
  static TypeName shown(MemberType type) {
    if (type instanceof MemberType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> Types.STRING;
        case BOOLEAN -> ClassName.get(Boolean.class);
        case INTEGER -> ClassName.get(Integer.class);
        case LONG -> ClassName.get(Long.class);
        case TIMESTAMP -> Types.INSTANT;
      };
    }
    if (type instanceof MemberType.StructureRef structure) {
      return className(structure.shape());
    }
    if (type instanceof MemberType.EnumRef enumRef) {
      return className(enumRef.shape());
    }
    if (type instanceof MemberType.ListOf list) {
      return ParameterizedTypeName.get(Types.LIST, shown(list.element()));
    }
    throw new IllegalArgumentException("unsupported type reached the writer: " + type);
  }

  /** Whether the member is an enum or a list of enums, which get the two-faced accessors. */
  static boolean isEnumLike(MemberType type) {
    return type instanceof MemberType.EnumRef
        || type instanceof MemberType.ListOf list && list.element() instanceof MemberType.EnumRef;
  }

  /** {@code maxResults} becomes {@code MAX_RESULTS}. */
  static String constantName(String memberName) {
    StringBuilder out = new StringBuilder(memberName.length() + 8);
    for (int i = 0; i < memberName.length(); i++) {
      char c = memberName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
