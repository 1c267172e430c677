package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.resource.ClientTokenRecord;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.samples.ssm.execution.ExecutionTables;
import io.shapeforge.samples.ssm.execution.OutcomeRules;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowTables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo as played at build time, so that {@code --demo} reads its records instead of playing a
 * week of windows through the operations and the scheduler at every start (issue 13, item 4: the
 * play was about half of a {@code --demo} start). {@code mvn process-classes} runs {@link #main},
 * which plays {@link DemoData#play()} and writes {@value #RESOURCE} beside this class; {@link
 * DemoData#create()} reads it and plays only when it is missing (a build run with {@code
 * -Dexec.skip}).
 *
 * <p>The records are exactly what the scheduler produced: each is written with its table's own
 * {@link io.shapeforge.runtime.store.RecordCodec}, which round-trips by contract (the JDBC stores
 * rely on it), {@link #main} reads the file back and fails the build unless it equals the play, and
 * {@code DemoDataTest} compares it with a fresh play again.
 *
 * <p>The format is text, one line each: a header, the demo's ids as {@code name value}, then per
 * table {@code table <name> <count>} followed by that many records, one JSON document a line.
 */
final class DemoSnapshot {
  /** The snapshot's file name, beside this class on the class path. */
  static final String RESOURCE = "demo-snapshot.txt";

  private static final String HEADER = "shapeforge-demo-snapshot 1";

  /**
   * Every table the demo writes, by name: a snapshot names its tables, and reading needs their
   * schemas back. {@link #write} refuses a table missing here, so a table the demo starts to use
   * fails the build until it is added.
   */
  private static final Map<String, TableSchema<?>> TABLES = byName(tables());

  private DemoSnapshot() {}

  /**
   * Plays the demo and writes its snapshot to {@code args[0]}, then reads it back; exits 1 unless
   * the reading equals the play, so that a snapshot that would change the demo fails the build.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DemoSnapshot <file to write>");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    DemoData played = DemoData.play();
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(played, out);
    }
    DemoData read;
    try (InputStream in = Files.newInputStream(file)) {
      read = read(in);
    }
    if (!sameDemo(played, read)) {
      System.err.println("DemoSnapshot: " + file + " does not read back as the demo played");
      System.exit(1);
    }
  }

  /**
   * The snapshot the build put on the class path, or {@code null} when there is none.
   *
   * @throws IllegalStateException when it is there but cannot be read
   */
  static DemoData readBundled() {
    try (InputStream in = DemoSnapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo snapshot " + RESOURCE, e);
    }
  }

  /** Whether two demos have the same ids and the same records, table by table. */
  static boolean sameDemo(DemoData a, DemoData b) {
    return a.ids().equals(b.ids()) && a.records().equals(b.records());
  }

  static void write(DemoData demo, Writer out) throws IOException {
    out.write(HEADER + "\n");
    for (Map.Entry<String, String> id : demo.ids().entrySet()) {
      out.write(id.getKey() + " " + id.getValue() + "\n");
    }
    for (TableSchema<?> schema : demo.records().schemas()) {
      TableSchema<?> known = TABLES.get(schema.name());
      if (known == null || !known.sameAs(schema)) {
        throw new IllegalStateException(
            "the demo wrote table " + schema.name() + ", which DemoSnapshot.tables() lacks");
      }
      writeTable(schema, demo.records(), out);
    }
  }

  private static <R> void writeTable(TableSchema<R> schema, StoreRecords demo, Writer out)
      throws IOException {
    List<R> records = demo.of(schema);
    out.write("table " + schema.name() + " " + records.size() + "\n");
    for (R record : records) {
      String json = new String(schema.codec().encode(record), StandardCharsets.UTF_8);
      if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
        throw new IllegalStateException("a record of " + schema.name() + " spans lines: " + json);
      }
      out.write(json + "\n");
    }
  }

  static DemoData read(InputStream in) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = lines.readLine();
    if (!HEADER.equals(header)) {
      throw new IllegalStateException("not a demo snapshot: " + header);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    StoreRecords.Builder records = StoreRecords.builder();
    String line = lines.readLine();
    while (line != null && !line.startsWith("table ")) {
      int space = line.indexOf(' ');
      ids.put(line.substring(0, space), line.substring(space + 1));
      line = lines.readLine();
    }
    while (line != null) {
      String[] table = line.split(" ");
      TableSchema<?> schema = TABLES.get(table[1]);
      if (table.length != 3 || schema == null) {
        throw new IllegalStateException("not a table of the demo: " + line);
      }
      readTable(schema, Integer.parseInt(table[2]), lines, records);
      line = lines.readLine();
    }
    return DemoData.fromSnapshot(ids, records.build());
  }

  private static <R> void readTable(
      TableSchema<R> schema, int count, BufferedReader lines, StoreRecords.Builder records)
      throws IOException {
    List<R> read = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String json = lines.readLine();
      if (json == null) {
        throw new IllegalStateException("the demo snapshot ends inside table " + schema.name());
      }
      read.add(schema.codec().decode(json.getBytes(StandardCharsets.UTF_8)));
    }
    records.table(schema, read);
  }

  /** The tables {@link #TABLES} holds; {@code DemoDataTest} checks them against a fresh play. */
  static List<TableSchema<?>> tables() {
    return List.of(
        AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION,
        AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY,
        MaintenanceWindowTables.WINDOWS,
        MaintenanceWindowTables.TARGETS,
        MaintenanceWindowTables.TASKS,
        ExecutionTables.RUNS,
        ExecutionTables.PROGRESS,
        ExecutionTables.EXECUTIONS,
        ExecutionTables.TASK_EXECUTIONS,
        ExecutionTables.INVOCATIONS,
        OutcomeRules.TABLE,
        ClientTokenRecord.TABLE);
  }

  private static Map<String, TableSchema<?>> byName(List<TableSchema<?>> schemas) {
    Map<String, TableSchema<?>> byName = new LinkedHashMap<>();
    schemas.forEach(schema -> byName.put(schema.name(), schema));
    return byName;
  }
}
