package io.shapeforge.benchmarks.processing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SyntheticSpecTest {
  private final SpecCompiler compiler = new SpecCompiler();

  @Test
  void compilesCleanWithoutProcessing() {
    CompileRun run = compiler.withoutProcessing(SyntheticSpec.sources(25));
    assertEquals(0, run.errors(), run.firstError());
    assertEquals(0, run.generatedSources());
    assertEquals(0.0, run.processorMillis());
  }

  @Test
  void everyMemberOfEveryStructureCarriesAConstraint() {
    ConstraintCensus census = new ConstraintCensus();
    CompileRun run = compiler.withProcessor(SyntheticSpec.sources(25), () -> census);
    assertEquals(0, run.errors(), run.firstError());
    assertEquals(25, census.membersAndConstrained.size());
    census.membersAndConstrained.forEach(
        (structure, counts) -> {
          assertTrue(counts[0] >= 7, structure + " has " + counts[0] + " members");
          assertEquals(counts[0], counts[1], structure + " has unconstrained members");
        });
    assertArrayEquals(new int[] {7, 7}, census.membersAndConstrained.get("SyntheticShape0000"));
    assertArrayEquals(new int[] {8, 8}, census.membersAndConstrained.get("SyntheticShape0001"));
  }

  @Test
  void timesTheProcessorInsideTheCompilation() {
    CompileRun run =
        compiler.withProcessor(SyntheticSpec.sources(25), OneFilePerStructureProcessor::new);
    assertEquals(0, run.errors(), run.firstError());
    assertEquals(25, run.generatedSources());
    assertTrue(run.processorMillis() > 0);
    assertTrue(run.processorMillis() <= run.totalMillis());
    assertTrue(
        run.processorCpuMillis() > 0, "CPU time inside the processor: " + run.processorCpuMillis());
    assertTrue(run.processorGcMillis() >= 0 && run.processorGcMillis() <= run.totalMillis());
  }

  @Test
  void costIsReportedPerShapeForAProcessorOnTheClassPath() {
    ProcessorCostResult result =
        ProcessorCost.measure(OneFilePerStructureProcessor.class.getName(), 20, 1);
    assertNull(result.notMeasured());
    assertEquals(20, result.generatedSources());
    assertEquals(result.insideProcessorMillis() / 20, result.processorMillisPerShape(), 1e-9);
    assertEquals(result.insideProcessorCpuMillis() / 20, result.processorCpuMillisPerShape(), 1e-9);
    assertTrue(result.processorShare() > 0 && result.processorShare() <= 1);
  }

  @Test
  void aMissingProcessorIsReportedNotMeasured() {
    ProcessorCostResult result = ProcessorCost.measure("io.shapeforge.NoSuchProcessor", 5, 1);
    assertTrue(result.notMeasured().contains("not on the class path"));
    assertNull(result.processorMillisPerShape());
    assertTrue(result.withoutProcessingMillis() > 0);
  }

  @Test
  void sourcesAreTheSameEveryTime() throws Exception {
    List<JavaFileObject> first = SyntheticSpec.sources(3);
    List<JavaFileObject> second = SyntheticSpec.sources(3);
    for (int i = 0; i < first.size(); i++) {
      assertEquals(
          first.get(i).getCharContent(true).toString(),
          second.get(i).getCharContent(true).toString());
    }
  }
}
