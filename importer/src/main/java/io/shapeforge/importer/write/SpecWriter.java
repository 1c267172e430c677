package io.shapeforge.importer.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.importer.ImportMessages;
import io.shapeforge.importer.ModelException;
import io.shapeforge.importer.ModelProblem;
import io.shapeforge.importer.model.Constraints;
import io.shapeforge.importer.model.Documentation;
import io.shapeforge.importer.model.EnumDef;
import io.shapeforge.importer.model.IntEnumDef;
import io.shapeforge.importer.model.ListDef;
import io.shapeforge.importer.model.MapDef;
import io.shapeforge.importer.model.MemberDef;
import io.shapeforge.importer.model.OperationDef;
import io.shapeforge.importer.model.PaginationDef;
import io.shapeforge.importer.model.ScalarDef;
import io.shapeforge.importer.model.ServiceDef;
import io.shapeforge.importer.model.ShapeDef;
import io.shapeforge.importer.model.SourceRef;
import io.shapeforge.importer.model.StructureDef;
import io.shapeforge.importer.model.TimestampFormatKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes a service as a spec package: {@code package-info.java} with {@code @Service}, one
 * interface per structure, union and operation, one enum per enum shape. Scalars, lists and maps
 * have no named form in the spec language, so they are written inline on every member that uses
 * them, their constraints with them (as type-use annotations inside collections).
 *
 * <p>Output is deterministic: files in shape-name order, members in model order, no timestamps.
 */
public final class SpecWriter {
  private static final String SPEC = "io.shapeforge.spec";
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName MAP = ClassName.get("java.util", "Map");
  private static final AnnotationSpec SUPPRESS_DEPRECATION =
      AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "deprecation")
          .build();

  /** One written source: its path below the output root and its text. */
  public record SpecSource(String path, String content) {}

  private final ServiceDef service;
  private final String packageName;
  private final Map<String, String> typeNames = new HashMap<>();
  private final List<ModelProblem> problems = new ArrayList<>();

  private SpecWriter(ServiceDef service, String packageName) {
    this.service = service;
    this.packageName = packageName;
  }

  /** The spec sources of a service, sorted by path. */
  public static List<SpecSource> write(ServiceDef service, String packageName)
      throws ModelException {
    SpecWriter writer = new SpecWriter(service, packageName);
    writer.allocateTypeNames();
    List<SpecSource> sources = new ArrayList<>();
    if (writer.problems.isEmpty()) {
      sources.add(writer.packageInfo());
      for (ShapeDef shape : service.shapes().values()) {
        TypeSpec type = writer.typeOf(shape);
        if (type != null) {
          sources.add(writer.source(type, shape.source()));
        }
      }
      for (OperationDef operation : service.operations()) {
        sources.add(writer.source(writer.operation(operation), operation.source()));
      }
    }
    if (!writer.problems.isEmpty()) {
      throw new ModelException(writer.problems);
    }
    sources.sort((a, b) -> a.path().compareTo(b.path()));
    return sources;
  }

  private void allocateTypeNames() {
    Set<String> taken = new HashSet<>();
    for (OperationDef operation : service.operations()) {
      if (JavaNames.isReservedOperationName(operation.name())) {
        problems.add(
            new ModelProblem(
                operation.source(),
                ImportMessages.format(
                    ImportMessages.OPERATION_NAME_RESERVED,
                    operation.name(),
                    operation.name(),
                    JavaNames.JAVA_LANG_TYPES.contains(operation.name())
                        ? "java.lang"
                        : "io.shapeforge.spec")));
      }
      typeNames.put(operation.name(), operation.name());
      taken.add(operation.name());
      List<String> structures = new ArrayList<>(operation.errors());
      structures.add(operation.input());
      structures.add(operation.output());
      for (String name : structures) {
        if (name != null && !(service.shapes().get(name) instanceof StructureDef)) {
          problems.add(
              new ModelProblem(
                  operation.source(),
                  ImportMessages.format(
                      ImportMessages.BAD_VALUE,
                      operation.name(),
                      "input, output and errors must be structures, and " + name + " is not")));
        }
      }
    }
    for (ShapeDef shape : service.shapes().values()) {
      if (shape instanceof StructureDef
          || shape instanceof EnumDef
          || shape instanceof IntEnumDef) {
        String name = JavaNames.typeName(shape.name(), taken);
        taken.add(name);
        typeNames.put(shape.name(), name);
      }
    }
  }

  private SpecSource source(TypeSpec type, SourceRef origin) {
    String from =
        origin.file().isEmpty() ? service.name() : Path.of(origin.file()).getFileName().toString();
    JavaFile file =
        JavaFile.builder(packageName, type)
            .addFileComment(
                "Imported by shapeforge-import from $L. Change the model and import again; edits here are overwritten.",
                from)
            .skipJavaLangImports(true)
            .indent("  ")
            .build();
    return new SpecSource(path(type.name()), SourceLayout.compactAnnotations(file.toString()));
  }

  private String path(String simpleName) {
    return packageName.replace('.', '/') + "/" + simpleName + ".java";
  }

  /** JavaPoet writes no package annotations, so this one file is written as text. */
  private SpecSource packageInfo() {
    StringBuilder text = new StringBuilder();
    String from =
        service.source().file().isEmpty()
            ? service.name()
            : Path.of(service.source().file()).getFileName().toString();
    text.append("// Imported by shapeforge-import from ")
        .append(from)
        .append(". Change the model and import again; edits here are overwritten.\n");
    String doc = JavadocText.javadoc(service.documentation().text());
    if (!doc.isEmpty()) {
      text.append("/**\n");
      for (String line : doc.split("\n")) {
        text.append(line.isEmpty() ? " *\n" : " * " + line + "\n");
      }
      text.append(" */\n");
    }
    text.append("@Service(name = \"")
        .append(service.name())
        .append("\", targetPrefix = \"")
        .append(service.targetPrefix())
        .append("\", protocol = Protocol.AWS_JSON_1_1)\n")
        .append("package ")
        .append(packageName)
        .append(";\n\n")
        .append("import io.shapeforge.spec.Protocol;\n")
        .append("import io.shapeforge.spec.Service;\n");
    return new SpecSource(path("package-info"), text.toString());
  }

  private TypeSpec typeOf(ShapeDef shape) {
    if (shape instanceof StructureDef structure) {
      return structure(structure);
    } else if (shape instanceof EnumDef enumShape) {
      return enumShape(enumShape);
    } else if (shape instanceof IntEnumDef intEnum) {
      return intEnum(intEnum);
    }
    return null;
  }

  private TypeSpec structure(StructureDef structure) {
    String javaName = typeNames.get(structure.name());
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(javaName)
            .addAnnotation(spec(structure.union() ? "Union" : "Structure"));
    if (structure.error() != null) {
      AnnotationSpec.Builder error =
          AnnotationSpec.builder(spec("ErrorShape"))
              .addMember(
                  "fault",
                  "$T.$L",
                  spec("Fault"),
                  structure.error().serverFault() ? "SERVER" : "CLIENT")
              .addMember("httpStatus", "$L", structure.error().httpStatus());
      if (!javaName.equals(structure.name())) {
        error.addMember("code", "$S", structure.name()); // the wire code is the model's name
      }
      type.addAnnotation(error.build());
    }
    if (structure.sensitive()) {
      type.addAnnotation(spec("Sensitive"));
    }
    documentation(structure.documentation(), type::addJavadoc, type::addAnnotation);

    List<String> wireNames = new ArrayList<>();
    List<Boolean> enumMembers = new ArrayList<>();
    for (MemberDef member : structure.members()) {
      wireNames.add(member.name());
      enumMembers.add(holdsEnum(member.target()));
    }
    List<String> javaNames = JavaNames.memberNames(wireNames, enumMembers, structure.union());
    for (int i = 0; i < structure.members().size(); i++) {
      type.addMethod(member(structure.members().get(i), javaNames.get(i)));
    }
    if (!structure.documentation().deprecated()
        && structure.members().stream().anyMatch(member -> usesDeprecated(member.target()))) {
      type.addAnnotation(SUPPRESS_DEPRECATION);
    }
    return type.build();
  }

  private MethodSpec member(MemberDef member, String javaName) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(javaName).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
    ShapeDef target = service.shape(member.target());
    Documentation documentation = member.documentation();
    if (documentation.text() == null && !isNamedType(target)) {
      // Scalars, lists and maps are written inline, so their documentation goes with the member.
      documentation =
          new Documentation(
              target.documentation().text(),
              documentation.deprecated(),
              documentation.deprecatedMessage());
    }
    documentation(documentation, method::addJavadoc, method::addAnnotation);
    if (JavaNames.needsWireName(javaName, member.name())) {
      method.addAnnotation(
          AnnotationSpec.builder(spec("WireName")).addMember("value", "$S", member.name()).build());
    }
    if (member.jsonName() != null) {
      method.addAnnotation(
          AnnotationSpec.builder(spec("JsonName"))
              .addMember("value", "$S", member.jsonName())
              .build());
    }
    if (member.required()) {
      method.addAnnotation(spec("Required"));
    }
    if (member.defaultValue() != null) {
      method.addAnnotation(
          AnnotationSpec.builder(spec("DefaultValue"))
              .addMember("value", "$S", member.defaultValue())
              .build());
    }
    if (member.idempotencyToken()) {
      method.addAnnotation(spec("IdempotencyToken"));
    }
    if (member.sensitive() || containsSensitive(target)) {
      method.addAnnotation(spec("Sensitive"));
    }
    method.addAnnotations(useAnnotations(member, target));
    method.returns(typeOf(target, false));
    return method.build();
  }

  /** Constraint, collection and format annotations of one use of a shape. */
  private List<AnnotationSpec> useAnnotations(MemberDef member, ShapeDef target) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    Constraints constraints = Constraints.NONE;
    TimestampFormatKind format = member.timestampFormat();
    if (target instanceof ScalarDef scalar) {
      constraints = scalar.constraints();
      if (format == null) {
        format = scalar.timestampFormat();
      }
    } else if (target instanceof ListDef list) {
      constraints = list.constraints();
    } else if (target instanceof MapDef map) {
      constraints = map.constraints();
    }
    constraints = constraints.overriddenBy(member.constraints());
    if (constraints.hasLength()) {
      AnnotationSpec.Builder length = AnnotationSpec.builder(spec("Length"));
      if (constraints.minLength() != null && constraints.minLength() != 0) {
        length.addMember("min", "$L", constraints.minLength());
      }
      if (constraints.maxLength() != null) {
        length.addMember("max", "$L", constraints.maxLength());
      }
      annotations.add(length.build());
    }
    if (constraints.hasRange()) {
      AnnotationSpec.Builder range = AnnotationSpec.builder(spec("Range"));
      if (constraints.rangeMin() != null) {
        range.addMember("min", "$S", constraints.rangeMin());
      }
      if (constraints.rangeMax() != null) {
        range.addMember("max", "$S", constraints.rangeMax());
      }
      annotations.add(range.build());
    }
    if (constraints.pattern() != null) {
      annotations.add(
          AnnotationSpec.builder(spec("Pattern"))
              .addMember("value", "$S", constraints.pattern())
              .build());
    }
    if (target instanceof ListDef list && list.sparse()
        || target instanceof MapDef map && map.sparse()) {
      annotations.add(AnnotationSpec.builder(spec("Sparse")).build());
    }
    if (target instanceof ListDef list && list.uniqueItems()) {
      annotations.add(AnnotationSpec.builder(spec("UniqueItems")).build());
    }
    if (format != null) {
      annotations.add(
          AnnotationSpec.builder(spec("TimestampFormat"))
              .addMember(
                  "value", "$T.$L", spec("TimestampFormat").nestedClass("Format"), format.name())
              .build());
    }
    return annotations;
  }

  /**
   * The Java type of a shape; inside a collection ({@code element}) it carries its constraints as
   * type-use annotations.
   */
  private TypeName typeOf(ShapeDef shape, boolean element) {
    TypeName type;
    if (shape instanceof ScalarDef scalar) {
      type =
          switch (scalar.kind()) {
            case STRING -> ClassName.get(String.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case BYTE -> ClassName.get(Byte.class);
            case SHORT -> ClassName.get(Short.class);
            case INTEGER -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BIG_INTEGER -> ClassName.get(java.math.BigInteger.class);
            case BIG_DECIMAL -> ClassName.get(java.math.BigDecimal.class);
            case BLOB -> ArrayTypeName.of(TypeName.BYTE);
            case TIMESTAMP -> ClassName.get(java.time.Instant.class);
            case DOCUMENT -> spec("Document");
          };
    } else if (shape instanceof ListDef list) {
      type = ParameterizedTypeName.get(LIST, elementType(list.member()));
    } else if (shape instanceof MapDef map) {
      type = ParameterizedTypeName.get(MAP, elementType(map.key()), elementType(map.value()));
    } else {
      type = ClassName.get(packageName, typeNames.get(shape.name()));
    }
    return type;
  }

  private TypeName elementType(MemberDef member) {
    ShapeDef target = service.shape(member.target());
    TypeName type = typeOf(target, true);
    List<AnnotationSpec> annotations = useAnnotations(member, target);
    return annotations.isEmpty() ? type : type.annotated(annotations);
  }

  private TypeSpec enumShape(EnumDef shape) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(typeNames.get(shape.name())).addAnnotation(spec("EnumShape"));
    documentation(shape.documentation(), type::addJavadoc, type::addAnnotation);
    List<String> modelNames = new ArrayList<>();
    for (EnumDef.EnumValueDef value : shape.values()) {
      modelNames.add(value.name() != null ? value.name() : value.value());
    }
    List<String> constants = JavaNames.enumConstantNames(modelNames);
    for (int i = 0; i < constants.size(); i++) {
      EnumDef.EnumValueDef value = shape.values().get(i);
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("");
      documentation(value.documentation(), constant::addJavadoc, constant::addAnnotation);
      if (!constants.get(i).equals(value.value())) {
        constant.addAnnotation(
            AnnotationSpec.builder(spec("EnumValue"))
                .addMember("value", "$S", value.value())
                .build());
      }
      type.addEnumConstant(constants.get(i), constant.build());
    }
    return type.build();
  }

  private TypeSpec intEnum(IntEnumDef shape) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(typeNames.get(shape.name())).addAnnotation(spec("IntEnumShape"));
    documentation(shape.documentation(), type::addJavadoc, type::addAnnotation);
    List<String> modelNames = new ArrayList<>();
    shape.values().forEach(value -> modelNames.add(value.name()));
    List<String> constants = JavaNames.enumConstantNames(modelNames);
    for (int i = 0; i < constants.size(); i++) {
      IntEnumDef.IntEnumValueDef value = shape.values().get(i);
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("");
      documentation(value.documentation(), constant::addJavadoc, constant::addAnnotation);
      constant.addAnnotation(
          AnnotationSpec.builder(spec("IntEnumValue"))
              .addMember("value", "$L", value.value())
              .build());
      type.addEnumConstant(constants.get(i), constant.build());
    }
    return type.build();
  }

  private TypeSpec operation(OperationDef operation) {
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(spec("Operation"))
            .addMember(
                "input", "$T.class", ClassName.get(packageName, typeNames.get(operation.input())))
            .addMember(
                "output",
                "$T.class",
                ClassName.get(packageName, typeNames.get(operation.output())));
    if (!operation.errors().isEmpty()) {
      CodeBlock.Builder errors = CodeBlock.builder().add("{");
      for (int i = 0; i < operation.errors().size(); i++) {
        errors.add(
            i == 0 ? "$T.class" : ", $T.class",
            ClassName.get(packageName, typeNames.get(operation.errors().get(i))));
      }
      annotation.addMember("errors", errors.add("}").build());
    }
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(operation.name()).addAnnotation(annotation.build());
    List<String> uses = new ArrayList<>(operation.errors());
    uses.add(operation.input());
    uses.add(operation.output());
    if (!operation.documentation().deprecated() && uses.stream().anyMatch(this::usesDeprecated)) {
      type.addAnnotation(SUPPRESS_DEPRECATION);
    }
    if (operation.pagination() != null) {
      type.addAnnotation(paginated(operation, operation.pagination()));
    }
    documentation(operation.documentation(), type::addJavadoc, type::addAnnotation);
    return type.build();
  }

  /** {@code @Paginated}, its members named by their Java names in the input and output. */
  private AnnotationSpec paginated(OperationDef operation, PaginationDef pagination) {
    AnnotationSpec.Builder paginated =
        AnnotationSpec.builder(spec("Paginated"))
            .addMember(
                "inputToken",
                "$S",
                javaMember(operation, operation.input(), pagination.inputToken()))
            .addMember(
                "outputToken",
                "$S",
                javaMember(operation, operation.output(), pagination.outputToken()));
    if (pagination.pageSize() != null) {
      paginated.addMember(
          "pageSize", "$S", javaMember(operation, operation.input(), pagination.pageSize()));
    }
    if (pagination.items() != null) {
      paginated.addMember(
          "items", "$S", javaMember(operation, operation.output(), pagination.items()));
    }
    return paginated.build();
  }

  private String javaMember(OperationDef operation, String structureName, String wireName) {
    StructureDef structure = (StructureDef) service.shape(structureName);
    List<String> wireNames = new ArrayList<>();
    List<Boolean> enumMembers = new ArrayList<>();
    for (MemberDef member : structure.members()) {
      wireNames.add(member.name());
      enumMembers.add(holdsEnum(member.target()));
    }
    int index = wireNames.indexOf(wireName);
    if (index < 0) {
      problems.add(
          new ModelProblem(
              operation.source(),
              ImportMessages.format(
                  ImportMessages.PAGINATION,
                  operation.name(),
                  structureName + " has no member " + wireName)));
      return wireName;
    }
    return JavaNames.memberNames(wireNames, enumMembers, structure.union()).get(index);
  }

  private void documentation(
      Documentation documentation,
      BiConsumer<String, Object[]> javadoc,
      Consumer<ClassName> annotate) {
    String text = JavadocText.javadoc(documentation.text());
    if (documentation.deprecated()) {
      String message =
          documentation.deprecatedMessage() == null
              ? ""
              : JavadocText.javadoc(documentation.deprecatedMessage()).strip();
      text +=
          (text.isEmpty() ? "" : "\n")
              + "@deprecated "
              + (message.isEmpty() ? "Deprecated in the model." : message)
              + "\n";
      annotate.accept(ClassName.get(Deprecated.class));
    }
    if (!text.isEmpty()) {
      javadoc.accept("$L", new Object[] {text});
    }
  }

  private boolean isNamedType(ShapeDef shape) {
    return shape instanceof StructureDef || shape instanceof EnumDef || shape instanceof IntEnumDef;
  }

  /**
   * Whether naming this shape names a deprecated type, directly or in a collection: javac warns
   * about such a use unless the user is deprecated too, so the user suppresses it.
   */
  private boolean usesDeprecated(String shapeName) {
    ShapeDef shape = service.shape(shapeName);
    if (shape instanceof ListDef list) {
      return usesDeprecated(list.member().target());
    } else if (shape instanceof MapDef map) {
      return usesDeprecated(map.key().target()) || usesDeprecated(map.value().target());
    }
    return isNamedType(shape) && shape.documentation().deprecated();
  }

  /** Whether a member of this shape holds enum values, directly or in a collection. */
  private boolean holdsEnum(String shapeName) {
    ShapeDef shape = service.shape(shapeName);
    if (shape instanceof EnumDef || shape instanceof IntEnumDef) {
      return true;
    } else if (shape instanceof ListDef list) {
      return holdsEnum(list.member().target());
    } else if (shape instanceof MapDef map) {
      return holdsEnum(map.key().target()) || holdsEnum(map.value().target());
    }
    return false;
  }

  /**
   * Whether a value of this shape shows a sensitive value in a validation message: a sensitive
   * scalar, enum or collection, or a collection of them. A sensitive structure marks itself.
   */
  private boolean containsSensitive(ShapeDef shape) {
    if (shape instanceof StructureDef) {
      return false;
    } else if (shape instanceof ListDef list) {
      return list.sensitive() || containsSensitive(service.shape(list.member().target()));
    } else if (shape instanceof MapDef map) {
      return map.sensitive()
          || containsSensitive(service.shape(map.key().target()))
          || containsSensitive(service.shape(map.value().target()));
    }
    return shape.sensitive();
  }

  private static ClassName spec(String simpleName) {
    return ClassName.get(SPEC, simpleName);
  }
}
