package io.shapeforge.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A small imported spec of windows and their targets (package-private shapes, no
 * {@code @Identifier}, as the importer writes them) and sound {@code @Resource} declarations apart
 * from it, the window's one annotation value per line, so that a test can change one line to make
 * one mistake.
 */
final class ResourceSpecFixture {

  static final String MODEL = "test.model";

  private static final List<String> IMPORTED =
      List.of(
          "package test.spec; import io.shapeforge.spec.*; import java.util.*;",
          "@Structure interface Window {",
          "  @Length(min = 20, max = 20) @Pattern(\"^mw-[0-9a-f]{17}$\") String windowId();",
          "  String name();",
          "  Integer duration();",
          "}",
          "@Structure interface Target {",
          "  String windowId();",
          "  String targetId();",
          "  String ownerInformation();",
          "  java.time.Instant registeredAt();",
          "}",
          "@Structure interface CreateWindowRequest {",
          "  @Required String name();",
          "  Integer duration();",
          "  @IdempotencyToken String clientToken();",
          "}",
          "@Structure interface CreateWindowResult { String windowId(); }",
          "@Structure interface GetWindowRequest { @Required String windowId(); }",
          "@Structure interface GetWindowResult { String windowId(); String name(); Integer duration(); }",
          "@Structure interface UpdateWindowRequest {",
          "  @Required String windowId();",
          "  String name();",
          "  Integer duration();",
          "  Boolean replace();",
          "}",
          "@Structure interface UpdateWindowResult { String windowId(); String name(); Integer duration(); }",
          "@Structure interface DeleteWindowRequest { @Required String windowId(); }",
          "@Structure interface DeleteWindowResult { String windowId(); }",
          "@Structure interface RegisterTargetRequest {",
          "  @Required String windowId();",
          "  String ownerInformation();",
          "}",
          "@Structure interface RegisterTargetResult { Target target(); }",
          "@Structure interface ListTargetsRequest { @Required String windowId();"
              + " String ownerInformation(); Integer maxResults(); String nextToken(); }",
          "@Structure interface ListTargetsResult { List<Target> targets(); String nextToken(); }",
          "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400) interface DoesNotExist { String message(); }",
          "@Structure @ErrorShape(fault = Fault.CLIENT, httpStatus = 400)"
              + " interface IdempotentParameterMismatch { String message(); }",
          "@Operation(input = CreateWindowRequest.class, output = CreateWindowResult.class,"
              + " errors = IdempotentParameterMismatch.class) interface CreateWindow {}",
          "@Operation(input = GetWindowRequest.class, output = GetWindowResult.class,"
              + " errors = DoesNotExist.class) interface GetWindow {}",
          "@Operation(input = UpdateWindowRequest.class, output = UpdateWindowResult.class,"
              + " errors = DoesNotExist.class) interface UpdateWindow {}",
          "@Operation(input = DeleteWindowRequest.class, output = DeleteWindowResult.class,"
              + " errors = DoesNotExist.class) interface DeleteWindow {}",
          "@Operation(input = RegisterTargetRequest.class, output = RegisterTargetResult.class,"
              + " errors = DoesNotExist.class) interface RegisterTarget {}",
          "@Paginated(inputToken = \"nextToken\", outputToken = \"nextToken\","
              + " pageSize = \"maxResults\", defaultPageSize = 10, items = \"targets\")",
          "@Operation(input = ListTargetsRequest.class, output = ListTargetsResult.class,"
              + " errors = DoesNotExist.class) interface ListTargets {}");

  private static final List<String> BEHAVIOUR =
      List.of(
          "package test.spec; import io.shapeforge.spec.*;",
          "/** A maintenance window. */",
          "@Resource(",
          "    record = Window.class,",
          "    identifier = \"windowId\",",
          "    notFound = DoesNotExist.class,",
          "    notFoundMessage = \"Maintenance window {} does not exist\",",
          "    idempotencyMismatch = IdempotentParameterMismatch.class,",
          "    create = CreateWindow.class,",
          "    read = GetWindow.class,",
          "    update = UpdateWindow.class,",
          "    delete = DeleteWindow.class)",
          "interface WindowBehaviour {}",
          "/** A target of a window. */",
          "@io.shapeforge.spec.Resource(record = Target.class, identifier = \"targetId\", parent = WindowBehaviour.class,"
              + " mintUuid = true, notFound = DoesNotExist.class, notFoundMessage = \"{} is no target\","
              + " create = RegisterTarget.class, list = ListTargets.class)",
          "interface TargetBehaviour {}");

  private final List<String> imported;
  private final List<String> behaviour;

  private ResourceSpecFixture(List<String> imported, List<String> behaviour) {
    this.imported = List.copyOf(imported);
    this.behaviour = List.copyOf(behaviour);
  }

  static ResourceSpecFixture sound() {
    return new ResourceSpecFixture(IMPORTED, BEHAVIOUR);
  }

  /** This spec with the one imported line that contains {@code written} replaced. */
  ResourceSpecFixture replaceInImported(String written, String replacement) {
    return new ResourceSpecFixture(
        Fixtures.replaceOneLine(imported, written, replacement), behaviour);
  }

  /** This spec with the one behaviour line that contains {@code written} replaced. */
  ResourceSpecFixture replaceInBehaviour(String written, String replacement) {
    return new ResourceSpecFixture(
        imported, Fixtures.replaceOneLine(behaviour, written, replacement));
  }

  JavaFileObject imported() {
    return JavaFileObjects.forSourceLines("test.spec.Imported", imported);
  }

  JavaFileObject behaviour() {
    return JavaFileObjects.forSourceLines("test.spec.Behaviours", behaviour);
  }

  JavaFileObject[] sources() {
    return new JavaFileObject[] {QuerySpec.service(), imported(), behaviour()};
  }
}
