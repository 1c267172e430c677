package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.shapeforge.processor.model.MemberModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * equals, hashCode and toString of a model class, over the stored fields. toString follows the AWS
 * SDK for Java v2: {@code MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS])}, wire names,
 * absent members left out, enums shown by their raw wire value, a sensitive member's value replaced
 * by {@code ModelToString.REDACTED} ({@code io.shapeforge.runtime.value}).
 */
final class ObjectMethods {

  private ObjectMethods() {}

  static MethodSpec equalsMethod(ClassName type, List<MemberModel> members) {
    NameAllocator names = new NameAllocator();
    String other = names.newName("other");
    String that = names.newName("that");
    CodeBlock.Builder comparison = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      comparison.add(i == 0 ? "" : "\n    && ");
      comparison.add(
          "$T.equals(this.$N, $N.$N)",
          Types.OBJECTS,
          members.get(i).name(),
          that,
          members.get(i).name());
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, other)
            .beginControlFlow("if (this == $N)", other)
            .addStatement("return true")
            .endControlFlow();
    if (members.isEmpty()) {
      return method.addStatement("return $N instanceof $T", other, type).build();
    }
    return method
        .beginControlFlow("if (!($N instanceof $T $N))", other, type, that)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("return $L", comparison.build())
        .build();
  }

  static MethodSpec hashCodeMethod(List<MemberModel> members) {
    CodeBlock fields =
        members.stream()
            .map(m -> CodeBlock.of("this.$N", m.name()))
            .collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Types.OBJECTS, fields)
        .build();
  }

  /**
   * One call to {@code ModelToString.of} with every member's wire name and field, a member per
   * line; a sensitive member's field goes through {@code ModelToString.redacted}. The loop that
   * leaves absent members out lives in the runtime rather than in every model.
   *
   * @param sensitiveShape whether the whole shape is {@code @Sensitive}: then no member shows
   */
  static MethodSpec toStringMethod(
      String shapeName, List<MemberModel> members, boolean sensitiveShape) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("$S", shapeName);
    for (MemberModel member : members) {
      if (sensitiveShape || member.sensitive()) {
        arguments.add(
            ",\n$S, $T.redacted(this.$N)", member.wireName(), Types.MODEL_TO_STRING, member.name());
      } else {
        arguments.add(",\n$S, this.$N", member.wireName(), member.name());
      }
    }
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $T.of($L)", Types.MODEL_TO_STRING, arguments.build())
        .build();
  }
}
