package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.TypeRef;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Handler}: the typed behaviour of a service, one method per operation,
 * generated input in, generated output out, so that an embedder supplies behaviour in plain Java
 * and never sees JSON. The dispatcher decodes and validates before a method is called.
 *
 * <p>Every method is a {@code default} that throws {@code OperationNotImplementedException}: a
 * service of 146 operations can be served one operation at a time, and an operation nobody
 * implemented answers a clear error naming it. Queries get their methods from {@code
 * <Service>Queries}, which implements this interface.
 *
 * <pre>{@code
 * class MyBehaviour extends AmazonSsmQueries {
 *   MyBehaviour(Store store, NextTokenCodec tokens) { super(store, tokens); }
 *
 *   @Override
 *   public CreateActivationResult createActivation(CreateActivationRequest request) { ... }
 * }
 * }</pre>
 */
public final class HandlerWriter extends GeneratedFileWriter<ServiceSpec> {

  @Override
  protected TypeSpec.Builder type(ServiceSpec service) {
    TypeSpec.Builder type =
        interfaceBuilder(QueryNames.handler(service))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The behaviour of service $L, one method per operation. The dispatcher of {@link $T} calls a\n"
                    + "method only with an input that decoded and validated; a method not overridden answers\n"
                    + "{@code NotImplemented}, naming its operation.\n",
                service.service().name(),
                QueryNames.serviceClass(service));
    for (OperationModel operation : service.operations()) {
      type.addMethod(method(operation));
    }
    return type;
  }

  private static MethodSpec method(OperationModel operation) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(QueryNames.handlerMethod(operation))
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(modelClass(operation.output()))
            .addParameter(modelClass(operation.input()), "request");
    method.addJavadoc("{@code $L}", operation.name());
    operation
        .doc()
        .map(String::strip)
        .filter(doc -> !doc.isEmpty())
        .ifPresent(doc -> method.addJavadoc(": $L", doc));
    method.addJavadoc("\n\n@param request the input, decoded and valid\n");
    for (TypeRef error : operation.errors()) {
      if (error.shape() != null) {
        method.addJavadoc("@throws $T as the operation declares\n", modelClass(error));
      }
    }
    method.addJavadoc("@throws $T unless overridden\n", Types.OPERATION_NOT_IMPLEMENTED);
    method.addStatement("throw new $T($S)", Types.OPERATION_NOT_IMPLEMENTED, operation.name());
    return method.build();
  }

  /** The generated class of a structure or error shape named in {@code @Operation}. */
  static ClassName modelClass(TypeRef ref) {
    return MemberTypes.className(ref.shape());
  }
}
