package io.shapeforge.runtime.protocol;

import io.shapeforge.runtime.error.ServiceException;
import io.shapeforge.runtime.validation.Validator;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Serves a service's operations over awsJson1_1, independent of any transport: it takes the {@code
 * X-Amz-Target} header value and the body bytes, and returns the status, headers and body. A
 * transport only moves bytes.
 *
 * <p>For each request it finds the operation, decodes the body strictly ({@link JsonCodec}), runs
 * the operation's {@link Validator} if one was registered, calls the handler and encodes the
 * result. Failures become error envelopes ({@link ErrorEnvelope}):
 *
 * <ul>
 *   <li>a target that is missing, has another prefix or names no registered operation: 400 {@link
 *       UnknownOperationException};
 *   <li>a body the codec refuses: 400 {@link SerializationException};
 *   <li>any {@link ServiceException} (such as {@code ValidationException}): its code and status;
 *   <li>anything else: 500 {@code InternalServerError} with a fixed message. The failure is logged
 *       with its request id through {@link System.Logger}; no exception text reaches the caller.
 * </ul>
 *
 * Every response carries a fresh request id and the awsJson1_1 content type.
 *
 * <pre>{@code
 * AwsJsonDispatcher dispatcher = AwsJsonDispatcher.builder("AmazonSSM")
 *     .operation("DescribeMaintenanceWindowExecutionTasks", DescribeRequest.class,
 *         DescribeRequestValidator.INSTANCE, engine::describe)
 *     .build();
 * ProtocolResponse response = dispatcher.dispatch("AmazonSSM.DescribeMaintenanceWindowExecutionTasks", body);
 * }</pre>
 *
 * <p>A generated dispatcher registers its operations with {@link Builder#lazyOperations}: only the
 * names are known at build time, and an operation's input class, validator and handler are bound on
 * its first call, so that a service of many operations does not load all of them at start.
 *
 * <p>Thread-safe once built; handlers must be too.
 */
public final class AwsJsonDispatcher {
  private static final Logger LOG = System.getLogger(AwsJsonDispatcher.class.getName());

  /** Hostile targets are cut to this many characters before they appear in a message. */
  private static final int MAX_ECHOED_TARGET = 128;

  private final String targetPrefix;
  private final JsonCodec codec;
  private final Map<String, Registration> operations;
  private final AwsJsonDispatcher fallback;

  private AwsJsonDispatcher(Builder builder) {
    this.targetPrefix = builder.targetPrefix;
    this.codec = builder.codec;
    this.fallback = builder.fallback;
    this.operations = Collections.unmodifiableMap(new LinkedHashMap<>(builder.operations));
  }

  /**
   * @param targetPrefix the service's target prefix, such as {@code AmazonSSM}
   */
  public static Builder builder(String targetPrefix) {
    return new Builder(targetPrefix);
  }

  public String targetPrefix() {
    return targetPrefix;
  }

  /**
   * The names of the operations registered here, in registration order; a fallback's are not among
   * them.
   */
  public Set<String> operationNames() {
    return operations.keySet();
  }

  /** A fresh request id, for transports that answer a request themselves (such as a 413). */
  public static String newRequestId() {
    return UUID.randomUUID().toString();
  }

  /**
   * Serves one request. Never throws for any input: every failure is an error envelope.
   *
   * @param target the {@code X-Amz-Target} header value, or {@code null} when it is missing
   * @param body the request body; empty means {@code {}}
   */
  public ProtocolResponse dispatch(String target, byte[] body) {
    return dispatch(target, body, null);
  }

  /**
   * Serves one request as {@link #dispatch(String, byte[])} does, but encodes a successful answer
   * into {@code buffer} (reset first) instead of a new array: the response's body is a view of
   * {@code buffer} until its next reset. Error envelopes keep their own arrays.
   *
   * @param buffer the calling thread's buffer, or {@code null} for a new array
   */
  public ProtocolResponse dispatch(String target, byte[] body, ResponseBuffer buffer) {
    if (fallback != null && operationOf(target) == null) {
      return fallback.dispatch(target, body, buffer);
    }
    String requestId = newRequestId();
    try {
      Operation<?> operation = find(target).operation();
      Object output = operation.invoke(body == null ? new byte[0] : body, codec);
      Object answer = output == null ? Map.of() : output;
      if (buffer == null) {
        return ProtocolResponse.ok(codec.encode(answer), requestId);
      }
      buffer.reset();
      codec.encode(answer, buffer);
      return ProtocolResponse.ok(buffer, requestId);
    } catch (ServiceException e) {
      if (!e.isClientFault()) {
        LOG.log(
            Level.WARNING,
            "Request {0} to {1} answered {2} ({3})",
            requestId,
            echo(target),
            e.errorCode(),
            e.httpStatus());
      }
      return ErrorEnvelope.of(e, requestId);
    } catch (Throwable t) {
      LOG.log(
          Level.ERROR, "Request " + requestId + " to " + echo(target) + " failed unexpectedly", t);
      return ErrorEnvelope.internalServerError(requestId);
    }
  }

  private Registration find(String target) {
    if (target == null || target.isBlank()) {
      throw new UnknownOperationException("Missing " + AwsJson.TARGET_HEADER + " header");
    }
    Registration operation = operationOf(target);
    if (operation == null) {
      throw new UnknownOperationException(
          "Operation "
              + echo(target)
              + " is not served; expected "
              + targetPrefix
              + ".<Operation>");
    }
    return operation;
  }

  /** The operation registered here for {@code target}, or {@code null}. */
  private Registration operationOf(String target) {
    if (target != null
        && target.length() > targetPrefix.length() + 1
        && target.startsWith(targetPrefix)
        && target.charAt(targetPrefix.length()) == '.') {
      return operations.get(target.substring(targetPrefix.length() + 1));
    }
    return null;
  }

  private static String echo(String target) {
    if (target == null) {
      return "(none)";
    }
    StringBuilder shown = new StringBuilder(Math.min(target.length(), MAX_ECHOED_TARGET) + 8);
    for (int i = 0; i < target.length() && i < MAX_ECHOED_TARGET; i++) {
      char c = target.charAt(i);
      shown.append(Character.isISOControl(c) ? '?' : c);
    }
    if (target.length() > MAX_ECHOED_TARGET) {
      shown.append("...");
    }
    return "'" + shown + "'";
  }

  /**
   * One operation: how to read its input, check it and serve it. A generated dispatcher makes one
   * per operation on the operation's first call ({@link Builder#lazyOperations}).
   *
   * @param <I> the input model
   */
  public static final class Operation<I> {
    private final Class<I> inputType;
    private final Validator<? super I> validator;
    private final Function<? super I, ?> handler;

    private Operation(
        Class<I> inputType, Validator<? super I> validator, Function<? super I, ?> handler) {
      this.inputType = Objects.requireNonNull(inputType, "inputType");
      this.validator = validator;
      this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** An operation whose input is checked by {@code validator} before {@code handler}. */
    public static <I> Operation<I> of(
        Class<I> inputType, Validator<? super I> validator, Function<? super I, ?> handler) {
      return new Operation<>(inputType, Objects.requireNonNull(validator, "validator"), handler);
    }

    Object invoke(byte[] body, JsonCodec codec) {
      I input = codec.decode(body, inputType);
      if (validator != null) {
        validator.check(input);
      }
      return handler.apply(input);
    }
  }

  /**
   * A name's operation, given at registration or bound on the first call. Two first calls at once
   * may both bind it; the binder is a pure lookup, so either result serves, and no lock is taken on
   * the request path.
   */
  private static final class Registration {
    private final String name;
    private final Function<String, Operation<?>> binder;
    private volatile Operation<?> operation;

    private Registration(
        String name, Operation<?> operation, Function<String, Operation<?>> binder) {
      this.name = name;
      this.operation = operation;
      this.binder = binder;
    }

    static Registration of(Operation<?> operation) {
      return new Registration(null, operation, null);
    }

    static Registration bound(String name, Function<String, Operation<?>> binder) {
      return new Registration(name, null, binder);
    }

    Operation<?> operation() {
      Operation<?> bound = operation;
      if (bound == null) {
        bound = binder.apply(name);
        if (bound == null) {
          throw new IllegalStateException("no operation bound for registered name " + name);
        }
        operation = bound;
      }
      return bound;
    }
  }

  /** Registers operations; each name once. */
  public static final class Builder {
    private final String targetPrefix;
    private JsonCodec codec = JsonCodec.defaults();
    private final Map<String, Registration> operations = new LinkedHashMap<>();
    private AwsJsonDispatcher fallback;

    private Builder(String targetPrefix) {
      Objects.requireNonNull(targetPrefix, "targetPrefix");
      if (targetPrefix.isEmpty() || targetPrefix.contains(".")) {
        throw new IllegalArgumentException(
            "target prefix must be non-empty and without '.': " + targetPrefix);
      }
      this.targetPrefix = targetPrefix;
    }

    /** The codec that reads inputs and writes outputs; {@link JsonCodec#defaults()} if not set. */
    public Builder codec(JsonCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * The dispatcher that serves every request this one has no operation for, with its own codec
     * and operations: say, a generated dispatcher of a whole service behind one that serves a few
     * operations from another spec. Only when the fallback has no operation either is the answer
     * {@link UnknownOperationException}.
     */
    public Builder fallback(AwsJsonDispatcher fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    /** Registers an operation whose handler validates its own input. */
    public <I> Builder operation(String name, Class<I> inputType, Function<? super I, ?> handler) {
      return add(name, Registration.of(new Operation<>(inputType, null, handler)));
    }

    /**
     * Registers an operation whose input is checked by {@code validator} before {@code handler}.
     */
    public <I> Builder operation(
        String name,
        Class<I> inputType,
        Validator<? super I> validator,
        Function<? super I, ?> handler) {
      return add(name, Registration.of(Operation.of(inputType, validator, handler)));
    }

    /**
     * Registers {@code names}, each bound by {@code binder} on its first call rather than now: the
     * operation's input class, validator and handler then load when a request first needs them. An
     * unregistered name is unknown as before, without calling the binder. The binder must return
     * the same operation for a name every time and never {@code null} for one of {@code names}; it
     * may run more than once for a name when first calls meet.
     */
    public Builder lazyOperations(Collection<String> names, Function<String, Operation<?>> binder) {
      Objects.requireNonNull(binder, "binder");
      for (String name : names) {
        add(name, Registration.bound(name, binder));
      }
      return this;
    }

    private Builder add(String name, Registration operation) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty() || name.contains(".")) {
        throw new IllegalArgumentException(
            "operation name must be non-empty and without '.': " + name);
      }
      if (operations.putIfAbsent(name, operation) != null) {
        throw new IllegalArgumentException("operation registered twice: " + name);
      }
      return this;
    }

    public AwsJsonDispatcher build() {
      return new AwsJsonDispatcher(this);
    }
  }
}
