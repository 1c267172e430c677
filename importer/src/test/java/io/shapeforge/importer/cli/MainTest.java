package io.shapeforge.importer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's flags and exit codes: 0 done, 1 model errors with file and line, 2 bad flags.
 */
class MainTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path out;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String[] importArgs(String... models) {
    List<String> args = new ArrayList<>();
    for (String model : models) {
      args.add("--model");
      args.add(FIXTURES.resolve(model).toString());
    }
    args.addAll(List.of("--package", "com.example.spec", "--out", out.toString()));
    return args.toArray(String[]::new);
  }

  @Test
  void importsAnAwsJsonModelWithThePaginatorsBesideIt() throws IOException {
    Run run = run(importArgs("aws-json/service-2.json"));
    assertEquals(0, run.status, run.err);
    assertEquals(
        "shapeforge-import: wrote 6 files of package com.example.spec to " + out + "\n", run.out);
    String operation = Files.readString(out.resolve("com/example/spec/ListItems.java"));
    assertTrue(operation.contains("pageSize = \"maxResults\""), operation);
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    Run run = run("--help");
    assertEquals(0, run.status);
    assertTrue(run.out.startsWith("Usage: java -jar shapeforge-import.jar --model PATH"), run.out);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // nothing at all
        "--model", // a flag without its value
        "--model m.json --package p", // no --out
        "--model m.json --out o", // no --package
        "--package p --out o", // no --model
        "--model m.json --package p --out o --verbose", // unknown flag
        "--model m.json --package 1p --out o", // not a package name
        "--model m.json --package p --out o --service Weather", // no namespace
        "--model m.json --package p --package q --out o", // given twice
      })
  void badFlagsExitWithTwoAndTheUsage(String line) {
    Run run = run(line.isEmpty() ? new String[0] : line.split(" "));
    assertEquals(2, run.status, run.err);
    assertTrue(run.err.startsWith("shapeforge-import: "), run.err);
    assertTrue(run.err.contains("Usage: java -jar shapeforge-import.jar"), run.err);
    assertEquals("", run.out);
  }

  @Test
  void modelErrorsExitWithOneAndNameFileAndLine() {
    Run run = run(importArgs("errors/unknown-trait.smithy"));
    assertEquals(1, run.status);
    Path file = FIXTURES.resolve("errors/unknown-trait.smithy").toAbsolutePath();
    assertEquals(
        file
            + ":25: error: [shapeforge-import:unsupported-shape] Choice$Nothing: a member that"
            + " targets smithy.api#Unit has no spec form\n"
            + file
            + ":16: error: [shapeforge-import:unknown-trait] GetInput$Id: trait com.example.broken#audited"
            + " has no spec form\n"
            + "2 errors\n",
        run.err);
    assertFalse(Files.exists(out.resolve("com")), "nothing is written when the model has errors");
  }

  @Test
  void anUnknownAwsJsonPropertyIsAnErrorAtItsLine(@TempDir Path models) throws IOException {
    Path model = models.resolve("service-2.json");
    Files.writeString(
        model,
        Files.readString(FIXTURES.resolve("aws-json/service-2.json"))
            .replace("\"box\": true", "\"box\": true, \"streaming\": true"));
    Run run = run("--model", model.toString(), "--package", "p", "--out", out.toString());
    assertEquals(1, run.status);
    assertEquals(
        model
            + ":26: error: [shapeforge-import:unknown-property] ListItemsRequest$MaxResults: property"
            + " 'streaming' has no spec form\n1 error\n",
        run.err);
  }

  @Test
  void aJsonSyntaxErrorNamesItsLine(@TempDir Path models) throws IOException {
    Path model = models.resolve("broken.json");
    Files.writeString(
        model,
        "{\n  \"metadata\": {},\n  \"shapes\": {\n    \"A\": {\"type\": \"structure\",,}\n  }\n}\n");
    Run run = run("--model", model.toString(), "--package", "p", "--out", out.toString());
    assertEquals(1, run.status);
    assertTrue(run.err.startsWith(model + ":4: error: [shapeforge-import:syntax] "), run.err);
  }

  @Test
  void anUnsupportedProtocolIsAModelError() {
    Run run = run(importArgs("errors/rest-json.smithy"));
    assertEquals(1, run.status);
    assertTrue(
        run.err.contains(
            ":6: error: [shapeforge-import:unsupported-protocol] Rest: protocol"
                + " aws.protocols#restJson1 has no spec form"),
        run.err);
  }

  @Test
  void severalServicesNeedTheServiceFlag() {
    Run without = run(importArgs("everything", "clashes"));
    assertEquals(1, without.status);
    assertEquals(
        "error: [shapeforge-import:several-services] the models define several services"
            + " (com.example.clashes#Clashes, com.example.everything#Everything); choose one with --service\n1 error\n",
        without.err);
    List<String> args = new ArrayList<>(List.of(importArgs("everything", "clashes")));
    args.addAll(List.of("--service", "com.example.clashes#Clashes"));
    Run with = run(args.toArray(String[]::new));
    assertEquals(0, with.status, with.err);
    assertTrue(Files.exists(out.resolve("com/example/spec/Members.java")));
    assertFalse(Files.exists(out.resolve("com/example/spec/Thing.java")));
  }

  @Test
  void anUnknownServiceIsAModelError() {
    List<String> args = new ArrayList<>(List.of(importArgs("everything")));
    args.addAll(List.of("--service", "com.example#Nope"));
    Run run = run(args.toArray(String[]::new));
    assertEquals(1, run.status);
    assertTrue(
        run.err.contains(
            "[shapeforge-import:service-not-found] no service com.example#Nope in the models;"
                + " they define com.example.everything#Everything"),
        run.err);
  }

  @Test
  void smithyAndAwsJsonTogetherAreRefused() {
    Run run = run(importArgs("everything", "aws-json/service-2.json"));
    assertEquals(1, run.status);
    assertTrue(run.err.contains("[shapeforge-import:mixed-formats]"), run.err);
  }

  @Test
  void aReimportRemovesWhatTheNewerModelDroppedAndKeepsForeignFiles() throws IOException {
    assertEquals(0, run(importArgs("everything")).status);
    Path foreign = out.resolve("com/example/spec/HandWritten.java");
    Files.writeString(foreign, "package com.example.spec;\ninterface HandWritten {}\n");
    Path stale = out.resolve("com/example/spec/Thing.java");
    assertTrue(Files.exists(stale));
    // The clashes model has no Thing: its file, written by the importer, goes; the hand-written one
    // stays.
    assertEquals(0, run(importArgs("clashes")).status);
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(foreign));
  }
}
