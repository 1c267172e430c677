package io.shapeforge.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.QueryService;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Service}: the dispatch table from operation name to generated query, so
 * that a transport only moves bytes. It spans all queries of a service (aggregating output).
 *
 * <pre>{@code
 * AwsJsonDispatcher dispatcher = AmazonSsmService.dispatcher(store, tokens).build();
 * ProtocolResponse response = dispatcher.dispatch("AmazonSSM.DescribeMaintenanceWindowExecutionTasks", body);
 * }</pre>
 */
public final class ServiceWriter extends GeneratedFileWriter<QueryService> {

  @Override
  protected TypeSpec.Builder type(QueryService service) {
    TypeSpec.Builder type =
        classBuilder(QueryNames.serviceClass(service))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The operations of service $L that Shapeforge answers from a store, ready to dispatch by\n"
                + "{@code X-Amz-Target: $L.<operation>}.\n", service.service().name(), service.service().targetPrefix())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<CodeBlock> names = new ArrayList<>();
    for (QueryOperation operation : service.operations()) {
      names.add(CodeBlock.of("$S", operation.operation().name()));
    }
    type.addField(
        FieldSpec.builder(ParameterizedTypeName.get(Types.LIST, Types.STRING), "OPERATIONS",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The names of the operations {@link #dispatcher} serves, sorted.\n")
            .initializer("$T.of($L)", Types.LIST, CodeBlock.join(names, ", "))
            .build());
    MethodSpec.Builder dispatcher =
        MethodSpec.methodBuilder("dispatcher")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Types.AWS_JSON_DISPATCHER.nestedClass("Builder"))
            .addJavadoc("A dispatcher builder with every query operation registered; add more operations or a codec,\n"
                + "then call {@code build()}.\n\n")
            .addJavadoc("@param store holds the tables of {@link $T}\n", QueryNames.tables(service))
            .addJavadoc("@param tokens issues and checks next tokens\n")
            .addParameter(Types.STORE, "store")
            .addParameter(Types.NEXT_TOKEN_CODEC, "tokens");
    CodeBlock.Builder chain = CodeBlock.builder().add("return $T.builder($S)", Types.AWS_JSON_DISPATCHER,
        service.service().targetPrefix());
    for (QueryOperation operation : service.operations()) {
      String local = Character.toLowerCase(operation.operation().name().charAt(0)) + operation.operation().name().substring(1);
      dispatcher.addStatement("$T $N = new $T(store, tokens)", QueryNames.query(operation), local, QueryNames.query(operation));
      chain.add("\n    .operation($S, $T.class, $N::execute)", operation.operation().name(),
          MemberTypes.className(operation.input().ref()), local);
    }
    dispatcher.addStatement("$L", chain.build());
    type.addMethod(dispatcher.build());
    return type;
  }
}
