package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonLimits;
import io.shapeforge.runtime.server.AwsJsonHttpServer;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.Transaction;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.samples.ssm.execution.ExecutionOperations;
import io.shapeforge.samples.ssm.execution.ExecutionRecordWriter;
import io.shapeforge.samples.ssm.execution.OutcomeRule;
import io.shapeforge.samples.ssm.execution.OutcomeRules;
import io.shapeforge.samples.ssm.execution.Scheduler;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmService;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowTables;
import io.shapeforge.samples.ssm.windows.WindowIdentifiers;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An in-process AWS Systems Manager endpoint serving {@code
 * DescribeMaintenanceWindowExecutionTasks} and the maintenance-window resource operations (see
 * {@link ImportedSsmBehaviour}) over awsJson1_1, for the real AWS SDKs and CLI. Every other SSM
 * operation validates its input and answers {@code NotImplemented}.
 *
 * <pre>{@code
 * try (SsmEmulator ssm = SsmEmulator.builder().port(0).seed(Path.of("seed.json")).build().start()) {
 *   ssm.putExecution(execution);           // validated, or ValidationException
 *   ssm.putTask(task);                     // validated; its execution must exist
 *   SsmClient client = SsmClient.builder().endpointOverride(ssm.endpoint())...build();
 * }
 * }</pre>
 *
 * <p>The {@link #handler()} serves requests without HTTP, for a host that has its own server. The
 * records live in a {@link Store} ({@link InMemoryStore} unless one is given), open to the host
 * through {@link #store()} and {@link AmazonSsmTables}. {@link Builder#store(String)} opens a
 * persistent one ({@code h2:FILE} or {@code jdbc:postgresql://...}, with {@code
 * shapeforge-runtime-jdbc} on the class path), which several emulators may share: a seed then loads
 * only into an empty store, and {@link Builder#tokenKeyFile} lets every node accept the others'
 * next tokens.
 *
 * <p>Maintenance windows in the store run on the emulator's {@link Builder#clock(Clock) clock}: the
 * system clock by default, with a scheduler thread that starts due runs every second, or a {@link
 * ManualClock} that stands still until {@link #advanceClock} or {@link #setClock} moves it (and
 * processes every run due up to the new time before returning). {@link #setOutcomes} scripts what
 * invocations do. Over HTTP, the same controls are the control plane under {@value
 * ControlPlane#PREFIX}, served on a loopback host unless {@link Builder#controlPlane(boolean)} says
 * otherwise.
 *
 * <p>Thread-safe.
 */
public final class SsmEmulator implements AutoCloseable {
  private final Store store;
  private final boolean ownsStore;
  private final Table<MaintenanceWindowExecutionTaskIdentity> tasks;
  private final ImportedSsmBehaviour operations;
  private final AwsJsonDispatcher handler;
  private final AwsJsonHttpServer server;
  private final Scheduler scheduler;
  private final boolean controlPlane;

  private boolean loadedSeed;

  private SsmEmulator(Builder builder, Store store, byte[] tokenKey) {
    this.store = store;
    this.ownsStore = builder.store == null;
    this.tasks = store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
    NextTokenCodec tokens =
        tokenKey == null ? NextTokenCodec.withRandomKey() : NextTokenCodec.withKey(tokenKey);
    JsonCodec codec = JsonCodec.builder().limits(builder.jsonLimits).build();
    this.scheduler =
        builder.identifierSeed == null
            ? new Scheduler(store, builder.clock)
            : new Scheduler(
                store, builder.clock, SeededIdentifiers.executions(builder.identifierSeed));
    // Every SSM operation is dispatched and validated: the seed operation by its generated query,
    // the maintenance-window resources and executions by their operations, and all others through
    // ImportedSsmBehaviour's defaults, which answer NotImplemented.
    this.operations =
        new ImportedSsmBehaviour(
            store,
            tokens,
            builder.clock,
            builder.identifierSeed == null
                ? WindowIdentifiers.random()
                : SeededIdentifiers.windows(builder.identifierSeed),
            new ExecutionOperations(store, scheduler, tokens));
    this.handler = AmazonSsmService.dispatcher(operations).codec(codec).build();
    this.controlPlane =
        builder.controlPlane != null ? builder.controlPlane : isLoopback(builder.host);
    AwsJsonHttpServer.Builder http =
        AwsJsonHttpServer.builder(handler)
            .host(builder.host)
            .port(builder.port)
            .maxBodyBytes(builder.maxBodyBytes);
    if (controlPlane) {
      http.route(ControlPlane.PREFIX, new ControlPlane(this));
    }
    this.server = http.build();
  }

  /** Whether {@code host} names a loopback address; an unknown name is not one. */
  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving HTTP.
   *
   * @return this emulator, for try-with-resources
   * @throws java.io.UncheckedIOException when the address cannot be bound
   * @throws IllegalStateException when started twice or after {@link #close()}
   */
  public SsmEmulator start() {
    server.start();
    if (!(scheduler.clock() instanceof ManualClock)) {
      scheduler.start();
    }
    return this;
  }

  /**
   * The URI to give a client as its endpoint, such as {@code http://127.0.0.1:54321}.
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public URI endpoint() {
    return server.endpoint();
  }

  /**
   * Stops serving and releases the port; requests in progress may finish. A store the emulator
   * opened itself ({@link Builder#store(String)}, or the default) is closed too; one given with
   * {@link Builder#store(Store)} stays open. Safe to call twice.
   */
  @Override
  public void close() {
    try {
      scheduler.close();
      server.close();
    } finally {
      if (ownsStore) {
        store.close();
      }
    }
  }

  /**
   * Whether {@link Builder#build()} loaded its seed (or its {@link Builder#demo demo}): {@code
   * false} when there was none, or when the store already held records (a persistent store keeps
   * what it has across restarts).
   */
  public boolean loadedSeed() {
    return loadedSeed;
  }

  /**
   * The transport-agnostic handler: (X-Amz-Target, body bytes) to (status, headers, body bytes).
   */
  public AwsJsonDispatcher handler() {
    return handler;
  }

  /**
   * The operations behind {@link #handler()}, typed: what {@link DemoData} calls, so that the demo
   * goes through the same validation and behaviour as a request, without JSON.
   */
  ImportedSsmBehaviour operations() {
    return operations;
  }

  /** Whether the control plane is served (under {@value ControlPlane#PREFIX}). */
  public boolean servesControlPlane() {
    return controlPlane;
  }

  /** The emulator's clock, the time maintenance windows run on. */
  public Clock clock() {
    return scheduler.clock();
  }

  /** The emulator's current time, to the millisecond. */
  public Instant now() {
    return scheduler.now();
  }

  /**
   * Moves a manual clock forward and returns once every maintenance window run due up to the new
   * time has been started and carried on to it.
   *
   * @return the new time
   * @throws IllegalArgumentException when {@code amount} is negative
   * @throws IllegalStateException when the clock is not a {@link ManualClock}
   */
  public Instant advanceClock(Duration amount) {
    Instant now = manualClock().advance(amount);
    scheduler.processUpTo(now);
    return scheduler.now();
  }

  /**
   * Moves a manual clock to {@code time}, never backwards, and returns once every run due up to it
   * has been processed.
   *
   * @return the new time
   * @throws IllegalArgumentException when {@code time} is before the clock's time
   * @throws IllegalStateException when the clock is not a {@link ManualClock}
   */
  public Instant setClock(Instant time) {
    Instant now = manualClock().set(time);
    scheduler.processUpTo(now);
    return scheduler.now();
  }

  private ManualClock manualClock() {
    if (scheduler.clock() instanceof ManualClock manual) {
      return manual;
    }
    throw new IllegalStateException(ControlPlane.REAL_CLOCK);
  }

  /**
   * Scripts what invocations starting from now on do; the first rule that matches an invocation
   * wins, and one that none matches succeeds after 60 s of emulator time. Replaces earlier rules,
   * on every emulator sharing the store.
   */
  public void setOutcomes(List<OutcomeRule> rules) {
    scheduler.setOutcomes(new OutcomeRules(rules));
  }

  /** The outcome rules in force. */
  public List<OutcomeRule> outcomes() {
    return scheduler.outcomes().rules();
  }

  /** The store the records live in; its tables are described by {@link AmazonSsmTables}. */
  public Store store() {
    return store;
  }

  /**
   * Stores a maintenance window execution, replacing one with the same id.
   *
   * @throws ValidationException with every violation, in AWS's words, when it is invalid (then
   *     nothing is stored)
   */
  public void putExecution(MaintenanceWindowExecution execution) {
    Objects.requireNonNull(execution, "execution");
    throwIfAny(RecordRules.violationsOf(execution));
    store.inTransaction(
        tx -> {
          tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).put(execution);
          ExecutionRecordWriter.listOther(tx, execution);
          return null;
        });
  }

  /**
   * Stores a new maintenance window execution. Of two emulators on one database inserting the same
   * id at once, one succeeds and the other gets the conflict.
   *
   * @throws ValidationException with every violation when it is invalid
   * @throws RecordAlreadyExistsException when an execution with its id is stored
   */
  public void insertExecution(MaintenanceWindowExecution execution) {
    Objects.requireNonNull(execution, "execution");
    throwIfAny(RecordRules.violationsOf(execution));
    boolean inserted =
        store.inTransaction(
            tx -> {
              if (!tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
                  .insertIfAbsent(execution)) {
                return false;
              }
              ExecutionRecordWriter.listOther(tx, execution);
              return true;
            });
    if (!inserted) {
      throw new RecordAlreadyExistsException(
          "Maintenance window execution " + execution.windowExecutionId() + " already exists");
    }
  }

  /**
   * Stores a task execution, replacing one with the same execution and task execution ids. The
   * check that its execution exists and the write are one transaction, so a concurrent delete of
   * the execution (on any node sharing the store) cannot leave the task without it.
   *
   * @throws ValidationException with every violation when it is invalid; its window execution id
   *     and task execution id are required
   * @throws DoesNotExistException when its maintenance window execution is not stored, as the API
   *     would answer for it: {@code Maintenance window execution <id> does not exist}
   */
  public void putTask(MaintenanceWindowExecutionTaskIdentity task) {
    Objects.requireNonNull(task, "task");
    throwIfAny(RecordRules.violationsOf(task));
    store.inTransaction(
        tx -> {
          requireExecution(tx, task.windowExecutionId());
          tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).put(task);
          return null;
        });
  }

  /**
   * Stores a new task execution of a stored execution, atomically as {@link #putTask} does.
   *
   * @throws ValidationException with every violation when it is invalid
   * @throws DoesNotExistException when its maintenance window execution is not stored
   * @throws RecordAlreadyExistsException when the task execution is stored already
   */
  public void insertTask(MaintenanceWindowExecutionTaskIdentity task) {
    Objects.requireNonNull(task, "task");
    throwIfAny(RecordRules.violationsOf(task));
    boolean inserted =
        store.inTransaction(
            tx -> {
              requireExecution(tx, task.windowExecutionId());
              return tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
                  .insertIfAbsent(task);
            });
    if (!inserted) {
      throw new RecordAlreadyExistsException(
          "Task execution "
              + task.taskExecutionId()
              + " of maintenance window execution "
              + task.windowExecutionId()
              + " already exists");
    }
  }

  private static void requireExecution(Transaction tx, String executionId) {
    if (tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).get(Key.of(executionId)).isEmpty()) {
      throw new DoesNotExistException(
          "Maintenance window execution " + executionId + " does not exist");
    }
  }

  /**
   * Loads a checked seed in one transaction, only into an empty store: a persistent store keeps
   * what it holds across restarts, and of several nodes starting together on one database, one
   * loads it.
   */
  private void load(SeedDocument seed) {
    loadedSeed =
        store.inTransaction(
            tx -> {
              Table<MaintenanceWindowExecution> executionTable =
                  tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION);
              Table<MaintenanceWindowExecutionTaskIdentity> taskTable =
                  tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
              Table<GetMaintenanceWindowResult> windowTable =
                  tx.table(MaintenanceWindowTables.WINDOWS);
              Table<MaintenanceWindowTarget> targetTable =
                  tx.table(MaintenanceWindowTables.TARGETS);
              Table<GetMaintenanceWindowTaskResult> windowTaskTable =
                  tx.table(MaintenanceWindowTables.TASKS);
              if (executionTable.size() > 0
                  || taskTable.size() > 0
                  || windowTable.size() > 0
                  || targetTable.size() > 0
                  || windowTaskTable.size() > 0) {
                return false;
              }
              // Checked whole by SeedReader before this transaction; stored as listed.
              Instant now = scheduler.clock().instant();
              for (GetMaintenanceWindowResult window : seed.windows()) {
                windowTable.put(withLoadDefaults(window, now));
              }
              seed.windowTargets().forEach(targetTable::put);
              seed.windowTasks().forEach(windowTaskTable::put);
              for (MaintenanceWindowExecution execution : seed.windowExecutions()) {
                throwIfAny(RecordRules.violationsOf(execution));
                executionTable.put(execution);
                ExecutionRecordWriter.listOther(tx, execution);
              }
              for (MaintenanceWindowExecutionTaskIdentity task : seed.windowExecutionTasks()) {
                throwIfAny(RecordRules.violationsOf(task));
                requireExecution(tx, task.windowExecutionId());
                taskTable.put(task);
              }
              return true;
            });
  }

  /**
   * A seeded window as GetMaintenanceWindow always shows one: enabled unless it says otherwise,
   * created and modified now unless it gives its dates.
   */
  private static GetMaintenanceWindowResult withLoadDefaults(
      GetMaintenanceWindowResult window, Instant now) {
    Instant created = window.createdDate() != null ? window.createdDate() : now;
    return window.toBuilder()
        .enabled(window.enabled() != null ? window.enabled() : Boolean.TRUE)
        .createdDate(created)
        .modifiedDate(window.modifiedDate() != null ? window.modifiedDate() : created)
        .build();
  }

  private static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /** Configures an {@link SsmEmulator}. */
  public static final class Builder {
    private String host = AwsJsonHttpServer.DEFAULT_HOST;
    private int port;
    private Store store;
    private String storeLocation = EmulatorStores.MEMORY;
    private Path tokenKeyFile;
    private Path seedFile;
    private SeedDocument seedDocument;
    private DemoData demo;
    private byte[] tokenKey;
    private long maxBodyBytes = AwsJsonHttpServer.DEFAULT_MAX_BODY_BYTES;
    private JsonLimits jsonLimits = JsonLimits.defaults();
    private Clock clock = Clock.systemUTC();
    private Boolean controlPlane;
    private Long identifierSeed;

    private Builder() {}

    /**
     * Mints every new id (windows, targets, tasks, executions, task executions, invocations) from
     * generators seeded with {@code seed}, so that the same calls on the same clock give the same
     * ids on every run: for a demo or a golden test. Random ids, as AWS mints them, by default.
     * Seeded ids are predictable: never give two emulators that share a store the same seed.
     */
    public Builder identifierSeed(long seed) {
      this.identifierSeed = seed;
      return this;
    }

    /**
     * The clock maintenance windows run on; the system clock by default. A {@link ManualClock}
     * stands still until {@link SsmEmulator#advanceClock} or {@link SsmEmulator#setClock} (or the
     * control plane) moves it; with any other clock a scheduler thread follows it.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether to serve the control plane under {@value ControlPlane#PREFIX}; by default it is
     * served when the host is a loopback address and not otherwise, because anyone who reaches it
     * can move the emulator's clock.
     */
    public Builder controlPlane(boolean enabled) {
      this.controlPlane = enabled;
      return this;
    }

    /** The address to listen on; default {@code 127.0.0.1}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one, see {@link SsmEmulator#endpoint()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Where records live; a fresh {@link InMemoryStore} by default. The caller keeps the store and
     * closes it; replaces {@link #store(String)}.
     */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      this.storeLocation = EmulatorStores.MEMORY;
      return this;
    }

    /**
     * Where records live, as {@code --store} takes it: {@code memory} (the default), {@code
     * h2:FILE} (an embedded database in {@code FILE.mv.db}) or {@code
     * jdbc:postgresql://HOST:PORT/DB?user=...}. The emulator opens it at {@link #build()} and
     * closes it with itself; replaces {@link #store(Store)}.
     *
     * @throws IllegalArgumentException for a location of no known form
     */
    public Builder store(String location) {
      Objects.requireNonNull(location, "location");
      EmulatorStores.check(location);
      this.storeLocation = location;
      this.store = null;
      return this;
    }

    /**
     * A file holding the secret for next tokens, created with a random one when absent, so that
     * tokens stay valid across restarts and on every emulator sharing the file; replaces {@link
     * #tokenKey}.
     */
    public Builder tokenKeyFile(Path file) {
      this.tokenKeyFile = Objects.requireNonNull(file, "file");
      this.tokenKey = null;
      return this;
    }

    /**
     * A seed file to load at {@link #build()} (see {@link SeedReader}); replaces {@link
     * #seed(SeedDocument)} and {@link #demo}.
     */
    public Builder seed(Path seedFile) {
      this.seedFile = Objects.requireNonNull(seedFile, "seedFile");
      this.seedDocument = null;
      this.demo = null;
      return this;
    }

    /**
     * Records to load at {@link #build()}, checked as a seed file is; replaces {@link #seed(Path)}
     * and {@link #demo}.
     */
    public Builder seed(SeedDocument seedDocument) {
      this.seedDocument = Objects.requireNonNull(seedDocument, "seedDocument");
      this.seedFile = null;
      this.demo = null;
      return this;
    }

    /**
     * The demo ({@link DemoData}) to load at {@link #build()}, only into an empty store, as a seed
     * is: windows, targets and tasks with the executions the scheduler ran for them, and the
     * scheduler's own records, so that it carries the demo's open executions on and runs no demo
     * window again for the period already played. Replaces {@link #seed(Path)} and {@link
     * #seed(SeedDocument)}.
     */
    public Builder demo(DemoData demo) {
      this.demo = Objects.requireNonNull(demo, "demo");
      this.seedFile = null;
      this.seedDocument = null;
      return this;
    }

    /**
     * A fixed secret for next tokens (at least 16 bytes), so tokens stay valid across restarts; by
     * default each emulator has a random one.
     */
    public Builder tokenKey(byte[] secret) {
      this.tokenKey = Objects.requireNonNull(secret, "secret").clone();
      this.tokenKeyFile = null;
      return this;
    }

    /** The largest request body; default 1 MiB. Larger ones get a 413. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * What a request body may hold: nesting depth, string, name and number lengths, and array
     * elements; {@link JsonLimits#defaults()} by default. A breach is a 400 {@code
     * SerializationException}, found while parsing.
     */
    public Builder jsonLimits(JsonLimits jsonLimits) {
      this.jsonLimits = Objects.requireNonNull(jsonLimits, "jsonLimits");
      return this;
    }

    /**
     * The emulator, not yet serving HTTP, with the seed loaded into its store if the store is
     * empty.
     *
     * @throws InvalidSeedException with every error when the seed is invalid; nothing is stored
     * @throws java.io.UncheckedIOException when the seed or token key file cannot be read
     * @throws IllegalArgumentException when the token key file holds too short a key
     * @throws io.shapeforge.runtime.jdbc.StoreUnavailableException when a persistent store cannot
     *     be opened (and {@code JdbcStoreException} subtypes for an unknown schema version)
     */
    public SsmEmulator build() {
      SeedDocument seed = seedDocument;
      if (seedFile != null) {
        seed = SeedReader.read(seedFile);
      } else if (seed != null) {
        SeedReader.check(seed, "document");
      }
      byte[] secret = tokenKeyFile == null ? tokenKey : TokenKeyFile.readOrCreate(tokenKeyFile);
      Store opened = store == null ? EmulatorStores.open(storeLocation) : store;
      try {
        SsmEmulator emulator = new SsmEmulator(this, opened, secret);
        if (seed != null) {
          emulator.load(seed);
        } else if (demo != null) {
          emulator.loadedSeed = demo.records().copyIntoEmpty(opened);
        }
        return emulator;
      } catch (RuntimeException | Error e) {
        if (store == null) {
          opened.close();
        }
        throw e;
      }
    }
  }
}
