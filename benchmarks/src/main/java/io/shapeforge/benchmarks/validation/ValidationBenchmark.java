package io.shapeforge.benchmarks.validation;

import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequestValidator;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResultValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated validators against Hibernate Validator on the same generated objects: a valid
 * request (5 filters of 3 values), an invalid request (5 violations) and a response page of 100
 * identities. Setup refuses to run unless both report the same (path, constraint kind) findings on
 * each input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  DescribeMaintenanceWindowExecutionTasksRequest valid;
  DescribeMaintenanceWindowExecutionTasksRequest invalid;
  DescribeMaintenanceWindowExecutionTasksResult page;
  ValidatorFactory factory;
  Validator hibernate;

  /** Builds the inputs and Hibernate Validator, and checks both validators agree on every input. */
  @Setup(Level.Trial)
  public void setUp() {
    valid = ValidationInputs.validRequest();
    invalid = ValidationInputs.invalidRequest();
    page = ValidationInputs.page();
    factory = Validation.buildDefaultValidatorFactory();
    hibernate = factory.getValidator();
    requireAgreement("valid request", generatedValid(), hibernateValid(), 0);
    requireAgreement("invalid request", generatedInvalid(), hibernateInvalid(), 3);
    requireAgreement("page", generatedPage(), hibernatePage(), 0);
  }

  /** Closes Hibernate Validator. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** The generated validator on a valid request. */
  @Benchmark
  public List<Violation> generatedValid() {
    return DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE.violationsOf(valid);
  }

  /** Hibernate Validator on the same valid request. */
  @Benchmark
  public Set<ConstraintViolation<DescribeMaintenanceWindowExecutionTasksRequest>> hibernateValid() {
    return hibernate.validate(valid);
  }

  /** The generated validator on an invalid request. */
  @Benchmark
  public List<Violation> generatedInvalid() {
    return DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE.violationsOf(invalid);
  }

  /** Hibernate Validator on the same invalid request. */
  @Benchmark
  public Set<ConstraintViolation<DescribeMaintenanceWindowExecutionTasksRequest>>
      hibernateInvalid() {
    return hibernate.validate(invalid);
  }

  /** The generated validator on a response of 100 identities. */
  @Benchmark
  public List<Violation> generatedPage() {
    return DescribeMaintenanceWindowExecutionTasksResultValidator.INSTANCE.violationsOf(page);
  }

  /** Hibernate Validator on the same response. */
  @Benchmark
  public Set<ConstraintViolation<DescribeMaintenanceWindowExecutionTasksResult>> hibernatePage() {
    return hibernate.validate(page);
  }

  private static <T> void requireAgreement(
      String input, List<Violation> generated, Set<ConstraintViolation<T>> other, int atLeast) {
    Set<String> ours = HibernateFindings.ofGenerated(generated);
    Set<String> theirs = HibernateFindings.ofHibernate(other);
    if (!ours.equals(theirs) || ours.size() < atLeast) {
      throw new IllegalStateException(
          "validators disagree on the " + input + ": generated " + ours + ", Hibernate " + theirs);
    }
  }
}
