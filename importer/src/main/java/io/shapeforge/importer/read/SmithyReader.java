package io.shapeforge.importer.read;

import io.shapeforge.importer.ImportMessages;
import io.shapeforge.importer.ModelException;
import io.shapeforge.importer.ModelProblem;
import io.shapeforge.importer.model.Constraints;
import io.shapeforge.importer.model.Documentation;
import io.shapeforge.importer.model.EnumDef;
import io.shapeforge.importer.model.ErrorDef;
import io.shapeforge.importer.model.IntEnumDef;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.SourceLocation;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.loader.ModelAssembler;
import software.amazon.smithy.model.neighbor.Walker;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.EnumShape;
import software.amazon.smithy.model.shapes.IntEnumShape;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.SetShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.shapes.ShapeType;
import software.amazon.smithy.model.traits.DefaultTrait;
import software.amazon.smithy.model.traits.DeprecatedTrait;
import software.amazon.smithy.model.traits.DocumentationTrait;
import software.amazon.smithy.model.traits.EnumDefinition;
import software.amazon.smithy.model.traits.EnumTrait;
import software.amazon.smithy.model.traits.ErrorTrait;
import software.amazon.smithy.model.traits.HttpErrorTrait;
import software.amazon.smithy.model.traits.JsonNameTrait;
import software.amazon.smithy.model.traits.LengthTrait;
import software.amazon.smithy.model.traits.PaginatedTrait;
import software.amazon.smithy.model.traits.PatternTrait;
import software.amazon.smithy.model.traits.RangeTrait;
import software.amazon.smithy.model.traits.TimestampFormatTrait;
import software.amazon.smithy.model.validation.Severity;
import software.amazon.smithy.model.validation.ValidatedResult;
import software.amazon.smithy.model.validation.ValidationEvent;

/**
 * Reads Smithy models (IDL and JSON AST, mixed freely) through {@code smithy-model}, with unknown
 * traits allowed so that AWS's renderings load without every AWS trait package.
 *
 * <p>Each trait is either mapped, listed in {@link SkippedTraits#SMITHY}, or an error naming the
 * shape. Resources are flattened: their operations become the service's operations, as AWS's JSON
 * service models have them; the spec language has no resource lifecycle yet.
 */
public final class SmithyReader {
  /** Traits that the reader maps onto the spec, by where they may appear. */
  private static final Set<String> MAPPED =
      Set.of(
          "smithy.api#documentation",
          "smithy.api#deprecated",
          "smithy.api#sensitive",
          "smithy.api#length",
          "smithy.api#range",
          "smithy.api#pattern",
          "smithy.api#required",
          "smithy.api#default",
          "smithy.api#idempotencyToken",
          "smithy.api#jsonName",
          "smithy.api#timestampFormat",
          "smithy.api#error",
          "smithy.api#httpError",
          "smithy.api#paginated",
          "smithy.api#enumValue",
          "smithy.api#enum",
          "smithy.api#sparse",
          "smithy.api#uniqueItems",
          "aws.protocols#awsJson1_1");

  /** Protocol traits of other wire formats: a service that speaks only these cannot be a spec. */
  private static final Set<String> OTHER_PROTOCOLS =
      Set.of(
          "aws.protocols#awsJson1_0",
          "aws.protocols#restJson1",
          "aws.protocols#restXml",
          "aws.protocols#awsQuery",
          "aws.protocols#ec2Query",
          "smithy.protocols#rpcv2Cbor");

  private static final ShapeId UNIT = ShapeId.from("smithy.api#Unit");

  private final Model model;
  private final ServiceShape service;
  private final List<ModelProblem> problems = new ArrayList<>();

  private SmithyReader(Model model, ServiceShape service) {
    this.model = model;
    this.service = service;
  }

  /**
   * Loads the files and reads the chosen service.
   *
   * @param serviceName {@code NAMESPACE#Name}, or {@code null} when the models define one service
   */
  public static ServiceDef read(List<Path> files, String serviceName) throws ModelException {
    ModelAssembler assembler =
        Model.assembler().putProperty(ModelAssembler.ALLOW_UNKNOWN_TRAITS, true);
    files.forEach(assembler::addImport);
    ValidatedResult<Model> result = assembler.assemble();
    List<ModelProblem> errors = new ArrayList<>();
    for (ValidationEvent event : result.getValidationEvents()) {
      if (event.getSeverity() == Severity.ERROR || event.getSeverity() == Severity.DANGER) {
        errors.add(
            new ModelProblem(
                source(event.getSourceLocation()),
                ImportMessages.format(
                    ImportMessages.SMITHY,
                    event.getShapeId().map(id -> id + ": ").orElse("")
                        + event.getMessage()
                        + " ("
                        + event.getId()
                        + ")")));
      }
    }
    if (!errors.isEmpty() || result.getResult().isEmpty()) {
      throw new ModelException(errors);
    }
    Model model = result.getResult().get();
    SmithyReader reader = new SmithyReader(model, chooseService(model, serviceName));
    ServiceDef service = reader.readService();
    if (!reader.problems.isEmpty()) {
      throw new ModelException(reader.problems);
    }
    return service;
  }

  private static ServiceShape chooseService(Model model, String serviceName) throws ModelException {
    Set<ServiceShape> services = model.getServiceShapes();
    String all =
        services.stream().map(s -> s.getId().toString()).sorted().collect(Collectors.joining(", "));
    if (serviceName != null) {
      Optional<ServiceShape> chosen =
          services.stream().filter(s -> s.getId().toString().equals(serviceName)).findFirst();
      if (chosen.isEmpty()) {
        throw new ModelException(
            new ModelProblem(
                SourceRef.NONE,
                ImportMessages.format(
                    ImportMessages.SERVICE_NOT_FOUND, serviceName, all.isEmpty() ? "none" : all)));
      }
      return chosen.get();
    }
    if (services.isEmpty()) {
      throw new ModelException(new ModelProblem(SourceRef.NONE, ImportMessages.NO_SERVICE));
    }
    if (services.size() > 1) {
      throw new ModelException(
          new ModelProblem(
              SourceRef.NONE, ImportMessages.format(ImportMessages.SEVERAL_SERVICES, all)));
    }
    return services.iterator().next();
  }

  private ServiceDef readService() {
    checkTraits(service, service.getId().getName());
    for (String protocol : OTHER_PROTOCOLS) {
      if (service.hasTrait(protocol) && !service.hasTrait("aws.protocols#awsJson1_1")) {
        problems.add(
            new ModelProblem(
                source(service.getSourceLocation()),
                ImportMessages.format(
                    ImportMessages.UNSUPPORTED_PROTOCOL, service.getId().getName(), protocol)));
      }
    }
    Map<String, ShapeDef> shapes = new HashMap<>();
    Map<String, ShapeId> ids = new HashMap<>();
    for (Shape shape : new TreeSet<>(new Walker(model).walkShapes(service))) {
      // Mixins are copied into the shapes that use them; Unit is replaced by empty structures.
      boolean notPartOfTheApi = shape.hasTrait("smithy.api#mixin") || shape.getId().equals(UNIT);
      ShapeDef def =
          switch (shape.getType()) {
            case SERVICE, RESOURCE, OPERATION, MEMBER -> null;
            default -> notPartOfTheApi ? null : readShape(shape);
          };
      if (def == null) {
        continue;
      }
      ShapeId previous = ids.put(def.name(), shape.getId());
      if (previous != null) {
        problems.add(
            new ModelProblem(
                source(shape.getSourceLocation()),
                ImportMessages.format(
                    ImportMessages.SHAPE_NAME_CONFLICT,
                    service.getId(),
                    def.name(),
                    previous,
                    shape.getId())));
      }
      shapes.put(def.name(), def);
    }
    List<OperationDef> operations = new ArrayList<>();
    for (OperationShape operation :
        new TreeSet<>(TopDownIndex.of(model).getContainedOperations(service))) {
      operations.add(readOperation(operation, shapes));
    }
    operations.sort((a, b) -> a.name().compareTo(b.name()));
    var reached = ServiceClosure.of(operations, shapes, problems);
    return new ServiceDef(
        name(service.getId()),
        name(service.getId()),
        source(service.getSourceLocation()),
        documentation(service),
        operations,
        reached);
  }

  private OperationDef readOperation(OperationShape operation, Map<String, ShapeDef> shapes) {
    String name = name(operation.getId());
    checkTraits(operation, name);
    String input = ioShape(operation, operation.getInputShape(), name + "Input", shapes);
    String output = ioShape(operation, operation.getOutputShape(), name + "Output", shapes);
    List<String> errors =
        operation.getErrors(service).stream().map(this::name).collect(Collectors.toList());
    PaginationDef pagination = null;
    Optional<PaginatedTrait> paginated = operation.getTrait(PaginatedTrait.class);
    if (paginated.isPresent()) {
      PaginatedTrait merged =
          service
              .getTrait(PaginatedTrait.class)
              .map(serviceDefaults -> paginated.get().merge(serviceDefaults))
              .orElse(paginated.get());
      pagination = pagination(name, operation, merged);
    }
    return new OperationDef(
        name,
        source(operation.getSourceLocation()),
        documentation(operation),
        input,
        output,
        errors,
        pagination);
  }

  /**
   * The input or output structure; Smithy's {@code Unit} becomes an empty structure named {@code
   * <Operation>Input} or {@code <Operation>Output}, because every spec operation names both.
   */
  private String ioShape(
      OperationShape operation, ShapeId id, String unitName, Map<String, ShapeDef> shapes) {
    if (!id.equals(UNIT)) {
      return name(id);
    }
    if (shapes.containsKey(unitName)) {
      problems.add(
          new ModelProblem(
              source(operation.getSourceLocation()),
              ImportMessages.format(
                  ImportMessages.SHAPE_NAME_CONFLICT,
                  service.getId(),
                  unitName,
                  "the empty structure for " + operation.getId() + "'s Unit",
                  unitName)));
    }
    shapes.put(
        unitName,
        new StructureDef(
            unitName,
            source(operation.getSourceLocation()),
            Documentation.NONE,
            false,
            false,
            List.of(),
            null));
    return unitName;
  }

  private PaginationDef pagination(String name, OperationShape operation, PaginatedTrait trait) {
    List<String> bad = new ArrayList<>();
    for (Optional<String> path :
        List.of(
            trait.getInputToken(), trait.getOutputToken(), trait.getPageSize(), trait.getItems())) {
      path.filter(p -> p.contains(".")).ifPresent(bad::add);
    }
    if (trait.getInputToken().isEmpty() || trait.getOutputToken().isEmpty()) {
      problems.add(
          new ModelProblem(
              source(operation.getSourceLocation()),
              ImportMessages.format(
                  ImportMessages.PAGINATION,
                  name,
                  "@paginated names no inputToken or outputToken")));
      return null;
    }
    if (!bad.isEmpty()) {
      problems.add(
          new ModelProblem(
              source(operation.getSourceLocation()),
              ImportMessages.format(
                  ImportMessages.PAGINATION,
                  name,
                  "paths "
                      + bad
                      + " are not top-level members, which is all the spec's @Paginated can name")));
      return null;
    }
    return new PaginationDef(
        trait.getInputToken().get(),
        trait.getOutputToken().get(),
        trait.getPageSize().orElse(null),
        trait.getItems().orElse(null));
  }

  private ShapeDef readShape(Shape shape) {
    String name = name(shape.getId());
    boolean prelude = shape.getId().getNamespace().equals("smithy.api");
    if (!prelude) {
      checkTraits(shape, name);
    }
    SourceRef source = source(shape.getSourceLocation());
    Documentation documentation = documentation(shape);
    boolean sensitive = shape.hasTrait("smithy.api#sensitive");
    Constraints constraints = constraints(shape);
    String defaultValue = defaultValue(shape);
    if (shape instanceof EnumShape enumShape) {
      List<EnumDef.EnumValueDef> values = new ArrayList<>();
      for (MemberShape member : enumShape.getAllMembers().values()) {
        checkTraits(member, name + "$" + member.getMemberName());
        values.add(
            new EnumDef.EnumValueDef(
                member.getMemberName(),
                enumShape.getEnumValues().get(member.getMemberName()),
                documentation(member)));
      }
      return new EnumDef(name, source, documentation, sensitive, values);
    }
    if (shape instanceof IntEnumShape intEnum) {
      List<IntEnumDef.IntEnumValueDef> values = new ArrayList<>();
      for (MemberShape member : intEnum.getAllMembers().values()) {
        checkTraits(member, name + "$" + member.getMemberName());
        values.add(
            new IntEnumDef.IntEnumValueDef(
                member.getMemberName(),
                intEnum.getEnumValues().get(member.getMemberName()),
                documentation(member)));
      }
      return new IntEnumDef(name, source, documentation, sensitive, values);
    }
    if (shape.hasTrait(EnumTrait.class) && shape.getType() == ShapeType.STRING) {
      // Smithy 1.0's @enum on a string: the same enum, with optional names.
      List<EnumDef.EnumValueDef> values = new ArrayList<>();
      for (EnumDefinition definition : shape.expectTrait(EnumTrait.class).getValues()) {
        values.add(
            new EnumDef.EnumValueDef(
                definition.getName().orElse(null),
                definition.getValue(),
                new Documentation(
                    definition.getDocumentation().orElse(null), definition.isDeprecated(), null)));
      }
      return new EnumDef(name, source, documentation, sensitive, values);
    }
    return switch (shape.getType()) {
      case STRUCTURE, UNION -> structure(shape, name, source, documentation, sensitive);
      case LIST, SET -> {
        ListShape list = (ListShape) shape;
        yield new ListDef(
            name,
            source,
            documentation,
            sensitive,
            member(list.getMember(), name),
            constraints,
            shape.hasTrait("smithy.api#sparse"),
            shape instanceof SetShape || shape.hasTrait("smithy.api#uniqueItems"));
      }
      case MAP -> {
        MapShape map = (MapShape) shape;
        yield new MapDef(
            name,
            source,
            documentation,
            sensitive,
            member(map.getKey(), name),
            member(map.getValue(), name),
            constraints,
            shape.hasTrait("smithy.api#sparse"));
      }
      case STRING -> scalar(shape, ScalarKind.STRING, constraints, defaultValue);
      case BOOLEAN -> scalar(shape, ScalarKind.BOOLEAN, constraints, defaultValue);
      case BYTE -> scalar(shape, ScalarKind.BYTE, constraints, defaultValue);
      case SHORT -> scalar(shape, ScalarKind.SHORT, constraints, defaultValue);
      case INTEGER -> scalar(shape, ScalarKind.INTEGER, constraints, defaultValue);
      case LONG -> scalar(shape, ScalarKind.LONG, constraints, defaultValue);
      case FLOAT -> scalar(shape, ScalarKind.FLOAT, constraints, defaultValue);
      case DOUBLE -> scalar(shape, ScalarKind.DOUBLE, constraints, defaultValue);
      case BIG_INTEGER -> scalar(shape, ScalarKind.BIG_INTEGER, constraints, defaultValue);
      case BIG_DECIMAL -> scalar(shape, ScalarKind.BIG_DECIMAL, constraints, defaultValue);
      case BLOB -> scalar(shape, ScalarKind.BLOB, constraints, defaultValue);
      case TIMESTAMP -> scalar(shape, ScalarKind.TIMESTAMP, constraints, defaultValue);
      case DOCUMENT -> scalar(shape, ScalarKind.DOCUMENT, constraints, defaultValue);
      default -> {
        problems.add(
            new ModelProblem(
                source,
                ImportMessages.format(
                    ImportMessages.UNSUPPORTED_SHAPE, name, "a " + shape.getType() + " shape")));
        yield null;
      }
    };
  }

  private ScalarDef scalar(
      Shape shape, ScalarKind kind, Constraints constraints, String defaultValue) {
    return new ScalarDef(
        name(shape.getId()),
        source(shape.getSourceLocation()),
        documentation(shape),
        shape.hasTrait("smithy.api#sensitive"),
        kind,
        constraints,
        timestampFormat(shape),
        defaultValue);
  }

  private StructureDef structure(
      Shape shape, String name, SourceRef source, Documentation documentation, boolean sensitive) {
    List<MemberDef> members = new ArrayList<>();
    for (MemberShape member : shape.getAllMembers().values()) {
      if (member.getTarget().equals(UNIT)) {
        problems.add(
            new ModelProblem(
                source(member.getSourceLocation()),
                ImportMessages.format(
                    ImportMessages.UNSUPPORTED_SHAPE,
                    name + "$" + member.getMemberName(),
                    "a member that targets smithy.api#Unit")));
        continue;
      }
      members.add(member(member, name));
    }
    ErrorDef error =
        shape
            .getTrait(ErrorTrait.class)
            .map(
                trait ->
                    new ErrorDef(
                        trait.isServerError(),
                        shape
                            .getTrait(HttpErrorTrait.class)
                            .map(HttpErrorTrait::getCode)
                            .orElse(trait.getDefaultHttpStatusCode())))
            .orElse(null);
    return new StructureDef(
        name, source, documentation, sensitive, shape.getType() == ShapeType.UNION, members, error);
  }

  private MemberDef member(MemberShape member, String owner) {
    checkTraits(member, owner + "$" + member.getMemberName());
    return new MemberDef(
        member.getMemberName(),
        name(member.getTarget()),
        source(member.getSourceLocation()),
        documentation(member),
        constraints(member),
        member.hasTrait("smithy.api#required"),
        defaultValue(member),
        false,
        member.hasTrait("smithy.api#idempotencyToken"),
        member.getTrait(JsonNameTrait.class).map(JsonNameTrait::getValue).orElse(null),
        timestampFormat(member));
  }

  private Constraints constraints(Shape shape) {
    Optional<LengthTrait> length = shape.getTrait(LengthTrait.class);
    Optional<RangeTrait> range = shape.getTrait(RangeTrait.class);
    return new Constraints(
        length.flatMap(LengthTrait::getMin).orElse(null),
        length.flatMap(LengthTrait::getMax).orElse(null),
        range.flatMap(RangeTrait::getMin).map(Decimals::text).orElse(null),
        range.flatMap(RangeTrait::getMax).map(Decimals::text).orElse(null),
        shape.getTrait(PatternTrait.class).map(PatternTrait::getValue).orElse(null));
  }

  /** {@code @default} in the spec's text form; {@code @default(null)} means none. */
  private String defaultValue(Shape shape) {
    Optional<Node> value = shape.getTrait(DefaultTrait.class).map(DefaultTrait::toNode);
    if (value.isEmpty() || value.get().isNullNode()) {
      return null;
    }
    Node node = value.get();
    if (node.isStringNode()) {
      return node.expectStringNode().getValue();
    } else if (node.isNumberNode()) {
      return Decimals.text(node.expectNumberNode().getValue());
    } else if (node.isBooleanNode()) {
      return Boolean.toString(node.expectBooleanNode().getValue());
    } else if (node.isArrayNode()) {
      return "[]";
    }
    return "{}";
  }

  private TimestampFormatKind timestampFormat(Shape shape) {
    return shape
        .getTrait(TimestampFormatTrait.class)
        .map(
            trait ->
                switch (trait.getValue()) {
                  case TimestampFormatTrait.DATE_TIME -> TimestampFormatKind.DATE_TIME;
                  case TimestampFormatTrait.HTTP_DATE -> TimestampFormatKind.HTTP_DATE;
                  default -> TimestampFormatKind.EPOCH_SECONDS;
                })
        .orElse(null);
  }

  private static Documentation documentation(Shape shape) {
    Optional<DeprecatedTrait> deprecated = shape.getTrait(DeprecatedTrait.class);
    return new Documentation(
        shape.getTrait(DocumentationTrait.class).map(DocumentationTrait::getValue).orElse(null),
        deprecated.isPresent(),
        deprecated.flatMap(DeprecatedTrait::getMessage).orElse(null));
  }

  /** Every trait is mapped or listed as skipped; any other is an error naming the shape. */
  private void checkTraits(Shape shape, String name) {
    for (ShapeId trait : new TreeSet<>(shape.getAllTraits().keySet())) {
      String id = trait.toString();
      if (!MAPPED.contains(id)
          && !SkippedTraits.SMITHY.contains(id)
          && !trait.getNamespace().equals(SkippedTraits.SMITHY_SYNTHETIC_NAMESPACE)
          && !(OTHER_PROTOCOLS.contains(id) && shape.isServiceShape())) {
        // The trait's own line where the model has one: that is what to change.
        SourceLocation where = shape.getAllTraits().get(trait).getSourceLocation();
        problems.add(
            new ModelProblem(
                source(where == SourceLocation.NONE ? shape.getSourceLocation() : where),
                ImportMessages.format(ImportMessages.UNKNOWN_TRAIT, name, id)));
      }
    }
  }

  /** The name a service gives a shape: its own, or the service's rename of it. */
  private String name(ShapeId id) {
    return id.getName(service);
  }

  private static SourceRef source(SourceLocation location) {
    if (location == null || location == SourceLocation.NONE || location.getFilename().isEmpty()) {
      return SourceRef.NONE;
    }
    return new SourceRef(location.getFilename(), location.getLine());
  }
}
