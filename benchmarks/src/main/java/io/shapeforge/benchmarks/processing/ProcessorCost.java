package io.shapeforge.benchmarks.processing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shapeforge.benchmarks.cli.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * Measures the annotation processor on a synthetic spec of {@code --shapes} structures: compiles it
 * with {@code -proc:none} and with the processor, {@code --compilations} measured runs each after a
 * warm-up on a tenth of the spec, and writes a {@link ProcessorCostResult} as JSON. The processor
 * is loaded by class name from the class path, so this runs (and reports "not measured") even
 * before the processor exists.
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.processing.ProcessorCost --shapes 1000 --out results/raw/processor.json
 * </pre>
 */
public final class ProcessorCost {
  /** The Shapeforge processor's class name. */
  public static final String SHAPEFORGE_PROCESSOR = "io.shapeforge.processor.ShapeforgeProcessor";

  private ProcessorCost() {}

  /**
   * Runs the measurement; flags {@code --shapes}, {@code --compilations}, {@code --processor},
   * {@code --out}.
   */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("shapes", "compilations", "processor", "out"));
    Path out =
        Path.of(flags.value("out", "benchmarks/results/raw/processor.json")).toAbsolutePath();
    Files.createDirectories(out.getParent());
    ProcessorCostResult result =
        measure(
            flags.value("processor", SHAPEFORGE_PROCESSOR),
            flags.intValue("shapes", 1_000),
            flags.intValue("compilations", 3));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }

  /**
   * Compiles the synthetic spec of {@code shapes} structures without and with {@code
   * processorClass}.
   */
  public static ProcessorCostResult measure(String processorClass, int shapes, int compilations) {
    List<JavaFileObject> sources = SyntheticSpec.sources(shapes);
    // Warm-ups run the same code paths on a tenth of the spec: javac's JIT warms up as well, for
    // less time.
    List<JavaFileObject> warmUpSources = SyntheticSpec.sources(Math.max(1, shapes / 10));
    SpecCompiler compiler = new SpecCompiler();
    CompileRun[] without = new CompileRun[compilations];
    compiler.withoutProcessing(warmUpSources);
    for (int i = 0; i < compilations; i++) {
      without[i] = compiler.withoutProcessing(sources);
      requireClean(without[i], "without processing");
    }
    double withoutMillis =
        median(Arrays.stream(without).mapToDouble(CompileRun::totalMillis).toArray());

    Supplier<Processor> processor;
    try {
      Class<? extends Processor> type = Class.forName(processorClass).asSubclass(Processor.class);
      processor =
          () -> {
            try {
              return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException("cannot instantiate " + processorClass, e);
            }
          };
    } catch (ClassNotFoundException e) {
      return new ProcessorCostResult(
          processorClass,
          shapes,
          compilations,
          withoutMillis,
          null,
          null,
          null,
          null,
          null,
          processorClass + " is not on the class path");
    }
    CompileRun[] with = new CompileRun[compilations];
    CompileRun warmUp = compiler.withProcessor(warmUpSources, processor);
    if (warmUp.errors() > 0) {
      return new ProcessorCostResult(
          processorClass,
          shapes,
          compilations,
          withoutMillis,
          null,
          null,
          null,
          null,
          null,
          warmUp.errors() + " compile errors with the processor, first: " + warmUp.firstError());
    }
    for (int i = 0; i < compilations; i++) {
      with[i] = compiler.withProcessor(sources, processor);
      requireClean(with[i], "with the processor");
    }
    return new ProcessorCostResult(
        processorClass,
        shapes,
        compilations,
        withoutMillis,
        median(Arrays.stream(with).mapToDouble(CompileRun::totalMillis).toArray()),
        median(Arrays.stream(with).mapToDouble(CompileRun::processorMillis).toArray()),
        median(Arrays.stream(with).mapToDouble(CompileRun::processorCpuMillis).toArray()),
        median(Arrays.stream(with).mapToDouble(CompileRun::processorGcMillis).toArray()),
        with[0].generatedSources(),
        null);
  }

  private static void requireClean(CompileRun run, String what) {
    if (run.errors() > 0) {
      throw new IllegalStateException(
          "the synthetic spec does not compile " + what + ": " + run.firstError());
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
