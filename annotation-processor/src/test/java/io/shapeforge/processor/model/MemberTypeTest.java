package io.shapeforge.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.processor.model.MemberType.ScalarKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kind questions every stage asks of a {@link MemberType}, one assertion per kind, so that a
 * wrong answer in {@link CategoryOf}, {@link OneKindOnly}, {@link NestedTypes} or {@link
 * NamedShapeOf} fails here rather than as a subtle change in generated code.
 */
class MemberTypeTest {

  private static final ShapeRef ALARM = new ShapeRef("Alarm", "com.example", "Alarm");
  private static final ShapeRef CHOICE = new ShapeRef("Choice", "com.example", "Choice");
  private static final ShapeRef STATUS = new ShapeRef("Status", "com.example", "Status");
  private static final ShapeRef PRIORITY = new ShapeRef("Priority", "com.example", "Priority");

  private static final MemberType STRING = new MemberType.Scalar(ScalarKind.STRING);
  private static final MemberType STRUCTURE = new MemberType.StructureRef(ALARM);
  private static final MemberType UNION = new MemberType.UnionRef(CHOICE);
  private static final MemberType ENUM = new MemberType.EnumRef(STATUS);
  private static final MemberType INT_ENUM = new MemberType.IntEnumRef(PRIORITY);
  private static final MemberType LIST = new MemberType.ListOf(STRUCTURE, Constraints.NONE);
  private static final MemberType MAP =
      new MemberType.MapOf(STRING, Constraints.NONE, ENUM, Constraints.NONE, false);
  private static final MemberType UNSUPPORTED = new MemberType.Unsupported("java.util.Set<String>");
  private static final MemberType UNRESOLVED = new MemberType.Unresolved("Later");

  private static final List<MemberType> EVERY_KIND =
      List.of(STRING, STRUCTURE, UNION, ENUM, INT_ENUM, LIST, MAP, UNSUPPORTED, UNRESOLVED);

  @Test
  void eachKindHasItsOwnCategory() {
    assertEquals(
        List.of(MemberType.Category.values()),
        EVERY_KIND.stream().map(MemberType::category).toList());
  }

  @Test
  void yesNoQuestions() {
    assertEquals(List.of(LIST), EVERY_KIND.stream().filter(MemberType::isList).toList());
    assertEquals(List.of(LIST, MAP), EVERY_KIND.stream().filter(MemberType::isCollection).toList());
    assertEquals(
        List.of(ENUM, INT_ENUM), EVERY_KIND.stream().filter(MemberType::isEnumLike).toList());
    assertEquals(
        List.of(STRUCTURE, UNION), EVERY_KIND.stream().filter(MemberType::isStructured).toList());
  }

  @Test
  void extractorsAnswerOnlyForTheirKind() {
    assertEquals(
        List.of(Optional.of(ScalarKind.STRING)),
        present(EVERY_KIND.stream().map(MemberType::scalarKind).toList()));
    assertEquals(
        List.of(Optional.of(STRUCTURE)),
        present(EVERY_KIND.stream().map(MemberType::listElement).toList()));
    assertEquals(
        List.of(Optional.of(ALARM)),
        present(EVERY_KIND.stream().map(MemberType::namedStructure).toList()));
    assertEquals(
        List.of(Optional.of(STATUS)),
        present(EVERY_KIND.stream().map(MemberType::namedEnum).toList()));
    assertEquals(
        List.of(
            Optional.of(ALARM), Optional.of(CHOICE), Optional.of(STATUS), Optional.of(PRIORITY)),
        present(EVERY_KIND.stream().map(MemberType::namedShape).toList()));
    assertTrue(STRING.is(ScalarKind.STRING));
    assertFalse(STRING.is(ScalarKind.BLOB));
    assertFalse(ENUM.is(ScalarKind.STRING));
  }

  @Test
  void nestedWalksReachMapKeysAndValuesAndListElementsAtAnyDepth() {
    MemberType deep =
        new MemberType.ListOf(
            new MemberType.MapOf(
                STRING,
                Constraints.NONE,
                new MemberType.ListOf(UNRESOLVED, Constraints.NONE),
                Constraints.NONE,
                false),
            Constraints.NONE);
    assertTrue(deep.isUnresolved());
    assertFalse(deep.isUnsupported());
    assertTrue(
        new MemberType.MapOf(UNSUPPORTED, Constraints.NONE, STRING, Constraints.NONE, false)
            .isUnsupported());
    assertEquals(List.of(STATUS), MAP.shapesNamed());
    assertEquals(List.of(ALARM), LIST.shapesNamed());
    assertFalse(STRUCTURE.isUnresolved());
  }

  private static <T> List<Optional<T>> present(List<Optional<T>> answers) {
    return answers.stream().filter(Optional::isPresent).toList();
  }
}
