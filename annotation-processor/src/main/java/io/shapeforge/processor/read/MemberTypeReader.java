package io.shapeforge.processor.read;

import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.MemberType.ScalarKind;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.spec.Sparse;
import io.shapeforge.spec.TimestampFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a member's return type onto the spec language's types: the scalars, structures, unions, enum
 * and int enum shapes, and {@code List}s and {@code Map}s of any of those, nested to any depth.
 * Anything else becomes {@link MemberType.Unsupported}.
 *
 * <p>{@code @Sparse} and {@code @TimestampFormat} are read from the type itself: on a member they
 * are on the method <em>and</em> its return type (javac repeats a METHOD+TYPE_USE annotation), and
 * inside a list or map only on the type argument, so the type is the one place that always has
 * them.
 */
final class MemberTypeReader {

  private static final Map<String, ScalarKind> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.lang.Byte", ScalarKind.BYTE),
          Map.entry("java.lang.Short", ScalarKind.SHORT),
          Map.entry("java.lang.Integer", ScalarKind.INTEGER),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.lang.Float", ScalarKind.FLOAT),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("java.time.Instant", ScalarKind.TIMESTAMP),
          Map.entry("io.shapeforge.spec.Document", ScalarKind.DOCUMENT));

  private final Mirrors mirrors;
  private final ShapeRefs shapeRefs;
  private final ConstraintReader constraints;

  MemberTypeReader(Mirrors mirrors, ShapeRefs shapeRefs, ConstraintReader constraints) {
    this.mirrors = mirrors;
    this.shapeRefs = shapeRefs;
    this.constraints = constraints;
  }

  MemberType read(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return new MemberType.Unresolved(type.toString());
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return new MemberType.Scalar(ScalarKind.BLOB);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new MemberType.Unsupported(written(type));
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    ScalarKind scalar = SCALARS.get(name);
    if (scalar == ScalarKind.TIMESTAMP) {
      TimestampFormat.Format format =
          Mirrors.find(type, TimestampFormat.class)
              .map(m -> TimestampFormat.Format.valueOf(mirrors.enumName(m, "value")))
              .orElse(TimestampFormat.Format.EPOCH_SECONDS);
      return new MemberType.Scalar(scalar, format);
    }
    if (scalar != null) {
      return new MemberType.Scalar(scalar);
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    boolean sparse = Mirrors.has(type, Sparse.class);
    if (name.equals("java.util.List") && arguments.size() == 1) {
      MemberType element = read(arguments.get(0));
      // Element constraints come from the type argument's own mirrors only.
      return new MemberType.ListOf(element, constraints.read(arguments.get(0)), sparse);
    }
    if (name.equals("java.util.Map") && arguments.size() == 2) {
      return new MemberType.MapOf(
          read(arguments.get(0)),
          constraints.read(arguments.get(0)),
          read(arguments.get(1)),
          constraints.read(arguments.get(1)),
          sparse);
    }
    TypeRef ref = shapeRefs.typeRef(type);
    return switch (ref.kind()) {
      case STRUCTURE -> new MemberType.StructureRef(ref.shape());
      case UNION -> new MemberType.UnionRef(ref.shape());
      case ENUM -> new MemberType.EnumRef(ref.shape());
      case INT_ENUM -> new MemberType.IntEnumRef(ref.shape());
      case ERROR, OTHER -> new MemberType.Unsupported(written(type));
    };
  }

  /** The type as written, without type-use annotations, for messages. */
  private static String written(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      StringBuilder text =
          new StringBuilder(((TypeElement) declared.asElement()).getQualifiedName());
      if (!declared.getTypeArguments().isEmpty()) {
        text.append('<');
        for (int i = 0; i < declared.getTypeArguments().size(); i++) {
          text.append(i == 0 ? "" : ",").append(written(declared.getTypeArguments().get(i)));
        }
        text.append('>');
      }
      return text.toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return written(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(Locale.ROOT);
    }
    return type.toString();
  }
}
