package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What a union's model class has beyond a structure's, as in the AWS SDK for Java v2: a nested
 * {@code Type} enum naming each member, {@code type()} telling which one is set, and a static
 * factory per member ({@code PaymentMethod.fromCard(card)}), which is the way to build a valid
 * union.
 *
 * <p>The builder (which Jackson uses) may still set none or several, so that a decoded request
 * holding zero or two members is kept for validation to report rather than failing to parse; {@code
 * memberCount()} tells the validator how many are set.
 */
final class UnionParts {

  private UnionParts() {}

  static void add(TypeSpec.Builder type, ClassName union, List<MemberModel> members) {
    ClassName kinds = union.nestedClass("Type");
    TypeSpec.Builder kindEnum =
        TypeSpec.enumBuilder(kinds)
            .addJavadoc("Which member a {@link $T} sets.\n", union)
            .addModifiers(Modifier.PUBLIC);
    for (MemberModel member : members) {
      kindEnum.addEnumConstant(
          constant(member),
          TypeSpec.anonymousClassBuilder("")
              .addJavadoc("{@link $T#$N()} is set.\n", union, member.name())
              .build());
    }
    kindEnum.addEnumConstant(
        GeneratedNames.UNKNOWN,
        TypeSpec.anonymousClassBuilder("")
            .addJavadoc(
                "No member this version knows is set, or more than one is: the value is not valid.\n")
            .build());
    type.addType(kindEnum.build());

    MethodSpec.Builder which =
        MethodSpec.methodBuilder(GeneratedNames.UNION_TYPE_ACCESSOR)
            .addJavadoc(
                "The member this union sets; {@link $T#$N} unless exactly one is set.\n",
                kinds,
                GeneratedNames.UNKNOWN)
            .addModifiers(Modifier.PUBLIC)
            .returns(kinds)
            .beginControlFlow("if (memberCount() != 1)")
            .addStatement("return $T.$N", kinds, GeneratedNames.UNKNOWN)
            .endControlFlow();
    CodeBlock.Builder count = CodeBlock.builder().add("int count = 0;\n");
    for (MemberModel member : members) {
      which
          .beginControlFlow("if (this.$N != null)", member.name())
          .addStatement("return $T.$N", kinds, constant(member))
          .endControlFlow();
      count.add("if (this.$N != null) {\n$>count++;\n$<}\n", member.name());
    }
    type.addMethod(which.addStatement("return $T.$N", kinds, GeneratedNames.UNKNOWN).build());
    type.addMethod(
        MethodSpec.methodBuilder("memberCount")
            .addJavadoc("How many members are set: exactly one in a valid union.\n")
            .returns(TypeName.INT)
            .addCode(count.build())
            .addStatement("return count")
            .build());

    for (MemberModel member : members) {
      String factory =
          "from" + Character.toUpperCase(member.name().charAt(0)) + member.name().substring(1);
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(factory)
              .addJavadoc("A union that sets {@code $L}.\n", member.name())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(union)
              .addParameter(MemberTypes.shown(member.type()), member.name())
              .addStatement("return builder().$N($N).build()", member.name(), member.name());
      ModelWriter.deprecate(method, member);
      type.addMethod(method.build());
    }
  }

  /** The {@code Type} constant of a member: {@code creditCard} becomes {@code CREDIT_CARD}. */
  static String constant(MemberModel member) {
    return MemberTypes.constantName(member.name());
  }
}
