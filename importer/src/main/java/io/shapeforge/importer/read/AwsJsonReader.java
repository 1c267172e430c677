package io.shapeforge.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.shapeforge.importer.ImportMessages;
import io.shapeforge.importer.ModelException;
import io.shapeforge.importer.ModelProblem;
import io.shapeforge.importer.model.Constraints;
import io.shapeforge.importer.model.Documentation;
import io.shapeforge.importer.model.EnumDef;
import io.shapeforge.importer.model.ErrorDef;
import io.shapeforge.importer.model.ListDef;
import io.shapeforge.importer.model.MapDef;
import io.shapeforge.importer.model.MemberDef;
import io.shapeforge.importer.model.OperationDef;
import io.shapeforge.importer.model.PaginationDef;
import io.shapeforge.importer.model.ScalarDef;
import io.shapeforge.importer.model.ScalarKind;
import io.shapeforge.importer.model.ServiceDef;
import io.shapeforge.importer.model.ShapeDef;
import io.shapeforge.importer.model.SourceRef;
import io.shapeforge.importer.model.StructureDef;
import io.shapeforge.importer.model.TimestampFormatKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an AWS JSON service model ({@code service-2.json}, the format botocore and the AWS SDK for
 * Java v2 code generator read) and its paginators ({@code paginators-1.json}).
 *
 * <p>It is the wire-exact source for AWS services: patterns are as the service quotes them. It
 * knows every property the format defines; {@link SkippedTraits} lists those it skips, and any
 * other property is an error with its line.
 */
public final class AwsJsonReader {
  private static final Set<String> TOP =
      Set.of("version", "metadata", "operations", "shapes", "documentation");
  private static final Set<String> OPERATION =
      Set.of(
          "name", "input", "output", "errors", "documentation", "deprecated", "deprecatedMessage");
  private static final Set<String> SHAPE =
      Set.of(
          "type",
          "documentation",
          "members",
          "required",
          "min",
          "max",
          "pattern",
          "enum",
          "sensitive",
          "exception",
          "fault",
          "error",
          "union",
          "document",
          "deprecated",
          "deprecatedMessage",
          "timestampFormat",
          "member",
          "key",
          "value");
  private static final Set<String> MEMBER =
      Set.of(
          "shape",
          "documentation",
          "idempotencyToken",
          "locationName",
          "deprecated",
          "deprecatedMessage",
          "timestampFormat");
  private static final Set<String> COLLECTION_MEMBER =
      Set.of("shape", "documentation", "locationName");
  private static final Set<String> PAGINATOR =
      Set.of("input_token", "output_token", "limit_key", "result_key");

  /** Client-side aggregation hints of a paginator; the spec pages one items member. */
  private static final Set<String> PAGINATOR_SKIPPED = Set.of("non_aggregate_keys");

  private final List<ModelProblem> problems = new ArrayList<>();
  private LocatedJson model;

  private AwsJsonReader() {}

  /**
   * Reads the service model and, when given, its paginators.
   *
   * @param serviceName {@code NAMESPACE#Name} or {@code null}; the format has no namespace, so only
   *     the name is compared, with the model's target prefix
   */
  public static ServiceDef read(Path modelFile, Path paginatorsFile, String serviceName)
      throws ModelException, IOException {
    AwsJsonReader reader = new AwsJsonReader();
    reader.model = LocatedJson.read(modelFile);
    LocatedJson paginators = paginatorsFile == null ? null : LocatedJson.read(paginatorsFile);
    ServiceDef service = reader.readService(paginators, serviceName);
    if (!reader.problems.isEmpty()) {
      throw new ModelException(reader.problems);
    }
    return service;
  }

  private ServiceDef readService(LocatedJson paginators, String serviceName) throws ModelException {
    JsonNode root = model.root();
    checkKeys(root, TOP, Set.of(), "service", model);
    // Of metadata only the protocol and the target prefix have a spec form; the rest (API
    // version, endpoint prefix, signing, SDK ids) is skipped as a whole.
    JsonNode metadata = root.path("metadata");
    String targetPrefix = metadata.path("targetPrefix").asText("");
    SourceRef serviceSource = model.at("metadata");
    String protocol = metadata.path("protocol").asText("");
    String jsonVersion = metadata.path("jsonVersion").asText("");
    if (!protocol.equals("json") || !jsonVersion.equals("1.1")) {
      String name = protocol.equals("json") ? "awsJson" + jsonVersion.replace('.', '_') : protocol;
      throw new ModelException(
          new ModelProblem(
              model.at("metadata", "protocol"),
              ImportMessages.format(
                  ImportMessages.UNSUPPORTED_PROTOCOL,
                  targetPrefix.isEmpty() ? "service" : targetPrefix,
                  name)));
    }
    if (targetPrefix.isEmpty()) {
      throw new ModelException(
          new ModelProblem(
              serviceSource,
              ImportMessages.format(
                  ImportMessages.BAD_VALUE, "service", "metadata has no targetPrefix")));
    }
    if (serviceName != null) {
      String name = serviceName.substring(serviceName.indexOf('#') + 1);
      if (!name.equals(targetPrefix)) {
        throw new ModelException(
            new ModelProblem(
                serviceSource,
                ImportMessages.format(
                    ImportMessages.SERVICE_NOT_FOUND, serviceName, targetPrefix)));
      }
    }

    Map<String, ShapeDef> shapes = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("shapes").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      ShapeDef shape = readShape(entry.getKey(), entry.getValue());
      if (shape != null) {
        shapes.put(entry.getKey(), shape);
      }
    }
    Map<String, PaginationDef> pagination =
        paginators == null ? Map.of() : readPaginators(paginators);
    List<OperationDef> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("operations").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      operations.add(
          readOperation(entry.getKey(), entry.getValue(), pagination.get(entry.getKey())));
    }
    for (String paginated : pagination.keySet()) {
      if (!root.path("operations").has(paginated)) {
        problems.add(
            new ModelProblem(
                paginators.at("pagination", paginated),
                ImportMessages.format(
                    ImportMessages.PAGINATION, paginated, "the service has no such operation")));
      }
    }
    operations.sort((a, b) -> a.name().compareTo(b.name()));
    var reached = ServiceClosure.of(operations, shapes, problems);
    return new ServiceDef(
        targetPrefix,
        targetPrefix,
        serviceSource,
        Documentation.of(textOrNull(root, "documentation")),
        operations,
        reached);
  }

  private OperationDef readOperation(String name, JsonNode node, PaginationDef pagination) {
    SourceRef source = model.at("operations", name);
    checkKeys(node, OPERATION, SkippedTraits.AWS_JSON_OPERATION, name, model, "operations", name);
    List<String> errors = new ArrayList<>();
    for (JsonNode error : node.path("errors")) {
      errors.add(shapeRef(error, name, "errors"));
    }
    String input = node.has("input") ? shapeRef(node.get("input"), name, "input") : null;
    String output = node.has("output") ? shapeRef(node.get("output"), name, "output") : null;
    if (input == null || output == null) {
      // The spec language has no operation without an input and an output structure, and this
      // format, unlike Smithy's Unit, gives no name to synthesise one under.
      problems.add(
          new ModelProblem(
              source,
              ImportMessages.format(
                  ImportMessages.UNSUPPORTED_SHAPE,
                  name,
                  "an operation without " + (input == null ? "input" : "output"))));
    }
    return new OperationDef(name, source, documentation(node), input, output, errors, pagination);
  }

  private String shapeRef(JsonNode ref, String owner, String role) {
    checkKeys(
        ref,
        Set.of("shape"),
        Set.of("locationName", "xmlNamespace", "documentation"),
        owner,
        model,
        "operations",
        owner,
        role);
    return ref.path("shape").asText();
  }

  private ShapeDef readShape(String name, JsonNode node) {
    SourceRef source = model.at("shapes", name);
    checkKeys(node, SHAPE, SkippedTraits.AWS_JSON_SHAPE, name, model, "shapes", name);
    String type = node.path("type").asText();
    boolean sensitive = node.path("sensitive").asBoolean(false);
    Documentation documentation = documentation(node);
    Constraints constraints = constraints(name, type, node, source);
    return switch (type) {
      case "structure" ->
          node.path("document").asBoolean(false)
              ? new ScalarDef(
                  name,
                  source,
                  documentation,
                  sensitive,
                  ScalarKind.DOCUMENT,
                  constraints,
                  null,
                  null)
              : structure(name, node, source, documentation, sensitive);
      case "list" ->
          new ListDef(
              name,
              source,
              documentation,
              sensitive,
              collectionMember(name, node, "member", source),
              constraints,
              false,
              false);
      case "map" ->
          new MapDef(
              name,
              source,
              documentation,
              sensitive,
              collectionMember(name, node, "key", source),
              collectionMember(name, node, "value", source),
              constraints,
              false);
      case "string" ->
          node.has("enum")
              ? enumShape(name, node, source, documentation, sensitive)
              : scalar(
                  name, source, documentation, sensitive, ScalarKind.STRING, constraints, node);
      case "boolean" ->
          scalar(name, source, documentation, sensitive, ScalarKind.BOOLEAN, constraints, node);
      case "byte" ->
          scalar(name, source, documentation, sensitive, ScalarKind.BYTE, constraints, node);
      case "short" ->
          scalar(name, source, documentation, sensitive, ScalarKind.SHORT, constraints, node);
      case "integer" ->
          scalar(name, source, documentation, sensitive, ScalarKind.INTEGER, constraints, node);
      case "long" ->
          scalar(name, source, documentation, sensitive, ScalarKind.LONG, constraints, node);
      case "float" ->
          scalar(name, source, documentation, sensitive, ScalarKind.FLOAT, constraints, node);
      case "double" ->
          scalar(name, source, documentation, sensitive, ScalarKind.DOUBLE, constraints, node);
      case "bigdecimal" ->
          scalar(name, source, documentation, sensitive, ScalarKind.BIG_DECIMAL, constraints, node);
      case "biginteger" ->
          scalar(name, source, documentation, sensitive, ScalarKind.BIG_INTEGER, constraints, node);
      case "blob" ->
          scalar(name, source, documentation, sensitive, ScalarKind.BLOB, constraints, node);
      case "timestamp" ->
          scalar(name, source, documentation, sensitive, ScalarKind.TIMESTAMP, constraints, node);
      default -> {
        problems.add(
            new ModelProblem(
                model.at("shapes", name, "type"),
                ImportMessages.format(
                    ImportMessages.UNSUPPORTED_SHAPE, name, "type '" + type + "'")));
        yield null;
      }
    };
  }

  private ScalarDef scalar(
      String name,
      SourceRef source,
      Documentation documentation,
      boolean sensitive,
      ScalarKind kind,
      Constraints constraints,
      JsonNode node) {
    TimestampFormatKind format = null;
    if (node.has("timestampFormat")) {
      format =
          timestampFormat(
              name,
              node.get("timestampFormat").asText(),
              model.at("shapes", name, "timestampFormat"));
    }
    return new ScalarDef(name, source, documentation, sensitive, kind, constraints, format, null);
  }

  private Constraints constraints(String name, String type, JsonNode node, SourceRef source) {
    boolean length =
        switch (type) {
          case "string", "list", "map", "blob" -> true;
          default -> false;
        };
    boolean range =
        switch (type) {
          case "byte", "short", "integer", "long", "float", "double", "bigdecimal", "biginteger" ->
              true;
          default -> false;
        };
    if ((node.has("min") || node.has("max")) && !length && !range) {
      problems.add(
          new ModelProblem(
              source,
              ImportMessages.format(
                  ImportMessages.BAD_VALUE,
                  name,
                  "min and max apply to strings, lists, maps, blobs and numbers, not to a "
                      + type)));
      return Constraints.NONE;
    }
    if (node.has("pattern") && !type.equals("string")) {
      problems.add(
          new ModelProblem(
              model.at("shapes", name, "pattern"),
              ImportMessages.format(
                  ImportMessages.BAD_VALUE, name, "a pattern applies to strings only")));
    }
    String pattern = node.has("pattern") ? node.get("pattern").asText() : null;
    if (length) {
      return new Constraints(
          longOrNull(node.get("min")), longOrNull(node.get("max")), null, null, pattern);
    }
    return new Constraints(
        null, null, decimalOrNull(node.get("min")), decimalOrNull(node.get("max")), null);
  }

  private static Long longOrNull(JsonNode number) {
    return number == null ? null : number.asLong();
  }

  private static String decimalOrNull(JsonNode number) {
    return number == null ? null : Decimals.text(new BigDecimal(number.asText()));
  }

  private StructureDef structure(
      String name,
      JsonNode node,
      SourceRef source,
      Documentation documentation,
      boolean sensitive) {
    Set<String> required = new HashSet<>();
    for (JsonNode member : node.path("required")) {
      required.add(member.asText());
      if (!node.path("members").has(member.asText())) {
        problems.add(
            new ModelProblem(
                model.at("shapes", name, "required"),
                ImportMessages.format(
                    ImportMessages.BAD_VALUE,
                    name,
                    "required names no member '" + member.asText() + "'")));
      }
    }
    List<MemberDef> members = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("members").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      members.add(
          member(name, entry.getKey(), entry.getValue(), required.contains(entry.getKey())));
    }
    ErrorDef error = null;
    if (node.path("exception").asBoolean(false)) {
      JsonNode details =
          node.has("error") ? node.get("error") : JsonNodeFactory.instance.objectNode();
      checkKeys(
          details,
          Set.of("httpStatusCode", "senderFault"),
          Set.of("code"),
          name,
          model,
          "shapes",
          name,
          "error");
      boolean server =
          node.path("fault").asBoolean(false)
              || (details.has("senderFault") && !details.get("senderFault").asBoolean());
      int status = details.path("httpStatusCode").asInt(server ? 500 : 400);
      error = new ErrorDef(server, status);
    }
    return new StructureDef(
        name,
        source,
        documentation,
        sensitive,
        node.path("union").asBoolean(false),
        members,
        error);
  }

  private MemberDef member(String owner, String name, JsonNode node, boolean required) {
    SourceRef source = model.at("shapes", owner, "members", name);
    checkKeys(
        node,
        MEMBER,
        SkippedTraits.AWS_JSON_MEMBER,
        owner + "$" + name,
        model,
        "shapes",
        owner,
        "members",
        name);
    // In the JSON protocols a member's locationName is its name on the wire.
    String wireName = node.has("locationName") ? node.get("locationName").asText() : name;
    TimestampFormatKind format =
        node.has("timestampFormat")
            ? timestampFormat(owner + "$" + name, node.get("timestampFormat").asText(), source)
            : null;
    return new MemberDef(
        wireName,
        node.path("shape").asText(),
        source,
        documentation(node),
        Constraints.NONE,
        required,
        null,
        false,
        node.path("idempotencyToken").asBoolean(false),
        null,
        format);
  }

  private MemberDef collectionMember(String owner, JsonNode node, String role, SourceRef source) {
    JsonNode ref = node.get(role);
    if (ref == null) {
      problems.add(
          new ModelProblem(
              source, ImportMessages.format(ImportMessages.BAD_VALUE, owner, "has no " + role)));
      return MemberDef.plain(role, "", source);
    }
    checkKeys(
        ref, Set.of("shape"), COLLECTION_MEMBER, owner + "$" + role, model, "shapes", owner, role);
    return MemberDef.plain(role, ref.path("shape").asText(), model.at("shapes", owner, role));
  }

  private ShapeDef enumShape(
      String name,
      JsonNode node,
      SourceRef source,
      Documentation documentation,
      boolean sensitive) {
    List<EnumDef.EnumValueDef> values = new ArrayList<>();
    for (JsonNode value : node.get("enum")) {
      values.add(new EnumDef.EnumValueDef(null, value.asText(), Documentation.NONE));
    }
    if (node.has("min") || node.has("max") || node.has("pattern")) {
      // An enum shape in the spec carries only its values; a constraint beside them would be lost.
      problems.add(
          new ModelProblem(
              source,
              ImportMessages.format(
                  ImportMessages.UNSUPPORTED_SHAPE, name, "an enum with a length or pattern")));
    }
    return new EnumDef(name, source, documentation, sensitive, values);
  }

  private TimestampFormatKind timestampFormat(String owner, String format, SourceRef source) {
    switch (format) {
      case "unixTimestamp":
        return TimestampFormatKind.EPOCH_SECONDS;
      case "iso8601":
        return TimestampFormatKind.DATE_TIME;
      case "rfc822":
        return TimestampFormatKind.HTTP_DATE;
      default:
        problems.add(
            new ModelProblem(
                source,
                ImportMessages.format(
                    ImportMessages.BAD_VALUE, owner, "unknown timestampFormat '" + format + "'")));
        return null;
    }
  }

  private Map<String, PaginationDef> readPaginators(LocatedJson paginators) {
    Map<String, PaginationDef> result = new TreeMap<>(); // problems in a stable order
    checkKeys(paginators.root(), Set.of("pagination"), Set.of(), "paginators", paginators);
    for (Iterator<Map.Entry<String, JsonNode>> it = paginators.root().path("pagination").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String operation = entry.getKey();
      JsonNode node = entry.getValue();
      SourceRef source = paginators.at("pagination", operation);
      List<ModelProblem> before = new ArrayList<>(problems);
      checkKeys(node, PAGINATOR, PAGINATOR_SKIPPED, operation, paginators, "pagination", operation);
      String inputToken = singleMember(operation, node, "input_token", source, true);
      String outputToken = singleMember(operation, node, "output_token", source, true);
      String limitKey = singleMember(operation, node, "limit_key", source, false);
      String resultKey = singleMember(operation, node, "result_key", source, false);
      if (problems.size() == before.size()) {
        result.put(operation, new PaginationDef(inputToken, outputToken, limitKey, resultKey));
      }
    }
    return result;
  }

  /** A paginator value that the spec can hold: one top-level member name. */
  private String singleMember(
      String operation, JsonNode node, String key, SourceRef source, boolean needed) {
    JsonNode value = node.get(key);
    if (value == null) {
      if (needed) {
        problems.add(
            new ModelProblem(
                source, ImportMessages.format(ImportMessages.PAGINATION, operation, "no " + key)));
      }
      return null;
    }
    if (value.isArray() && value.size() == 1) {
      value = value.get(0);
    }
    if (!value.isTextual() || value.asText().contains(".")) {
      problems.add(
          new ModelProblem(
              source,
              ImportMessages.format(
                  ImportMessages.PAGINATION,
                  operation,
                  key
                      + " "
                      + value
                      + " is not one top-level member, which is all the spec's @Paginated can name")));
      return null;
    }
    return value.asText();
  }

  private static Documentation documentation(JsonNode node) {
    return new Documentation(
        textOrNull(node, "documentation"),
        node.path("deprecated").asBoolean(false),
        textOrNull(node, "deprecatedMessage"));
  }

  private static String textOrNull(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  /**
   * Refuses a property that is neither known nor skipped, at its own line: a property of the format
   * that the importer does not map must never be dropped silently.
   */
  private void checkKeys(
      JsonNode node,
      Set<String> known,
      Set<String> skipped,
      String owner,
      LocatedJson json,
      String... path) {
    if (!node.isObject()) {
      problems.add(
          new ModelProblem(
              json.at(path),
              ImportMessages.format(
                  ImportMessages.BAD_VALUE,
                  owner,
                  "expected a JSON object, found " + node.getNodeType())));
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key) && !skipped.contains(key)) {
        String[] keyPath = Arrays.copyOf(path, path.length + 1);
        keyPath[path.length] = key;
        problems.add(
            new ModelProblem(
                json.at(keyPath),
                ImportMessages.format(ImportMessages.UNKNOWN_PROPERTY, owner, key)));
      }
    }
  }
}
