package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.StructureShape;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Adds the streaming JSON reader to a model class: a static {@code readJson} that switches on each
 * member name to one runtime call, and the {@code JSON_READER} constant by which {@code JsonCodec}
 * finds it, so a request is read on Jackson's {@code JsonParser} without databind or reflection.
 *
 * <pre>{@code
 * public static final JsonValueReader<Filter> JSON_READER = Filter::readJson;
 * ...
 * public static Filter readJson(JsonParser json) throws IOException {
 *   if (!JsonReads.startObject(json, Filter.class)) {
 *     return null;
 *   }
 *   Builder builder = new Builder();
 *   for (String member = JsonReads.nextMember(json); member != null;
 *       member = JsonReads.nextMember(json)) {
 *     switch (member) {
 *       case "Key" -> builder.key = JsonReads.string(json);
 *       case "Values" -> builder.values = JsonReads.list(json, JsonReads::string);
 *       default -> JsonReads.unknownMember(json);
 *     }
 *   }
 *   return builder.build();
 * }
 * }</pre>
 *
 * <p>The reader sets the builder's fields rather than calling its setters: the runtime's lists and
 * maps are unmodifiable already, so the setters' defensive copies would be work for nothing, and an
 * enum member's setters are overloaded. The builder still applies defaults and tokens in {@code
 * build()}, as it does for databind.
 */
final class ReadJsonMethod {
  private static final String PROTOCOL = "io.shapeforge.runtime.protocol";
  private static final ClassName JSON_READS = ClassName.get(PROTOCOL, "JsonReads");
  private static final ClassName JSON_VALUE_READER = ClassName.get(PROTOCOL, "JsonValueReader");
  private static final ClassName JSON_PARSER =
      ClassName.get("com.fasterxml.jackson.core", "JsonParser");

  /** The constant's name; the runtime's {@code GeneratedReaders} looks for exactly this. */
  static final String CONSTANT = "JSON_READER";

  private ReadJsonMethod() {}

  /** Makes {@code type}, the model class of {@code shape}, readable from JSON. */
  static void add(TypeSpec.Builder type, StructureShape shape) {
    ClassName model = MemberTypes.className(shape.ref());
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(JSON_VALUE_READER, model),
                CONSTANT,
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("How {@code JsonCodec} reads a request into this class.\n")
            .initializer("$T::readJson", model)
            .build());
    type.addMethod(readJson(model, shape));
  }

  private static MethodSpec readJson(ClassName model, StructureShape shape) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("readJson")
            .addJavadoc(
                "Reads the JSON value the parser is on: {@code null} for {@code null}, members it"
                    + " does not know skipped.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(model)
            .addParameter(JSON_PARSER, "json")
            .addException(IOException.class)
            .beginControlFlow("if (!$T.startObject(json, $T.class))", JSON_READS, model)
            .addStatement("return null")
            .endControlFlow()
            .addStatement("Builder builder = new Builder()")
            .beginControlFlow(
                "for (String member = $T.nextMember(json); member != null;"
                    + " member = $T.nextMember(json))",
                JSON_READS,
                JSON_READS)
            .beginControlFlow("switch (member)");
    for (MemberModel member : shape.members()) {
      method.addStatement(
          "case $S -> builder.$N = $L",
          member.wireName(),
          member.name(),
          read(member.type(), "json"));
    }
    return method
        .addStatement("default -> $T.unknownMember(json)", JSON_READS)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return builder.build()")
        .build();
  }

  /** The expression that reads a value of {@code type} from {@code parser}. */
  private static CodeBlock read(MemberType type, String parser) {
    if (type instanceof MemberType.ListOf list) {
      return CodeBlock.of("$T.list($L, $L)", JSON_READS, parser, reader(list.element()));
    }
    if (type instanceof MemberType.MapOf map) {
      return CodeBlock.of("$T.map($L, $L)", JSON_READS, parser, reader(map.value()));
    }
    ClassName structure = structureClass(type);
    if (structure != null) {
      return CodeBlock.of("$T.readJson($L)", structure, parser);
    }
    return CodeBlock.of("$T.$L($L)", JSON_READS, type.accept(SCALAR), parser);
  }

  /**
   * What reads one element or value: {@code JsonReads::string}, {@code Filter::readJson}, or for a
   * list or map a lambda that reads it with its own element reader.
   */
  private static CodeBlock reader(MemberType type) {
    if (type.isCollection()) {
      // A lambda may not reuse the name of the lambda around it: j1 is the innermost.
      String parser = "j" + depth(type);
      return CodeBlock.of("$L -> $L", parser, read(type, parser));
    }
    ClassName structure = structureClass(type);
    if (structure != null) {
      return CodeBlock.of("$T::readJson", structure);
    }
    return CodeBlock.of("$T::$L", JSON_READS, type.accept(SCALAR));
  }

  /** The model class of a structure or union, which reads itself; {@code null} for the rest. */
  private static ClassName structureClass(MemberType type) {
    if (type instanceof MemberType.StructureRef structure) {
      return MemberTypes.className(structure.shape());
    }
    if (type instanceof MemberType.UnionRef union) {
      return MemberTypes.className(union.shape());
    }
    return null;
  }

  /** How many lists and maps nest inside {@code type}, so nested lambdas get distinct names. */
  private static int depth(MemberType type) {
    if (type instanceof MemberType.ListOf list) {
      return 1 + depth(list.element());
    }
    if (type instanceof MemberType.MapOf map) {
      return 1 + depth(map.value());
    }
    return 0;
  }

  /** The {@code JsonReads} method of each kind that is neither a collection nor a structure. */
  private static final MemberType.Visitor<String> SCALAR =
      new MemberType.Visitor<>() {
        @Override
        public String scalar(MemberType.Scalar scalar) {
          return ScalarMethods.reader(scalar);
        }

        @Override
        public String structure(MemberType.StructureRef structure) {
          throw new IllegalArgumentException("a structure is read by its own readJson");
        }

        @Override
        public String union(MemberType.UnionRef union) {
          throw new IllegalArgumentException("a union is read by its own readJson");
        }

        /** Stored as its raw wire string, so an unknown value survives. */
        @Override
        public String enumShape(MemberType.EnumRef enumRef) {
          return "string";
        }

        /** Stored as its raw wire integer, so an unknown value survives. */
        @Override
        public String intEnum(MemberType.IntEnumRef intEnum) {
          return "integer";
        }

        @Override
        public String list(MemberType.ListOf list) {
          throw new IllegalArgumentException("a list is read by JsonReads.list");
        }

        @Override
        public String map(MemberType.MapOf map) {
          throw new IllegalArgumentException("a map is read by JsonReads.map");
        }

        @Override
        public String unsupported(MemberType.Unsupported unsupported) {
          throw new IllegalArgumentException("unsupported type reached the reader: " + unsupported);
        }

        @Override
        public String unresolved(MemberType.Unresolved unresolved) {
          throw new IllegalArgumentException("unresolved type reached the reader: " + unresolved);
        }
      };
}
