package io.shapeforge.processor.write;

import com.palantir.javapoet.JavaFile;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.GeneratedSource;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.SpecModel;
import io.shapeforge.processor.model.StructureShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * Writes every file of a checked spec model, in a stable order: per shape in spec-name order, the
 * model class then its validator (or the exception, or the enum).
 *
 * <pre>{@code
 * for (JavaFile file : new SpecWriter(model).write(shape -> List.of(elementOf(shape)))) {
 *   file.writeTo(filer);
 * }
 * }</pre>
 */
public final class SpecWriter {

  private final SpecModel model;
  private final ModelWriter models;
  private final ValidatorWriter validators;
  private final EnumWriter enums = new EnumWriter();
  private final ErrorWriter errors = new ErrorWriter();

  /**
   * @param model the checked model; enum shapes referred to by its structures must be in it
   * @param knownEnums enum shapes from earlier rounds, which its structures may also refer to
   */
  public SpecWriter(SpecModel model, Map<String, EnumShapeModel> knownEnums) {
    this.model = model;
    Map<String, EnumShapeModel> enumsByName = new HashMap<>(knownEnums);
    for (ShapeModel shape : model.shapes()) {
      if (shape instanceof EnumShapeModel enumShape) {
        enumsByName.put(shape.ref().specName(), enumShape);
      }
    }
    this.models = new ModelWriter(new JakartaConstraints(enumsByName));
    this.validators = new ValidatorWriter(enumsByName);
  }

  /**
   * The service-level files: per service its handler interface and dispatch, and where it has
   * queries, per stored shape its columns, per query its engine and filters, the class that
   * implements the handler's query methods, and the tables.
   *
   * @param origins the spec elements a file derives from; empty in unit tests
   */
  public List<JavaFile> writeServices(
      List<ServiceSpec> services, Function<GeneratedSource, List<? extends Element>> origins) {
    List<JavaFile> files = new ArrayList<>();
    ColumnsWriter columns = new ColumnsWriter();
    FiltersWriter filters = new FiltersWriter();
    TablesWriter tables = new TablesWriter();
    HandlerWriter handlers = new HandlerWriter();
    QueriesWriter queryHandlers = new QueriesWriter();
    ServiceWriter dispatch = new ServiceWriter();
    for (ServiceSpec service : services) {
      files.add(handlers.write(service, origins.apply(service)));
      if (!service.queries().isEmpty()) {
        for (ServiceSpec.StoredShape stored : service.storedShapes().values()) {
          files.add(columns.write(stored, origins.apply(stored)));
        }
        QueryWriter queries = new QueryWriter(service);
        for (QueryOperation operation : service.queries()) {
          files.add(queries.write(operation, origins.apply(operation)));
          if (operation.filterElement().isPresent() && !operation.filters().isEmpty()) {
            files.add(filters.write(operation, origins.apply(operation)));
          }
        }
        files.add(tables.write(service, origins.apply(service)));
        files.add(queryHandlers.write(service, origins.apply(service)));
      }
      files.add(dispatch.write(service, origins.apply(service)));
    }
    return files;
  }

  /**
   * The files, each with its originating elements.
   *
   * @param origins the spec element(s) of a shape; empty when there are none (unit tests)
   */
  public List<JavaFile> write(Function<ShapeModel, List<? extends Element>> origins) {
    List<JavaFile> files = new ArrayList<>();
    for (ShapeModel shape : model.shapes()) {
      List<? extends Element> from = origins.apply(shape);
      if (shape instanceof EnumShapeModel enumShape) {
        files.add(enums.write(enumShape, from));
      } else if (shape instanceof StructureShape structure && structure.error().isPresent()) {
        files.add(errors.write(structure, from));
      } else if (shape instanceof StructureShape structure) {
        files.add(models.write(structure, from));
        files.add(validators.write(structure, from));
      }
    }
    return files;
  }
}
