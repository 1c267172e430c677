package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.shapeforge.runtime.validation.Validator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the golden spec together with code that uses the generated API, loads the classes and
 * runs them: validator messages, the model contract and a Jackson round trip. A modest check; the
 * SSM sample holds the thorough behaviour tests.
 */
class GeneratedCodeBehaviourTest {

  private static final String STATUS_SET =
      "[PENDING, IN_PROGRESS, SUCCESS, FAILED, SKIPPED_OVERLAPPING]";

  @TempDir static Path classes;
  private static ClassLoader loader;

  @BeforeAll
  static void compileAndLoad() throws IOException {
    List<String> sources = new ArrayList<>(List.of(Fixtures.GOLDEN));
    sources.add("specs/usage/InvalidTask.java");
    sources.add("specs/usage/ContractUse.java");
    sources.add("specs/usage/InvalidObjects.java");
    Compilation compilation = Fixtures.compile(Fixtures.resources(sources.toArray(String[]::new)));
    assertThat(compilation).succeededWithoutWarnings();
    Fixtures.writeClasses(compilation, classes);
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedCodeBehaviourTest.class.getClassLoader());
  }

  @SuppressWarnings("unchecked")
  private static <T> T run(String scenario) throws ReflectiveOperationException {
    return ((Supplier<T>)
            loader
                .loadClass("fixture.ssm.usage." + scenario)
                .getDeclaredConstructor()
                .newInstance())
        .get();
  }

  @Test
  void validatorReportsEveryViolationInOrderWithAwsPathsAndTexts()
      throws ReflectiveOperationException {
    List<String> messages = run("InvalidTask");
    assertEquals(
        List.of(
            "Value null at 'windowExecutionId' failed to satisfy constraint: Member must not be null",
            "Value 'NOPE' at 'status' failed to satisfy constraint: Member must satisfy enum value set: "
                + STATUS_SET,
            "Value '[SUCCESS, BAD]' at 'history' failed to satisfy constraint: Member must satisfy constraint: [Member must"
                + " satisfy enum value set: "
                + STATUS_SET
                + "]",
            "Value '' at 'filters.2.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
            // every element of a list of strings is reported once, at the list, with all its
            // constraints
            "Value '[, "
                + "x".repeat(257)
                + ", ok]' at 'filters.2.member.values' failed to satisfy constraint:"
                + " Member must satisfy constraint: [Member must have length less than or equal to 256,"
                + " Member must have length greater than or equal to 1]",
            "Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10",
            "Value '' at 'aRN' failed to satisfy constraint: Member must have length greater than or equal to 1",
            // a 36-character id that is no UUID fails its pattern...
            "Value '"
                + "z".repeat(36)
                + "' at 'windowExecutionId' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: ^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$",
            "Value 'NOPE' at 'status' failed to satisfy constraint: Member must satisfy enum value set: "
                + STATUS_SET,
            "Value '[SUCCESS, BAD]' at 'history' failed to satisfy constraint: Member must satisfy constraint: [Member must"
                + " satisfy enum value set: "
                + STATUS_SET
                + "]",
            "Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10",
            "Value '' at 'aRN' failed to satisfy constraint: Member must have length greater than or equal to 1",
            // ...while a 37-character one is reported for its length only.
            "Value '"
                + "z".repeat(37)
                + "' at 'windowExecutionId' failed to satisfy constraint:"
                + " Member must have length less than or equal to 36",
            "Value 'NOPE' at 'status' failed to satisfy constraint: Member must satisfy enum value set: "
                + STATUS_SET,
            "Value '[SUCCESS, BAD]' at 'history' failed to satisfy constraint: Member must satisfy constraint: [Member must"
                + " satisfy enum value set: "
                + STATUS_SET
                + "]",
            "Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10",
            "Value '' at 'aRN' failed to satisfy constraint: Member must have length greater than or equal to 1",
            // ...and a 3-character one, too short and no UUID, gets both, pattern first, as AWS
            // reports them.
            "Value 'abc' at 'windowExecutionId' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: ^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$",
            "Value 'abc' at 'windowExecutionId' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 36",
            "Value 'NOPE' at 'status' failed to satisfy constraint: Member must satisfy enum value set: "
                + STATUS_SET,
            "Value '[SUCCESS, BAD]' at 'history' failed to satisfy constraint: Member must satisfy constraint: [Member must"
                + " satisfy enum value set: "
                + STATUS_SET
                + "]",
            "Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10",
            "Value '' at 'aRN' failed to satisfy constraint: Member must have length greater than or equal to 1"),
        messages);
  }

  @Test
  void modelsEnumsAndErrorsBehaveAsTheContractSays() throws ReflectiveOperationException {
    Map<String, Object> seen = run("ContractUse");
    assertEquals(
        "MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS])", seen.get("filter.toString"));
    assertEquals("STATUS", seen.get("filter.key"));
    assertEquals(List.of("SUCCESS"), seen.get("filter.values"));
    assertEquals(false, seen.get("filter.values.modifiable"));
    assertEquals(true, seen.get("filter.equalsCopy"));
    assertEquals(true, seen.get("filter.hashCopy"));
    assertEquals(false, seen.get("filter.equalsOther"));
    assertEquals("MaintenanceWindowFilter()", seen.get("empty.toString"));
    assertEquals(null, seen.get("empty.values"));

    assertEquals("SKIPPED", String.valueOf(((Enum<?>) seen.get("task.status")).name()));
    assertEquals("SKIPPED_OVERLAPPING", seen.get("task.statusAsString"));
    assertEquals("[PENDING, SUCCESS]", seen.get("task.history").toString());
    assertEquals(List.of("PENDING", "SUCCESS"), seen.get("task.historyAsStrings"));
    assertEquals(
        "WindowExecutionTask(Status=SKIPPED_OVERLAPPING, History=[PENDING, SUCCESS],"
            + " StartTime=2021-08-04T18:35:35.145Z, Enabled=true)",
        seen.get("task.toString"));
    assertEquals("UNKNOWN_TO_SDK_VERSION", ((Enum<?>) seen.get("unknown.status")).name());
    assertEquals("NEW_VALUE", seen.get("unknown.statusAsString"));
    assertEquals(
        "UNKNOWN_TO_SDK_VERSION",
        ((Enum<?>) ((List<?>) seen.get("unknown.history")).get(0)).name());
    assertEquals(null, seen.get("absent.status"));

    assertEquals("SKIPPED", ((Enum<?>) seen.get("enum.fromValue")).name());
    assertEquals("UNKNOWN_TO_SDK_VERSION", ((Enum<?>) seen.get("enum.fromUnknown")).name());
    assertEquals(null, seen.get("enum.fromNull"));
    assertEquals(null, seen.get("enum.unknownToString"));
    assertEquals(5, ((java.util.Set<?>) seen.get("enum.knownValues")).size());
    assertEquals(
        List.of("PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "SKIPPED_OVERLAPPING"),
        seen.get("enum.wireValues"));

    assertEquals("DoesNotExistException", seen.get("error.code"));
    assertEquals("DoesNotExistException", seen.get("error.constant"));
    assertEquals(400, seen.get("error.status"));
    assertEquals("Maintenance window execution x does not exist", seen.get("error.message"));
  }

  @Test
  void jacksonRoundTripUsesWireNamesEpochSecondsAndKeepsUnknownEnumValues() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Class<?> taskClass = loader.loadClass("fixture.ssm.model.WindowExecutionTask");
    String wire =
        "{\"WindowExecutionId\":\"6e5c9c1c-2b3f-4b1e-9f3e-0a1b2c3d4e5f\",\"Status\":\"SUCCESS\","
            + "\"History\":[\"PENDING\",\"WHAT\"],\"StartTime\":1628102135.145,"
            + "\"Filters\":[{\"Key\":\"STATUS\",\"Values\":[\"SUCCESS\",\"FAILED\"]}],"
            + "\"MaxResults\":10,\"ARN\":\"arn:aws:ssm:task\",\"Enabled\":true}";
    String withUnknownField =
        wire.replace("\"MaxResults\"", "\"SomethingNew\":{\"a\":1},\"MaxResults\"");

    Object task = mapper.readValue(withUnknownField, taskClass);

    assertEquals("WHAT", ((List<?>) taskClass.getMethod("historyAsStrings").invoke(task)).get(1));
    assertEquals("arn:aws:ssm:task", taskClass.getMethod("taskArn").invoke(task));
    JsonNode written = mapper.readTree(mapper.writeValueAsString(task));
    assertEquals(mapper.readTree(wire), written);
    assertTrue(written.get("StartTime").isNumber());

    Object empty = taskClass.getMethod("builder").invoke(null);
    Object built = empty.getClass().getMethod("build").invoke(empty);
    assertEquals("{}", mapper.writeValueAsString(built));
    assertFalse(mapper.readTree(mapper.writeValueAsString(task)).has("taskArn"));
  }

  @Test
  void builderSharesTheEnumConstantsStringForAKnownRawValueAndKeepsAnUnknownOne() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Class<?> taskClass = loader.loadClass("fixture.ssm.model.WindowExecutionTask");
    Class<?> statusClass = loader.loadClass("fixture.ssm.model.MaintenanceWindowExecutionStatus");
    Object success = statusClass.getMethod("fromValue", String.class).invoke(null, "SUCCESS");

    Object parsed = mapper.readValue("{\"Status\":\"SUCCESS\"}", taskClass);
    Object builder = taskClass.getMethod("builder").invoke(null);
    builder.getClass().getMethod("status", String.class).invoke(builder, new String("SUCCESS"));
    Object built = builder.getClass().getMethod("build").invoke(builder);
    Object unknown = mapper.readValue("{\"Status\":\"NEW_VALUE\"}", taskClass);

    assertSame(success.toString(), taskClass.getMethod("statusAsString").invoke(parsed));
    assertSame(success.toString(), taskClass.getMethod("statusAsString").invoke(built));
    assertEquals("NEW_VALUE", taskClass.getMethod("statusAsString").invoke(unknown));
    assertEquals(
        "UNKNOWN_TO_SDK_VERSION", ((Enum<?>) taskClass.getMethod("status").invoke(unknown)).name());
  }

  @Test
  void hibernateValidatorReportsWhatTheGeneratedValidatorReports() throws Exception {
    List<Object> models = run("InvalidObjects");
    Validator<Object> generated = validatorOf(models.get(0).getClass());
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      jakarta.validation.Validator hibernate = factory.getValidator();
      for (Object model : models) {
        Set<String> expected = new TreeSet<>();
        generated.violationsOf(model).forEach(v -> expected.add(v.path() + " " + v.kind()));
        Set<String> actual = new TreeSet<>();
        hibernate
            .validate(model)
            .forEach(v -> actual.add(HibernatePaths.awsPath(v) + " " + HibernatePaths.awsKind(v)));
        assertEquals(expected, actual, model::toString);
      }
      assertEquals(Set.of(), hibernate.validate(models.get(0)), "the first model is valid");
    }
  }

  @SuppressWarnings("unchecked")
  private static Validator<Object> validatorOf(Class<?> model) throws ReflectiveOperationException {
    return (Validator<Object>)
        loader.loadClass(model.getName() + "Validator").getField("INSTANCE").get(null);
  }
}
