package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.PaginationModel;
import io.shapeforge.processor.model.QueryFilter;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Operation>Query}: the operation's {@code QueryDefinition} as a constant and a thin
 * {@code execute} that validates the request, hands scope, filters, page size and token to the
 * runtime's {@code QueryEngine}, and builds the response. The runtime owns every loop.
 *
 * <pre>{@code
 * DescribeMaintenanceWindowExecutionTasksQuery query = new DescribeMaintenanceWindowExecutionTasksQuery(store, tokens);
 * DescribeMaintenanceWindowExecutionTasksResult page = query.execute(request);
 * }</pre>
 */
public final class QueryWriter extends GeneratedFileWriter<QueryOperation> {

  private static final String SCOPE = "scope";

  private final ServiceSpec service;

  /**
   * @param service the service the operations belong to, for its tables class
   */
  public QueryWriter(ServiceSpec service) {
    this.service = service;
  }

  @Override
  protected TypeSpec.Builder type(QueryOperation operation) {
    QueryModel query = operation.query();
    PaginationModel pagination = operation.pagination();
    ClassName record = MemberTypes.className(operation.record().ref());
    ClassName input = MemberTypes.className(operation.input().ref());
    ClassName output = MemberTypes.className(operation.output().ref());
    MemberModel scopeMember =
        QueryOperation.member(operation.record(), query.scope().recordMember());
    TypeName scopeType = ColumnsWriter.valueType(scopeMember.type());
    TypeName engineType = ParameterizedTypeName.get(Types.QUERY_ENGINE, record, scopeType);
    ClassName tables = QueryNames.tables(service);

    TypeSpec.Builder type =
        classBuilder(QueryNames.query(operation)).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    type.addJavadoc(
        "Answers {@code $L} from a store: $L records of one {@link $T}, filtered, ordered and paged.\n",
        operation.operation().name(),
        record.simpleName(),
        MemberTypes.className(operation.parent().ref()));
    operation.operation().doc().ifPresent(doc -> type.addJavadoc("\n<p>$L", doc));
    type.addJavadoc("\n<p>Thread-safe; build one per store and reuse it.\n");

    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(Types.QUERY_DEFINITION, record, scopeType),
                "DEFINITION",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "What {@code $L} accepts: its scope, filter keys, order and default page size.\n",
                operation.operation().name())
            .initializer(definition(operation, scopeMember))
            .build());
    type.addField(
        FieldSpec.builder(engineType, "engine", Modifier.PRIVATE, Modifier.FINAL).build());

    CodeBlock notFound = notFoundMessage(query.scope().notFoundMessage());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "@param store holds the $L and $L tables of {@link $T}\n",
                record.simpleName(),
                operation.parent().ref().simpleName(),
                tables)
            .addJavadoc("@param tokens issues and checks next tokens\n")
            .addParameter(Types.STORE, "store")
            .addParameter(Types.NEXT_TOKEN_CODEC, "tokens")
            .addStatement(
                "this.engine = new $T<>(DEFINITION, store.table($T.$L),\n"
                    + "$T.parentIn(store.table($T.$L), $N -> new $T($L)),\ntokens)",
                Types.QUERY_ENGINE,
                tables,
                TablesWriter.constantName(operation.record()),
                Types.SCOPE_CHECK,
                tables,
                TablesWriter.constantName(operation.parent()),
                SCOPE,
                MemberTypes.className(operation.notFound()),
                notFound)
            .build());

    MemberModel requestScope =
        QueryOperation.member(operation.input(), query.scope().requestMember());
    MethodSpec.Builder execute =
        MethodSpec.methodBuilder("execute")
            .addModifiers(Modifier.PUBLIC)
            .returns(output)
            .addParameter(input, "request")
            .addJavadoc("One page of {@code $L}.\n\n", operation.operation().name())
            .addJavadoc(
                "@throws $T when the request breaks a constraint, including an unknown filter key or value\n",
                ClassName.get("io.shapeforge.runtime.validation", "ValidationException"))
            .addJavadoc(
                "@throws $T when no $L has the requested {@code $L}\n",
                MemberTypes.className(operation.notFound()),
                operation.parent().ref().simpleName(),
                requestScope.name())
            .addJavadoc(
                "@throws $T when the next token was not issued for this query\n",
                ClassName.get("io.shapeforge.runtime.page", "InvalidNextTokenException"))
            .addStatement(
                "$T.INSTANCE.check(request)", QueryNames.validator(operation.input().ref()))
            .addStatement(
                "$T<$T> page = engine.page(request.$L(),\n$L,\nrequest.$L(), request.$L())",
                Types.PAGE,
                record,
                QueryNames.columnGetter(requestScope),
                requestFilters(operation),
                pagination.pageSize(),
                pagination.inputToken())
            .addStatement(
                "return $T.builder()\n.$L(page.items())\n.$L(page.nextToken())\n.build()",
                output,
                pagination.items(),
                pagination.outputToken());
    type.addMethod(execute.build());
    return type;
  }

  private static CodeBlock definition(QueryOperation operation, MemberModel scopeMember) {
    QueryModel query = operation.query();
    ClassName columns = QueryNames.columns(operation.record().ref());
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $T.$L)",
                Types.QUERY_DEFINITION,
                operation.operation().name(),
                columns,
                ColumnsWriter.constantName(scopeMember));
    for (QueryFilter filter : operation.filters()) {
      CodeBlock.Builder values = CodeBlock.builder();
      for (String value : filter.allowed()) {
        values.add(", $S", value);
      }
      code.add(
          "\n    .filter($T.of($S, $T.$L, $T.$L$L))",
          Types.FILTER_DEFINITION,
          filter.name(),
          columns,
          ColumnsWriter.constantName(filter.member()),
          Types.FILTER_OPERATOR,
          filter.op().name(),
          values.build());
    }
    List<CodeBlock> order = new ArrayList<>();
    for (QueryModel.Order part : query.orderBy()) {
      MemberModel member = QueryOperation.member(operation.record(), part.member());
      order.add(
          CodeBlock.of(
              "$T.$L.$L()",
              columns,
              ColumnsWriter.constantName(member),
              part.direction() == io.shapeforge.spec.OrderBy.Direction.ASCENDING
                  ? "ascending"
                  : "descending"));
    }
    code.add("\n    .orderBy($L)", CodeBlock.join(order, ", "));
    code.add("\n    .defaultPageSize($L)", operation.pagination().defaultPageSize());
    code.add(
        "\n    .filterMembers($S, $S, $S)",
        query.filtersMember(),
        query.filterKeyMember(),
        query.filterValuesMember());
    code.add("\n    .build()");
    return code.build();
  }

  private static CodeBlock requestFilters(QueryOperation operation) {
    if (operation.filterElement().isEmpty()) {
      return CodeBlock.of("$T.of()", Types.LIST);
    }
    QueryModel query = operation.query();
    ClassName element = MemberTypes.className(operation.filterElement().get().ref());
    return CodeBlock.of(
        "$T.from(request.$L(), $T::$L, $T::$L)",
        Types.REQUEST_FILTER,
        query.filtersMember(),
        element,
        query.filterKeyMember(),
        element,
        query.filterValuesMember());
  }

  /**
   * {@code "Execution {} does not exist"} becomes {@code "Execution " + scope + " does not exist"}.
   */
  static CodeBlock notFoundMessage(String template) {
    String[] parts = template.split("\\{\\}", -1);
    List<CodeBlock> pieces = new ArrayList<>();
    if (parts[0].isEmpty()) {
      pieces.add(CodeBlock.of("$S", ""));
    }
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        pieces.add(CodeBlock.of("$N", SCOPE));
      }
      if (!parts[i].isEmpty()) {
        pieces.add(CodeBlock.of("$S", parts[i]));
      }
    }
    return CodeBlock.join(pieces, " + ");
  }
}
