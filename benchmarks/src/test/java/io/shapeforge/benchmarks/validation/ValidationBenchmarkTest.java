package io.shapeforge.benchmarks.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidationBenchmarkTest {
  private final ValidationBenchmark benchmark = new ValidationBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @AfterEach
  void tearDown() {
    benchmark.tearDown();
  }

  @Test
  void validInputsHaveNoViolations() {
    assertTrue(benchmark.generatedValid().isEmpty());
    assertTrue(benchmark.hibernateValid().isEmpty());
    assertTrue(benchmark.generatedPage().isEmpty());
    assertTrue(benchmark.hibernatePage().isEmpty());
    assertEquals(5, benchmark.valid.filters().size());
    assertEquals(100, benchmark.page.windowExecutionTaskIdentities().size());
  }

  @Test
  void invalidRequestHasTheFiveIntendedViolationsInBoth() {
    Set<String> expected =
        Set.of(
            "windowExecutionId REQUIRED",
            "filters MAX_LENGTH",
            "filters.1.member.key MIN_LENGTH",
            "filters.2.member.values ELEMENT",
            "maxResults MIN_VALUE");
    assertEquals(expected, HibernateFindings.ofGenerated(benchmark.generatedInvalid()));
    assertEquals(expected, HibernateFindings.ofHibernate(benchmark.hibernateInvalid()));
  }
}
