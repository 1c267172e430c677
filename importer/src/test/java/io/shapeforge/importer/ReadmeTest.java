package io.shapeforge.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.importer.read.SkippedTraits;
import io.shapeforge.importer.write.JavaNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The README's "Import a model" section prints the skip lists and reserved names; they must not
 * drift.
 */
class ReadmeTest {
  @Test
  void theReadmeListsEverySkippedTraitAndReservedMemberName() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String section =
        readme.substring(
            readme.indexOf("## Import a model"), readme.indexOf("## The SSM emulator"));
    Set<String> missing = new TreeSet<>();
    for (Set<String> names :
        java.util.List.of(
            SkippedTraits.SMITHY,
            SkippedTraits.AWS_JSON_OPERATION,
            SkippedTraits.AWS_JSON_SHAPE,
            SkippedTraits.AWS_JSON_MEMBER,
            JavaNames.RESERVED_MEMBER_NAMES)) {
      for (String name : names) {
        if (!section.contains("`" + name + "`")) {
          missing.add(name);
        }
      }
    }
    assertTrue(missing.isEmpty(), "README misses " + missing);
  }
}
