package io.shapeforge.processor.read;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.JavaFileObjects;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.PaginationModel;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.Test;

/**
 * Operations, with {@code @Paginated} and {@code @Query}, are read into the spec model as written.
 */
class OperationReaderTest {

  /** Runs only the reader, keeping what it read. */
  private static final class ReadingProcessor extends AbstractProcessor {
    final List<OperationModel> read = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("io.shapeforge.spec.Operation");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Elements elements = processingEnv.getElementUtils();
      Mirrors mirrors = new Mirrors(elements);
      ModelPackages packages = new ModelPackages(mirrors);
      OperationReader reader =
          new OperationReader(elements, mirrors, new ShapeRefs(elements, packages), packages);
      for (TypeElement annotation : annotations) {
        for (var element : round.getElementsAnnotatedWith(annotation)) {
          TypeElement type = (TypeElement) element;
          read.add(
              reader.read(
                  type, Mirrors.find(type, io.shapeforge.spec.Operation.class).orElseThrow()));
        }
      }
      return false;
    }
  }

  @Test
  void readsOperationPaginationAndQuery() {
    ReadingProcessor processor = new ReadingProcessor();
    assertThat(
            javac()
                .withProcessors(processor)
                .compile(
                    JavaFileObjects.forSourceLines(
                        "shop.spec.Spec",
                        "package shop.spec;",
                        "import io.shapeforge.spec.*;",
                        "import java.util.List;",
                        "@Structure interface Order { @Identifier String orderId(); String shopId(); String state(); }",
                        "@Structure interface Shop { @Identifier String shopId(); }",
                        "@Structure interface ListOrders { String shopId(); String nextToken(); Integer maxResults(); }",
                        "@Structure interface ListOrdersResult { List<Order> orders(); String nextToken(); }",
                        "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 404) interface NoShop {}",
                        "@EnumShape enum State { OPEN, SHIPPED }",
                        "@Operation(input = ListOrders.class, output = ListOrdersResult.class, errors = NoShop.class)",
                        "@Paginated(inputToken = \"nextToken\", outputToken = \"nextToken\", pageSize = \"maxResults\",",
                        "    defaultPageSize = 25, items = \"orders\")",
                        "@Query(record = Order.class,",
                        "    scope = @Scope(request = \"shopId\", record = \"shopId\", parent = Shop.class,",
                        "        notFound = NoShop.class, notFoundMessage = \"Shop {} does not exist\"),",
                        "    filters = {@FilterKey(name = \"STATE\", member = \"state\", op = FilterOp.IN, allowedEnum = State.class),",
                        "        @FilterKey(name = \"ID\", member = \"orderId\", op = FilterOp.BEGINS_WITH, allowed = {\"a\", \"b\"})},",
                        "    orderBy = {@OrderBy(value = \"state\", direction = OrderBy.Direction.DESCENDING), @OrderBy(\"orderId\")})",
                        "interface ListOrdersOp {}")))
        .succeeded();

    assertEquals(1, processor.read.size());
    OperationModel operation = processor.read.get(0);
    assertEquals("ListOrdersOp", operation.name());
    assertEquals("shop.model", operation.modelPackage());
    assertEquals(TypeRef.Kind.STRUCTURE, operation.input().kind());
    assertEquals("shop.spec.ListOrders", operation.input().qualifiedName());
    assertEquals("ListOrdersResult", operation.output().shape().simpleName());
    assertEquals(
        List.of(TypeRef.Kind.ERROR), operation.errors().stream().map(TypeRef::kind).toList());
    assertEquals(
        new PaginationModel("nextToken", "nextToken", "maxResults", 25, "orders"),
        operation.pagination().orElseThrow());

    QueryModel query = operation.query().orElseThrow();
    assertEquals("shop.spec.Order", query.record().qualifiedName());
    assertEquals("shopId", query.scope().requestMember());
    assertEquals("shop.spec.Shop", query.scope().parent().qualifiedName());
    assertEquals(TypeRef.Kind.ERROR, query.scope().notFound().kind());
    assertEquals("Shop {} does not exist", query.scope().notFoundMessage());
    assertEquals(2, query.filters().size());
    assertEquals(FilterOp.IN, query.filters().get(0).op());
    assertEquals(TypeRef.Kind.ENUM, query.filters().get(0).allowedEnum().kind());
    assertEquals(List.of(), query.filters().get(0).allowed());
    assertEquals(List.of("a", "b"), query.filters().get(1).allowed());
    assertNull(query.filters().get(1).allowedEnum());
    assertEquals(
        List.of(
            new QueryModel.Order("state", OrderBy.Direction.DESCENDING),
            new QueryModel.Order("orderId", OrderBy.Direction.ASCENDING)),
        query.orderBy());
    assertEquals("filters", query.filtersMember());
  }
}
