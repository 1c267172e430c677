package io.shapeforge.processor.read;

import io.shapeforge.processor.model.ShapeRef;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.Union;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Names spec types: their {@link ShapeRef} and what a referenced class is in the spec language. */
public final class ShapeRefs {

  private final Elements elements;
  private final ModelPackages packages;

  public ShapeRefs(Elements elements, ModelPackages packages) {
    this.elements = elements;
    this.packages = packages;
  }

  /** The names of a spec type. */
  public ShapeRef of(TypeElement type) {
    return new ShapeRef(
        type.getQualifiedName().toString(),
        packages.of(elements.getPackageOf(type)),
        type.getSimpleName().toString());
  }

  /** What a class written in an annotation value is. */
  public TypeRef typeRef(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return new TypeRef(type.toString(), TypeRef.Kind.OTHER, null);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (Mirrors.has(element, ErrorShape.class)) {
      return new TypeRef(name, TypeRef.Kind.ERROR, of(element));
    }
    if (Mirrors.has(element, Structure.class)) {
      return new TypeRef(name, TypeRef.Kind.STRUCTURE, of(element));
    }
    if (Mirrors.has(element, Union.class)) {
      return new TypeRef(name, TypeRef.Kind.UNION, of(element));
    }
    if (Mirrors.has(element, EnumShape.class) && element.getKind() == ElementKind.ENUM) {
      return new TypeRef(name, TypeRef.Kind.ENUM, of(element));
    }
    if (Mirrors.has(element, IntEnumShape.class) && element.getKind() == ElementKind.ENUM) {
      return new TypeRef(name, TypeRef.Kind.INT_ENUM, of(element));
    }
    return new TypeRef(name, TypeRef.Kind.OTHER, null);
  }
}
