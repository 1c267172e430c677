package io.shapeforge.processor.model;

import io.shapeforge.spec.FilterOp;
import java.util.List;
import java.util.Optional;

/**
 * A checked filter key of a query, with its record member and its allowed values resolved.
 *
 * @param name the key on the wire, such as {@code STATUS}
 * @param member the record member it tests
 * @param op the comparison
 * @param allowed the allowed wire values in declaration order; empty for any value
 * @param allowedEnum the enum shape the values come from, when {@code allowedEnum} names one
 */
public record QueryFilter(
    String name,
    MemberModel member,
    FilterOp op,
    List<String> allowed,
    Optional<ShapeRef> allowedEnum) {

  public QueryFilter {
    allowed = List.copyOf(allowed);
  }
}
