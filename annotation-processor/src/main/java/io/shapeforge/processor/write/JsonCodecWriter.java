package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.StructureShape;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Adds the streaming JSON codec to a model class: {@code implements JsonWritable} and a {@code
 * writeJson} method of one runtime call per member, so a response is written on Jackson's {@code
 * JsonGenerator} without databind or reflection.
 *
 * <pre>{@code
 * private static final SerializedString WINDOW_EXECUTION_ID_WIRE_NAME =
 *     new SerializedString("WindowExecutionId");
 * ...
 * @Override
 * public void writeJson(JsonGenerator json) throws IOException {
 *   json.writeStartObject(this);
 *   JsonFields.string(json, WINDOW_EXECUTION_ID_WIRE_NAME, this.windowExecutionId);
 *   JsonFields.epochSeconds(json, START_TIME_WIRE_NAME, this.startTime);
 *   JsonFields.list(json, FILTERS_WIRE_NAME, this.filters, JsonValues::object);
 *   json.writeEndObject();
 * }
 * }</pre>
 *
 * <p>The codec lives in the model class, not a file of its own: a file per shape is what the
 * processor's time goes to (JavaPoet rendering and javac's Filer), and the method is short. All
 * that does not depend on the shape (skipping absent members, timestamps, nulls in sparse
 * collections) is in the runtime's {@code JsonFields} and {@code JsonValues}.
 *
 * <p>Each wire name is a {@code SerializedString} constant, quoted and UTF-8 encoded once per class
 * rather than on every write: with plain {@code String} names the generated writer was no faster
 * than databind, which pre-encodes its property names the same way.
 */
final class JsonCodecWriter {
  private static final String PROTOCOL = "io.shapeforge.runtime.protocol";
  private static final ClassName JSON_WRITABLE = ClassName.get(PROTOCOL, "JsonWritable");
  private static final ClassName JSON_FIELDS = ClassName.get(PROTOCOL, "JsonFields");
  private static final ClassName JSON_VALUES = ClassName.get(PROTOCOL, "JsonValues");
  private static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

  private JsonCodecWriter() {}

  /** Makes {@code type}, the model class of {@code shape}, write itself. */
  static void add(TypeSpec.Builder type, StructureShape shape) {
    type.addSuperinterface(JSON_WRITABLE);
    for (MemberModel member : shape.members()) {
      type.addField(
          FieldSpec.builder(
                  SERIALIZED_STRING,
                  wireNameConstant(member),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("new $T($S)", SERIALIZED_STRING, member.wireName())
              .build());
    }
    type.addMethod(writeJson(shape));
    ReadJsonMethod.add(type, shape);
  }

  /**
   * {@code maxResults} becomes {@code MAX_RESULTS_WIRE_NAME}: named after the Java member, which is
   * already a unique identifier, rather than the wire name, which need not be one.
   */
  private static String wireNameConstant(MemberModel member) {
    return MemberTypes.constantName(member.name()) + "_WIRE_NAME";
  }

  private static MethodSpec writeJson(StructureShape shape) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeJson")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JSON_GENERATOR, "json")
            .addException(IOException.class)
            .addStatement("json.writeStartObject(this)");
    for (MemberModel member : shape.members()) {
      method.addStatement(
          "$T.$L(json, $N, this.$N$L)",
          JSON_FIELDS,
          kind(member.type()),
          wireNameConstant(member),
          member.name(),
          contentWriter(member.type()));
    }
    return method.addStatement("json.writeEndObject()").build();
  }

  /** The name of the {@code JsonFields} and {@code JsonValues} method for a type. */
  private static String kind(MemberType type) {
    return type.accept(KIND);
  }

  /** {@code , JsonValues::string} after a list or map member; nothing after any other. */
  private static CodeBlock contentWriter(MemberType type) {
    return type.accept(
        new Contents<>() {
          @Override
          public CodeBlock list(MemberType.ListOf list) {
            return CodeBlock.of(", $L", valueWriter(list.element()));
          }

          @Override
          public CodeBlock map(MemberType.MapOf map) {
            return CodeBlock.of(", $L", valueWriter(map.value()));
          }

          @Override
          CodeBlock other() {
            return CodeBlock.of("");
          }
        });
  }

  /**
   * What writes one element or value: {@code JsonValues::string}, or for a list or map a lambda
   * that writes it with its own element writer.
   */
  private static CodeBlock valueWriter(MemberType type) {
    if (type.isCollection()) {
      // A lambda may not reuse the name of the lambda around it: number them by depth.
      String generator = "g" + depth(type);
      String value = "v" + depth(type);
      return CodeBlock.of(
          "($L, $L) -> $T.$L($L, $L$L)",
          generator,
          value,
          JSON_VALUES,
          kind(type),
          generator,
          value,
          contentWriter(type));
    }
    return CodeBlock.of("$T::$L", JSON_VALUES, kind(type));
  }

  /** How many lists and maps nest inside {@code type}, so nested lambdas get distinct names. */
  private static int depth(MemberType type) {
    return type.accept(
        new Contents<>() {
          @Override
          public Integer list(MemberType.ListOf list) {
            return 1 + depth(list.element());
          }

          @Override
          public Integer map(MemberType.MapOf map) {
            return 1 + depth(map.value());
          }

          @Override
          Integer other() {
            return 0;
          }
        });
  }

  private static final MemberType.Visitor<String> KIND =
      new MemberType.Visitor<>() {
        @Override
        public String scalar(MemberType.Scalar scalar) {
          return ScalarMethods.writer(scalar);
        }

        @Override
        public String structure(MemberType.StructureRef structure) {
          return "object";
        }

        @Override
        public String union(MemberType.UnionRef union) {
          return "object";
        }

        /** Stored as its raw wire string. */
        @Override
        public String enumShape(MemberType.EnumRef enumRef) {
          return "string";
        }

        /** Stored as its raw wire integer. */
        @Override
        public String intEnum(MemberType.IntEnumRef intEnum) {
          return "integer";
        }

        @Override
        public String list(MemberType.ListOf list) {
          return "list";
        }

        @Override
        public String map(MemberType.MapOf map) {
          return "map";
        }

        @Override
        public String unsupported(MemberType.Unsupported unsupported) {
          throw new IllegalArgumentException("unsupported type reached the writer: " + unsupported);
        }

        @Override
        public String unresolved(MemberType.Unresolved unresolved) {
          throw new IllegalArgumentException("unresolved type reached the writer: " + unresolved);
        }
      };

  /** A visitor that only tells lists and maps from everything else. */
  private abstract static class Contents<R> implements MemberType.Visitor<R> {
    abstract R other();

    @Override
    public R scalar(MemberType.Scalar scalar) {
      return other();
    }

    @Override
    public R structure(MemberType.StructureRef structure) {
      return other();
    }

    @Override
    public R union(MemberType.UnionRef union) {
      return other();
    }

    @Override
    public R enumShape(MemberType.EnumRef enumRef) {
      return other();
    }

    @Override
    public R intEnum(MemberType.IntEnumRef intEnum) {
      return other();
    }

    @Override
    public R unsupported(MemberType.Unsupported unsupported) {
      return other();
    }

    @Override
    public R unresolved(MemberType.Unresolved unresolved) {
      return other();
    }
  }
}
