package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.ShapeRef;

/**
 * The Java types of a member in generated code, one visit per kind. A model <em>stores</em> an enum
 * as its raw wire value (so unknown values survive to be reported) but <em>shows</em> it as the
 * generated enum, and likewise a list of enums.
 */
final class MemberTypes {

  private MemberTypes() {}

  static ClassName className(ShapeRef ref) {
    return ClassName.get(ref.modelPackage(), ref.simpleName());
  }

  /** The type of the field and of the Jackson-visible accessor: enums as their wire type. */
  static TypeName stored(MemberType type) {
    return type.accept(STORED);
  }

  /**
   * The type of the accessor named as the member: an enum, or a list of enums, as the generated
   * enum.
   */
  static TypeName shown(MemberType type) {
    return type.accept(SHOWN);
  }

  /** Whether the member is an enum or a list of enums, which get the two-faced accessors. */
  static boolean isEnumLike(MemberType type) {
    return type.isEnumLike() || type.listElement().filter(MemberType::isEnumLike).isPresent();
  }

  /** The Java class of each scalar kind in a model. */
  static ClassName scalar(MemberType.ScalarKind kind) {
    return switch (kind) {
      case STRING -> Types.STRING;
      case BOOLEAN -> ClassName.get(Boolean.class);
      case BYTE -> ClassName.get(Byte.class);
      case SHORT -> ClassName.get(Short.class);
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case FLOAT -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BIG_INTEGER -> Types.BIG_INTEGER;
      case BIG_DECIMAL -> Types.BIG_DECIMAL;
      case TIMESTAMP -> Types.INSTANT;
      case BLOB -> Types.BLOB;
      case DOCUMENT -> Types.DOCUMENT;
    };
  }

  private static final MemberType.Visitor<TypeName> STORED =
      new MemberType.Visitor<>() {
        @Override
        public TypeName scalar(MemberType.Scalar scalar) {
          return MemberTypes.scalar(scalar.kind());
        }

        @Override
        public TypeName structure(MemberType.StructureRef structure) {
          return className(structure.shape());
        }

        @Override
        public TypeName union(MemberType.UnionRef union) {
          return className(union.shape());
        }

        @Override
        public TypeName enumShape(MemberType.EnumRef enumRef) {
          return Types.STRING;
        }

        @Override
        public TypeName intEnum(MemberType.IntEnumRef intEnum) {
          return ClassName.get(Integer.class);
        }

        @Override
        public TypeName list(MemberType.ListOf list) {
          return ParameterizedTypeName.get(Types.LIST, stored(list.element()));
        }

        @Override
        public TypeName map(MemberType.MapOf map) {
          // Enum keys travel, and are kept, as their wire strings, like enum values.
          return ParameterizedTypeName.get(Types.MAP, Types.STRING, stored(map.value()));
        }

        @Override
        public TypeName unsupported(MemberType.Unsupported unsupported) {
          throw new IllegalArgumentException("unsupported type reached the writer: " + unsupported);
        }

        @Override
        public TypeName unresolved(MemberType.Unresolved unresolved) {
          throw new IllegalArgumentException("unresolved type reached the writer: " + unresolved);
        }
      };

  private static final MemberType.Visitor<TypeName> SHOWN =
      new MemberType.Visitor<>() {
        @Override
        public TypeName enumShape(MemberType.EnumRef enumRef) {
          return className(enumRef.shape());
        }

        @Override
        public TypeName intEnum(MemberType.IntEnumRef intEnum) {
          return className(intEnum.shape());
        }

        /** Only a list of enums (one level deep) is shown as a list of the generated enum. */
        @Override
        public TypeName list(MemberType.ListOf list) {
          return list.element().isEnumLike()
              ? ParameterizedTypeName.get(Types.LIST, shown(list.element()))
              : stored(list);
        }

        @Override
        public TypeName scalar(MemberType.Scalar scalar) {
          return stored(scalar);
        }

        @Override
        public TypeName structure(MemberType.StructureRef structure) {
          return stored(structure);
        }

        @Override
        public TypeName union(MemberType.UnionRef union) {
          return stored(union);
        }

        @Override
        public TypeName map(MemberType.MapOf map) {
          return stored(map);
        }

        @Override
        public TypeName unsupported(MemberType.Unsupported unsupported) {
          return stored(unsupported);
        }

        @Override
        public TypeName unresolved(MemberType.Unresolved unresolved) {
          return stored(unresolved);
        }
      };

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
