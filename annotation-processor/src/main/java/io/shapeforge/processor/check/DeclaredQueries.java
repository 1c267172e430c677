package io.shapeforge.processor.check;

import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.QueryDeclaration;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.spec.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches each {@code @Query} declared apart from its operation to the operation it names, so the
 * rest of the check sees one operation with one query wherever the query was written. Each mistake
 * is reported on the declaration's {@code operation} value: a class that is not an
 * {@code @Operation}, an operation not compiled with it, a second query for one operation, and a
 * {@code @Query} on an operation that names an operation anyway.
 */
final class DeclaredQueries {

  private final Findings findings;

  DeclaredQueries(Findings findings) {
    this.findings = findings;
  }

  /** {@code operations}, each answering the query declared for it apart, if one is sound. */
  List<OperationModel> attach(
      List<OperationModel> operations, List<QueryDeclaration> declarations) {
    Map<String, OperationModel> byName = new LinkedHashMap<>();
    for (OperationModel operation : operations) {
      if (operation.query().filter(QueryModel::isApart).isPresent()) {
        error(operation.specName(), ErrorMessages.queryOperationOnOperation(operation.name()));
        // Checked no further, so that the one mistake is one error.
        byName.put(operation.specName(), operation.withQuery(Optional.empty()));
      } else {
        byName.put(operation.specName(), operation);
      }
    }
    for (QueryDeclaration declaration : declarations) {
      String simpleName = simpleName(declaration.specName());
      OperationModel operation = byName.get(declaration.operation());
      if (!declaration.namesOperation()) {
        error(
            declaration.specName(),
            ErrorMessages.queryOperationUnknown(simpleName, declaration.operation()));
      } else if (operation == null) {
        error(
            declaration.specName(),
            ErrorMessages.queryOperationApart(simpleName, declaration.operation()));
      } else if (operation.query().isPresent()) {
        error(
            declaration.specName(),
            ErrorMessages.queryDeclaredTwice(
                operation.name(), simpleName(operation.query().get().declaredOn())));
      } else {
        byName.put(operation.specName(), operation.withQuery(declaration.query()));
      }
    }
    return new ArrayList<>(byName.values());
  }

  private void error(String typeName, String message) {
    findings.error(typeName, message, SourceRef.ofType(typeName), Query.class, "operation");
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
