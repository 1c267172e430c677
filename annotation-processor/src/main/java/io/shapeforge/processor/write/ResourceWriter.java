package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.ResourceSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Resource}: the table of one declared resource, keyed by its parent's key
 * and its identifier, and the {@code ResourceDefinition} that {@code ResourceStore} works from,
 * with its minter and errors. What a person would write by hand for the runtime library, so a
 * hand-written handler can use it as well as the generated one.
 *
 * <pre>{@code
 * Order order = resources.get(OrderResource.DEFINITION, Key.of(orderId));
 * }</pre>
 */
public final class ResourceWriter extends GeneratedFileWriter<ResourceSpec> {

  @Override
  protected TypeSpec.Builder type(ResourceSpec resource) {
    ClassName record = MemberTypes.className(resource.record().ref());
    return classBuilder(ResourceNames.resource(resource))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "The resource {@link $T}, as {@code $L} declares it: its table and its definition for\n"
                + "{@code ResourceStore}.\n",
            record,
            resource.declaration().simpleName())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(table(resource, record))
        .addField(definition(resource, record));
  }

  private static FieldSpec table(ResourceSpec resource, ClassName record) {
    List<CodeBlock> key = new ArrayList<>();
    for (String member : resource.key()) {
      key.add(
          CodeBlock.of(
              "$T.ofString($S, $T::$L).ascending()", Types.COLUMN, member, record, member));
    }
    CodeBlock init =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $L)",
                Types.TABLE_SCHEMA,
                resource.record().ref().simpleName(),
                CodeBlock.join(key, ", "))
            // The codec lets a store that keeps records as bytes (the JDBC engines) rebuild them.
            .add("\n    .codec($T.json($T.class))", Types.RECORD_CODEC, record)
            .add("\n    .build()")
            .build();
    return FieldSpec.builder(
            ParameterizedTypeName.get(Types.TABLE_SCHEMA, record),
            "TABLE",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The table of {@link $T}, keyed by $L.\n", record, String.join(", ", resource.key()))
        .initializer(init)
        .build();
  }

  private static FieldSpec definition(ResourceSpec resource, ClassName record) {
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.builder($S, TABLE)",
                Types.RESOURCE_DEFINITION,
                resource.record().ref().simpleName());
    resource
        .parent()
        .ifPresent(
            parent -> init.add("\n    .parent($T.DEFINITION)", ResourceNames.resource(parent)));
    init.add("\n    .minter($L)", minter(resource.minter()));
    init.add(
        "\n    .notFound(key -> new $T($L))",
        MemberTypes.className(resource.notFound()),
        notFoundMessage(resource));
    resource
        .idempotencyMismatch()
        .ifPresent(
            mismatch ->
                init.add(
                    "\n    .idempotencyMismatch(() -> new $T($S))",
                    MemberTypes.className(mismatch),
                    resource.declaration().idempotencyMismatchMessage()));
    init.add("\n    .build()");
    return FieldSpec.builder(
            ParameterizedTypeName.get(Types.RESOURCE_DEFINITION, record),
            "DEFINITION",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The definition of {@link $T}$L.\n",
            record,
            resource.parent().map(p -> ", a child of " + p.record().ref().simpleName()).orElse(""))
        .initializer(init.build())
        .build();
  }

  private static CodeBlock minter(ResourceSpec.Minter minter) {
    return minter.isUuid()
        ? CodeBlock.of("$T.uuid()", Types.IDENTIFIER_MINTER)
        : CodeBlock.of(
            "$T.hex($S, $L)", Types.IDENTIFIER_MINTER, minter.prefix(), minter.hexDigits());
  }

  /**
   * The message template with each {@code {}} replaced by the missing identifier and each {@code
   * {member}} by that key member's value (a target's window: {@code {windowId}}).
   */
  private static CodeBlock notFoundMessage(ResourceSpec resource) {
    List<CodeBlock> pieces = new ArrayList<>();
    for (ResourceSpec.MessagePart part :
        ResourceSpec.messageParts(resource.declaration().notFoundMessage())) {
      if (part.placeholder() == null) {
        pieces.add(CodeBlock.of("$S", part.text()));
      } else {
        String member = part.placeholder().isEmpty() ? resource.identifier() : part.placeholder();
        pieces.add(CodeBlock.of("key.get($L)", resource.key().indexOf(member)));
      }
    }
    if (pieces.isEmpty()) {
      return CodeBlock.of("$S", "");
    }
    if (ResourceSpec.messageParts(resource.declaration().notFoundMessage()).get(0).placeholder()
        != null) {
      // A leading key value would make the first + an addition of Objects.
      pieces.add(0, CodeBlock.of("$S", ""));
    }
    return CodeBlock.join(pieces, " + ");
  }
}
