package io.shapeforge.processor.read;

import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.ShapeRef;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Collects every shape the operations' queries name, so the check and write stages see them even
 * when they were read in an earlier round or compiled earlier: the input and output, the record,
 * the parent, the not-found error, the filter element and the enums of allowed values and members.
 */
public final class ReferencedShapes {

  private final Elements elements;
  private final ShapeReader reader;

  public ReferencedShapes(Elements elements, ShapeReader reader) {
    this.elements = elements;
    this.reader = reader;
  }

  /**
   * {@code known} plus every shape the queries of {@code operations} name, by spec name.
   *
   * @param known shapes already read, by spec name
   */
  public Map<String, ShapeModel> with(
      Map<String, ShapeModel> known, List<OperationModel> operations) {
    Map<String, ShapeModel> all = new TreeMap<>(known);
    for (OperationModel operation : operations) {
      if (operation.query().isEmpty()) {
        continue;
      }
      QueryModel query = operation.query().get();
      List<TypeRef> refs =
          new ArrayList<>(
              List.of(
                  operation.input(),
                  operation.output(),
                  query.record(),
                  query.scope().parent(),
                  query.scope().notFound()));
      query
          .filters()
          .forEach(
              filter -> {
                if (filter.allowedEnum() != null) {
                  refs.add(filter.allowedEnum());
                }
              });
      for (TypeRef ref : refs) {
        if (ref.shape() != null) {
          ShapeModel shape = read(all, ref.shape());
          if (shape instanceof StructureShape structure) {
            readMemberShapes(all, structure);
          }
        }
      }
    }
    return all;
  }

  /**
   * Reads the shapes the members of {@code structure} refer to, at any depth of lists and maps, one
   * structure deep: the query stage looks at a record's and a filter element's members only.
   */
  private void readMemberShapes(Map<String, ShapeModel> all, StructureShape structure) {
    for (MemberModel member : structure.members()) {
      member.type().shapesNamed().forEach(ref -> read(all, ref));
    }
  }

  private ShapeModel read(Map<String, ShapeModel> all, ShapeRef ref) {
    ShapeModel known = all.get(ref.specName());
    if (known != null) {
      return known;
    }
    TypeElement type = elements.getTypeElement(ref.specName());
    if (type == null) {
      return null;
    }
    ShapeModel shape =
        type.getKind() == ElementKind.ENUM ? reader.enumShape(type) : reader.structure(type);
    all.put(ref.specName(), shape);
    return shape;
  }
}
