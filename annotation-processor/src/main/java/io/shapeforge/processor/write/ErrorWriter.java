package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.ErrorTrait;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.StructureShape;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes an error shape as an exception extending {@code ServiceException}:
 *
 * <pre>{@code
 * throw new DoesNotExistException("Maintenance window execution " + id + " does not exist");
 * }</pre>
 *
 * <p>The {@code message} member is the exception message. Other members are kept as accessors, set
 * through a second constructor that takes the message and then each member in spec order.
 */
public final class ErrorWriter extends GeneratedFileWriter<StructureShape> {

  private static final String MESSAGE = "message";

  @Override
  protected TypeSpec.Builder type(StructureShape shape) {
    ErrorTrait error = shape.error().orElseThrow();
    ClassName name = MemberTypes.className(shape.ref());
    TypeSpec.Builder type =
        classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(Types.SERVICE_EXCEPTION);
    shape.doc().ifPresent(doc -> type.addJavadoc("$L", doc));
    type.addField(
        FieldSpec.builder(
                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build());
    type.addField(
        FieldSpec.builder(
                String.class, "ERROR_CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The error code on the wire, in {@code __type} and {@code x-amzn-ErrorType}.\n")
            .initializer("$S", error.code())
            .build());
    type.addField(
        FieldSpec.builder(
                int.class, "HTTP_STATUS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The HTTP status of a response carrying this error.\n")
            .initializer("$L", error.httpStatus())
            .build());
    List<MemberModel> others =
        shape.members().stream().filter(m -> !m.name().equals(MESSAGE)).toList();
    MethodSpec.Builder simple =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("@param message the message on the wire\n")
            .addParameter(String.class, MESSAGE);
    if (others.isEmpty()) {
      simple.addStatement("super(ERROR_CODE, HTTP_STATUS, $N)", MESSAGE);
    } else {
      simple.addStatement("this($N$L)", MESSAGE, ", null".repeat(others.size()));
      MethodSpec.Builder full =
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("@param message the message on the wire\n")
              .addParameter(String.class, MESSAGE)
              .addStatement("super(ERROR_CODE, HTTP_STATUS, $N)", MESSAGE);
      for (MemberModel member : others) {
        TypeName memberType = MemberTypes.shown(member.type());
        type.addField(memberType, member.name(), Modifier.PRIVATE, Modifier.FINAL);
        full.addParameter(memberType, member.name())
            .addStatement("this.$N = $N", member.name(), member.name());
        MethodSpec.Builder accessor =
            MethodSpec.methodBuilder(member.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(memberType)
                .addStatement("return this.$N", member.name());
        member.doc().ifPresent(doc -> accessor.addJavadoc("$L", doc));
        type.addMethod(accessor.build());
      }
      type.addMethod(full.build());
    }
    type.addMethod(simple.build());
    if (shape.members().stream().anyMatch(m -> m.name().equals(MESSAGE))) {
      type.addMethod(
          MethodSpec.methodBuilder(MESSAGE)
              .addJavadoc("The message on the wire; the same as {@link #getMessage()}.\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addStatement("return getMessage()")
              .build());
    }
    return type;
  }
}
