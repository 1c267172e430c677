package io.shapeforge.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.importer.write.JavaNames;
import io.shapeforge.processor.model.GeneratedNames;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The importer avoids every name the processor generates beside a member, so an imported spec never
 * fails with {@code [shapeforge:generated-name-clash]}. The processor owns the names; this test
 * fails when it reserves one the importer does not know yet.
 */
class ReservedNamesTest {

  @Test
  void theImporterReservesEveryMemberNameTheProcessorGenerates() {
    Set<String> missing = new TreeSet<>(GeneratedNames.RESERVED_MEMBER_NAMES);
    missing.addAll(GeneratedNames.RESERVED_ERROR_MEMBER_NAMES);
    missing.removeAll(JavaNames.RESERVED_MEMBER_NAMES);
    assertTrue(missing.isEmpty(), "importer does not reserve " + missing);
  }

  @Test
  void theUnionDiscriminatorIsReserved() {
    assertEquals(GeneratedNames.UNION_TYPE_ACCESSOR, JavaNames.UNION_TYPE_MEMBER);
  }
}
