package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.ServiceSpec.StoredShape;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed store columns of a stored structure, one per scalar or enum member, so keys,
 * indexes and filters read records through method references, never reflection:
 *
 * <pre>{@code
 * public static final Column<MaintenanceWindowExecutionTaskIdentity, Instant> START_TIME =
 *     Column.ofInstant("startTime", MaintenanceWindowExecutionTaskIdentity::startTime);
 * }</pre>
 *
 * An enum member is a string column over its raw wire value ({@code statusAsString}).
 */
public final class ColumnsWriter extends GeneratedFileWriter<StoredShape> {

  @Override
  protected TypeSpec.Builder type(StoredShape stored) {
    ClassName record = MemberTypes.className(stored.shape().ref());
    TypeSpec.Builder type =
        classBuilder(QueryNames.columns(stored.shape().ref()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The store columns of {@link $T}, one per scalar or enum member, for its table's keys,\nindexes and query filters.\n",
                record)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (MemberModel member : stored.shape().members()) {
      factory(member)
          .ifPresent(
              factory -> {
                FieldSpec.Builder field =
                    FieldSpec.builder(
                            ParameterizedTypeName.get(
                                Types.COLUMN, record, valueType(member.type())),
                            constantName(member),
                            Modifier.PUBLIC,
                            Modifier.STATIC,
                            Modifier.FINAL)
                        .initializer(
                            CodeBlock.of(
                                "$T.$L($S, $T::$L)",
                                Types.COLUMN,
                                factory,
                                member.name(),
                                record,
                                QueryNames.columnGetter(member)));
                field.addJavadoc(
                    "Column {@code $L}$L.\n",
                    member.name(),
                    member.type().category() == MemberType.Category.ENUM
                        ? ", the raw wire value"
                        : "");
                type.addField(field.build());
              });
    }
    return type;
  }

  /** The constant of a member's column, such as {@code START_TIME}. */
  static String constantName(MemberModel member) {
    return MemberTypes.constantName(member.name());
  }

  private static Optional<String> factory(MemberModel member) {
    if (member.type().category() == MemberType.Category.ENUM) {
      return Optional.of("ofString");
    }
    // The check stage lets only these kinds be columns.
    return member
        .type()
        .scalarKind()
        .map(
            kind ->
                switch (kind) {
                  case STRING -> "ofString";
                  case BOOLEAN -> "ofBoolean";
                  case INTEGER -> "ofInteger";
                  case LONG -> "ofLong";
                  case TIMESTAMP -> "ofInstant";
                  default -> null;
                });
  }

  /** The column's value type: the stored type, a string for an enum. */
  static TypeName valueType(MemberType type) {
    return MemberTypes.stored(type);
  }
}
