package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Service}: the dispatch table from operation name to handler method, for
 * every operation of the service, so that a transport only moves bytes. Each input is decoded and
 * checked by its generated validator before the handler sees it. It spans all operations of a
 * service (aggregating output). The table holds names only; a switch binds an operation on its
 * first call ({@code AwsJsonDispatcher.Builder#lazyOperations}), so start-up loads no request class
 * or validator.
 *
 * <pre>{@code
 * AwsJsonDispatcher dispatcher = AmazonSsmService.dispatcher(new MyBehaviour(store, tokens)).build();
 * ProtocolResponse response = dispatcher.dispatch("AmazonSSM.DescribeMaintenanceWindowExecutionTasks", body);
 * }</pre>
 */
public final class ServiceWriter extends GeneratedFileWriter<ServiceSpec> {

  @Override
  protected TypeSpec.Builder type(ServiceSpec service) {
    TypeSpec.Builder type =
        classBuilder(QueryNames.serviceClass(service))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The operations of service $L, ready to dispatch by {@code X-Amz-Target: $L.<operation>}.\n",
                service.service().name(),
                service.service().targetPrefix())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<CodeBlock> names = new ArrayList<>();
    for (OperationModel operation : service.operations()) {
      names.add(CodeBlock.of("$S", operation.name()));
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(Types.LIST, Types.STRING),
                "OPERATIONS",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The names of the operations {@link #dispatcher} serves, sorted.\n")
            .initializer(
                names.size() > 8 ? "$T.of(\n    $L)" : "$T.of($L)",
                Types.LIST,
                CodeBlock.join(names, names.size() > 8 ? ",\n    " : ", "))
            .build());
    type.addMethod(dispatcher(service));
    type.addMethod(operation(service));
    if (!service.queries().isEmpty()) {
      type.addMethod(
          MethodSpec.methodBuilder("dispatcher")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(Types.AWS_JSON_DISPATCHER.nestedClass("Builder"))
              .addJavadoc(
                  "A dispatcher builder for the generated behaviour alone: the queries answer from\n"
                      + "{@code store}, every other operation answers {@code NotImplemented} after validation.\n\n")
              .addJavadoc(
                  "@param store holds the tables of {@link $T}\n", QueryNames.tables(service))
              .addJavadoc("@param tokens issues and checks next tokens\n")
              .addParameter(Types.STORE, "store")
              .addParameter(Types.NEXT_TOKEN_CODEC, "tokens")
              .addStatement("return dispatcher(new $T(store, tokens))", QueryNames.queries(service))
              .build());
    }
    return type;
  }

  private static MethodSpec dispatcher(ServiceSpec service) {
    return MethodSpec.methodBuilder("dispatcher")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Types.AWS_JSON_DISPATCHER.nestedClass("Builder"))
        .addJavadoc(
            "A dispatcher builder with every operation registered, each answered by {@code handler};\n"
                + "set a codec if need be, then call {@code build()}. An operation's request class and\n"
                + "validator load on its first call, not here.\n\n")
        .addJavadoc("@param handler the behaviour of every operation\n")
        .addParameter(QueryNames.handler(service), "handler")
        .addStatement(
            "return $T.builder($S)\n    .lazyOperations(OPERATIONS, name -> operation(name, handler))",
            Types.AWS_JSON_DISPATCHER,
            service.service().targetPrefix())
        .build();
  }

  /**
   * The one place that names each operation's request class, validator and handler method, as the
   * arms of a switch: a class named in an arm loads only when the arm first runs, so a service of
   * many operations starts without loading them all (issue 13, item 4).
   */
  private static MethodSpec operation(ServiceSpec service) {
    ClassName operationType = Types.AWS_JSON_DISPATCHER.nestedClass("Operation");
    CodeBlock.Builder arms = CodeBlock.builder().add("return switch (name) {\n$>");
    for (OperationModel operation : service.operations()) {
      arms.add(
          "case $S -> $T.of($T.class, $T.INSTANCE, handler::$N);\n",
          operation.name(),
          operationType,
          HandlerWriter.modelClass(operation.input()),
          QueryNames.validator(operation.input().shape()),
          QueryNames.handlerMethod(operation));
    }
    arms.add(
        "default -> throw new $T($S + name);\n$<};\n",
        IllegalArgumentException.class,
        "Not an operation of " + service.service().name() + ": ");
    return MethodSpec.methodBuilder("operation")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(operationType, WildcardTypeName.subtypeOf(Object.class)))
        .addJavadoc(
            "The operation {@code name}, one of {@link #OPERATIONS}, answered by {@code handler}; the\n"
                + "dispatcher asks on the operation's first call.\n")
        .addParameter(Types.STRING, "name")
        .addParameter(QueryNames.handler(service), "handler")
        .addCode(arms.build())
        .build();
  }
}
