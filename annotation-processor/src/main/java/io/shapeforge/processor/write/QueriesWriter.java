package io.shapeforge.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ServiceSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Queries}: the generated behaviour of a service, its handler with every
 * query method answered by the query engine over a store. The other methods keep the handler's
 * not-implemented default; an embedder extends this class to supply them. It spans all queries of a
 * service (aggregating output).
 */
public final class QueriesWriter extends GeneratedFileWriter<ServiceSpec> {

  @Override
  protected TypeSpec.Builder type(ServiceSpec service) {
    TypeSpec.Builder type =
        classBuilder(QueryNames.queries(service))
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(QueryNames.handler(service))
            .addJavadoc(
                "The operations of service $L that Shapeforge answers from a store. Extend it to supply\n"
                    + "the behaviour of the other operations of {@link $T}.\n\n<p>Thread-safe, as the store is.\n",
                service.service().name(),
                QueryNames.handler(service));
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("@param store holds the tables of {@link $T}\n", QueryNames.tables(service))
            .addJavadoc("@param tokens issues and checks next tokens\n")
            .addParameter(Types.STORE, "store")
            .addParameter(Types.NEXT_TOKEN_CODEC, "tokens");
    for (QueryOperation query : service.queries()) {
      String field = QueryNames.handlerMethod(query.operation());
      type.addField(
          FieldSpec.builder(QueryNames.query(query), field, Modifier.PRIVATE, Modifier.FINAL)
              .build());
      constructor.addStatement("this.$N = new $T(store, tokens)", field, QueryNames.query(query));
      type.addMethod(
          MethodSpec.methodBuilder(QueryNames.handlerMethod(query.operation()))
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(MemberTypes.className(query.output().ref()))
              .addParameter(MemberTypes.className(query.input().ref()), "request")
              .addJavadoc("Answered by {@link $T}.\n", QueryNames.query(query))
              .addStatement("return $N.execute(request)", field)
              .build());
    }
    type.addMethod(constructor.build());
    return type;
  }
}
