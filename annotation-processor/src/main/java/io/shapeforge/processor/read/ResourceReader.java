package io.shapeforge.processor.read;

import io.shapeforge.processor.model.ResourceDeclaration;
import io.shapeforge.spec.Resource;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a {@code @Resource} declaration into plain names. It resolves nothing: whether the record
 * is a structure, the operations are operations and the members exist is the check's job, so that
 * each mistake is reported there, on its value.
 */
public final class ResourceReader {

  private final Mirrors mirrors;

  public ResourceReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The declaration on {@code type}, if it carries {@code @Resource}. */
  public Optional<ResourceDeclaration> read(TypeElement type) {
    return Mirrors.find(type, Resource.class).map(mirror -> read(type, mirror));
  }

  private ResourceDeclaration read(TypeElement type, AnnotationMirror mirror) {
    return new ResourceDeclaration(
        type.getQualifiedName().toString(),
        className(mirror, "record").orElse(""),
        mirrors.string(mirror, "identifier"),
        className(mirror, "parent"),
        mirrors.string(mirror, "mintPrefix"),
        mirrors.intValue(mirror, "mintHexDigits"),
        (Boolean) mirrors.value(mirror, "mintUuid").getValue(),
        className(mirror, "notFound").orElse(""),
        mirrors.string(mirror, "notFoundMessage"),
        className(mirror, "idempotencyMismatch"),
        mirrors.string(mirror, "idempotencyMismatchMessage"),
        className(mirror, "create"),
        className(mirror, "read"),
        className(mirror, "update"),
        className(mirror, "delete"),
        className(mirror, "list"),
        mirrors.intValue(mirror, "defaultPageSize"));
  }

  /** The qualified name a class literal names, or empty for {@code void.class}. */
  private Optional<String> className(AnnotationMirror mirror, String name) {
    TypeMirror type = mirrors.type(mirror, name);
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    return Optional.of(
        ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
  }
}
