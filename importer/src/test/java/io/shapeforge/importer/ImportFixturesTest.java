package io.shapeforge.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shape kind and mapped trait, from one Smithy IDL fixture ({@code
 * fixtures/everything/everything.smithy}), compared with golden files byte for byte, and compiled
 * by javac.
 *
 * <p>After a deliberate change of the output, regenerate the golden files with:
 *
 * <pre>
 * mvn -B -q -pl importer -am test -Dtest=ImportFixturesTest -Dsurefire.failIfNoSpecifiedTests=false -Dshapeforge.golden.update=true
 * </pre>
 *
 * and review the diff.
 */
class ImportFixturesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/everything");

  @Test
  void everyKindAndTraitMatchesTheGoldenFiles(@TempDir Path out) throws Exception {
    Importer.importModels(
        new Importer.Request(
            List.of(Fixtures.fixture("everything")),
            null,
            null,
            "com.example.everything.spec",
            out));
    Map<String, String> actual = Fixtures.tree(out);
    if (Boolean.getBoolean("shapeforge.golden.update")) {
      for (Map.Entry<String, String> file : actual.entrySet()) {
        Path target = GOLDEN.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    }
    Map<String, String> golden = Fixtures.tree(GOLDEN);
    assertEquals(golden.keySet(), actual.keySet());
    for (String path : golden.keySet()) {
      assertEquals(golden.get(path), actual.get(path), path);
    }
  }

  @Test
  void smithyOneEnumStringsAndSetsMapLikeTheirSmithyTwoForms(@TempDir Path out) throws Exception {
    Importer.importModels(
        new Importer.Request(List.of(Fixtures.fixture("smithy1")), null, null, "p.spec", out));
    Map<String, String> files = Fixtures.tree(out);
    assertEquals(
        """
        // Imported by shapeforge-import from legacy.smithy. Change the model and import again; edits here are overwritten.
        package p.spec;

        import io.shapeforge.spec.EnumShape;
        import io.shapeforge.spec.EnumValue;

        @EnumShape
        enum Mode {
          /**
           * Quick.
           */
          fast,

          @EnumValue("slow-ish")
          slow_ish
        }
        """,
        files.get("p/spec/Mode.java"));
    String input = files.get("p/spec/TagInput.java");
    assertEquals(true, input.contains("  @UniqueItems\n  List<String> names();"), input);
    // A Smithy 1.0 output-less operation gets the empty TagOutput.
    assertEquals(true, files.containsKey("p/spec/TagOutput.java"), files.keySet().toString());
    assertEquals("", SpecCompiler.compile(out, out.resolveSibling(out.getFileName() + "-classes")));
  }

  @Test
  void theImportCompilesAgainstTheSpecLanguage(@TempDir Path out) throws Exception {
    Importer.importModels(
        new Importer.Request(
            List.of(Fixtures.fixture("everything")),
            null,
            null,
            "com.example.everything.spec",
            out.resolve("src")));
    assertEquals("", SpecCompiler.compile(out.resolve("src"), out.resolve("classes")));
  }
}
