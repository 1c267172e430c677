package io.shapeforge.processor.read;

import io.shapeforge.processor.model.Constraints;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.MemberType.ScalarKind;
import io.shapeforge.processor.model.TypeRef;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a member's return type onto the spec language's types: the scalars, structures, enum
 * shapes and {@code List}s of those. Anything else becomes {@link MemberType.Unsupported}.
 */
final class MemberTypeReader {

  private static final Map<String, ScalarKind> SCALARS =
      Map.of(
          "java.lang.String", ScalarKind.STRING,
          "java.lang.Boolean", ScalarKind.BOOLEAN,
          "java.lang.Integer", ScalarKind.INTEGER,
          "java.lang.Long", ScalarKind.LONG,
          "java.time.Instant", ScalarKind.TIMESTAMP);

  private final ShapeRefs shapeRefs;
  private final ConstraintReader constraints;

  MemberTypeReader(ShapeRefs shapeRefs, ConstraintReader constraints) {
    this.shapeRefs = shapeRefs;
    this.constraints = constraints;
  }

  MemberType read(TypeMirror type) {
    return read(type, true);
  }

  private MemberType read(TypeMirror type, boolean listAllowed) {
    if (type.getKind() == TypeKind.ERROR) {
      return new MemberType.Unresolved(type.toString());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new MemberType.Unsupported(written(type));
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return new MemberType.Scalar(scalar);
    }
    if (name.equals("java.util.List")) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (!listAllowed || arguments.size() != 1) {
        return new MemberType.Unsupported(written(type));
      }
      TypeMirror argument = arguments.get(0);
      MemberType element = read(argument, false);
      if (element instanceof MemberType.Unresolved) {
        return new MemberType.ListOf(element, Constraints.NONE);
      }
      if (element instanceof MemberType.Unsupported) {
        return new MemberType.Unsupported(written(type));
      }
      // Element constraints come from the type argument's own mirrors only.
      Constraints elementConstraints = constraints.read(argument);
      return new MemberType.ListOf(element, elementConstraints);
    }
    TypeRef ref = shapeRefs.typeRef(type);
    return switch (ref.kind()) {
      case STRUCTURE -> new MemberType.StructureRef(ref.shape());
      case ENUM -> new MemberType.EnumRef(ref.shape());
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
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return type.toString();
  }
}
