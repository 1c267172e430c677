package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * Generated code goes to {@code @Service.modelPackage}, else to the sibling package {@code model}.
 */
class ModelPackageTest {

  @Test
  void explicitModelPackageWins() {
    Compilation compilation =
        Fixtures.compile(
            JavaFileObjects.forSourceLines(
                "acme.api.spec.package-info",
                "@io.shapeforge.spec.Service(name = \"Acme\", targetPrefix = \"Acme_1\", modelPackage = \"acme.generated\")",
                "package acme.api.spec;"),
            JavaFileObjects.forSourceLines(
                "acme.api.spec.Thing",
                "package acme.api.spec;",
                "@io.shapeforge.spec.Structure interface Thing { String name(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("acme.generated.Thing");
    assertThat(compilation).generatedSourceFile("acme.generated.ThingValidator");
  }

  @Test
  void siblingPackageWithoutService() {
    Compilation compilation =
        Fixtures.compile(
            JavaFileObjects.forSourceLines(
                "acme.api.spec.Thing",
                "package acme.api.spec;",
                "@io.shapeforge.spec.Structure interface Thing { String name(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("acme.api.model.Thing");
  }

  @Test
  void topLevelSpecPackageGeneratesIntoModel() {
    Compilation compilation =
        Fixtures.compile(
            JavaFileObjects.forSourceLines(
                "spec.Thing",
                "package spec;",
                "@io.shapeforge.spec.Structure interface Thing { String name(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("model.Thing");
  }
}
