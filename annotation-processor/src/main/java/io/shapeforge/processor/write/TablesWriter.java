package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.ServiceSpec.StoredShape;
import io.shapeforge.processor.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Tables}: one {@code TableSchema} per stored structure (query record or
 * scope parent), keyed by its {@code @Identifier} members, with the secondary indexes of every
 * query that reads it and a JSON record codec from the model class. It spans all queries of a
 * service, so it is an aggregating output.
 *
 * <pre>{@code
 * Table<MaintenanceWindowExecution> executions = store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION);
 * }</pre>
 */
public final class TablesWriter extends GeneratedFileWriter<ServiceSpec> {

  @Override
  protected TypeSpec.Builder type(ServiceSpec service) {
    TypeSpec.Builder type =
        classBuilder(QueryNames.tables(service))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The tables of service $L: one per stored record and scope parent, with the indexes its\n"
                    + "queries scan. Pass them to {@code Store.table(...)}.\n",
                service.service().name())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (StoredShape stored : service.storedShapes().values()) {
      type.addField(table(stored));
    }
    return type;
  }

  /** The constant of a stored shape's table, such as {@code MAINTENANCE_WINDOW_EXECUTION}. */
  static String constantName(StructureShape shape) {
    return QueryNames.upperSnake(shape.ref().simpleName());
  }

  private static FieldSpec table(StoredShape stored) {
    ClassName record = MemberTypes.className(stored.shape().ref());
    ClassName columns = QueryNames.columns(stored.shape().ref());
    List<CodeBlock> key = new ArrayList<>();
    for (MemberModel member : stored.shape().members()) {
      if (member.identifier()) {
        key.add(CodeBlock.of("$T.$L.ascending()", columns, ColumnsWriter.constantName(member)));
      }
    }
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $L)",
                Types.TABLE_SCHEMA,
                stored.shape().ref().simpleName(),
                CodeBlock.join(key, ", "));
    for (QueryOperation query : stored.queries()) {
      init.add("\n    .indexes($T.DEFINITION.indexes())", QueryNames.query(query));
    }
    // The codec lets a store that keeps records as bytes (the JDBC engines) rebuild them: the
    // model's own Jackson mapping, so generated code only names the class.
    init.add("\n    .codec($T.json($T.class))", Types.RECORD_CODEC, record);
    init.add("\n    .build()");
    return FieldSpec.builder(
            ParameterizedTypeName.get(Types.TABLE_SCHEMA, record),
            constantName(stored.shape()),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The table of {@link $T}, keyed by its identifiers$L.\n",
            record,
            stored.queries().isEmpty()
                ? ""
                : ", indexed for "
                    + String.join(
                        ", ", stored.queries().stream().map(q -> q.operation().name()).toList()))
        .initializer(init.build())
        .build();
  }
}
