package io.shapeforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Resource} declarations apart from an imported spec: the sound {@link ResourceSpecFixture}
 * generates each resource's table and definition and the service's handler base, and every mistake
 * is one compile error with a stable tag on the declaration's value at fault, never in the imported
 * file.
 */
class ResourceErrorsTest {

  private static Compilation compile(ResourceSpecFixture spec) {
    return Fixtures.compileAcrossFiles(spec.sources());
  }

  @Test
  void theSoundDeclarationsGenerateTablesDefinitionsAndHandlers() {
    Compilation compilation = compile(ResourceSpecFixture.sound());
    assertThat(compilation).succeededWithoutWarnings();
    // Derived from the identifier's pattern ^mw-[0-9a-f]{17}$, as none is declared.
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".WindowResource")
        .contentsAsUtf8String()
        .contains(".minter(IdentifierMinter.hex(\"mw-\", 17))");
    // A child is keyed by its parent's key, then its own identifier.
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TargetResource")
        .contentsAsUtf8String()
        .contains(
            "TableSchema.builder(\"Target\", Column.ofString(\"windowId\", Target::windowId).ascending(),"
                + " Column.ofString(\"targetId\", Target::targetId).ascending())");
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TargetResource")
        .contentsAsUtf8String()
        .contains(".notFound(key -> new DoesNotExist(\"\" + key.get(1) + \" is no target\"))");
  }

  /** {@code {windowId}} in a not-found message is the key member's value. */
  @Test
  void aNotFoundMessageNamesKeyMembers() {
    Compilation compilation =
        compile(
            ResourceSpecFixture.sound()
                .replaceInBehaviour(
                    "notFoundMessage = \"{} is no target\"",
                    "notFoundMessage = \"Target {} does not exist in {windowId}\""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TargetResource")
        .contentsAsUtf8String()
        .contains(
            ".notFound(key -> new DoesNotExist(\"Target \" + key.get(1) + \" does not exist in \""
                + " + key.get(0)))");
  }

  static Stream<Arguments> oneMistakeInTheDeclaration() {
    return Stream.of(
        Fixtures.mistake(
            "    record = Window.class,",
            "    record = GetWindow.class,",
            "[shapeforge:resource-record-not-structure] @Resource WindowBehaviour: record"
                + " test.spec.GetWindow is not a @Structure compiled with it; name the structure the"
                + " resource stores"),
        Fixtures.mistake(
            "    identifier = \"windowId\",",
            "    identifier = \"id\",",
            "[shapeforge:resource-member-missing] @Resource WindowBehaviour: Window has no member id"),
        Fixtures.mistake(
            "    identifier = \"windowId\",",
            "    identifier = \"duration\",",
            "[shapeforge:resource-identifier-not-string] @Resource WindowBehaviour: identifier"
                + " duration is a Integer; a resource identifier is a String, minted on create"),
        Fixtures.mistake(
            "    notFound = DoesNotExist.class,",
            "    notFound = Window.class,",
            "[shapeforge:resource-not-error] @Resource WindowBehaviour: notFound Window is not an"
                + " @ErrorShape"),
        Fixtures.mistake(
            "    read = GetWindow.class,",
            "    read = GetWindowRequest.class,",
            "[shapeforge:resource-operation-unknown] @Resource WindowBehaviour: read"
                + " GetWindowRequest is not an @Operation compiled with it"),
        Fixtures.mistake(
            "    read = GetWindow.class,",
            "    read = CreateWindow.class,",
            "[shapeforge:resource-input-lacks-key] @Resource WindowBehaviour: the input of"
                + " CreateWindow has no member windowId, which the resource's key needs"),
        Fixtures.mistake(
            "    create = CreateWindow.class,",
            "    create = DeleteWindow.class,",
            "[shapeforge:resource-create-takes-nothing] @Resource WindowBehaviour: no input member"
                + " of DeleteWindow is a member of Window; input members are copied to record members"
                + " of the same name"),
        Fixtures.mistake(
            "    idempotencyMismatch = IdempotentParameterMismatch.class,",
            "",
            "[shapeforge:resource-mismatch-missing] @Resource WindowBehaviour: CreateWindow has an"
                + " @IdempotencyToken member; name the error for a token reused with other parameters"
                + " in idempotencyMismatch",
            "    create = CreateWindow.class,"),
        Fixtures.mistake(
            "    identifier = \"windowId\",",
            "    identifier = \"windowId\", mintUuid = true, mintHexDigits = 8,",
            "[shapeforge:resource-mint-conflict] @Resource WindowBehaviour: mintUuid = true takes no"
                + " mintPrefix or mintHexDigits; give one or the other"),
        Fixtures.mistake(
            "    identifier = \"windowId\",",
            "    identifier = \"windowId\", mintPrefix = \"mw-\",",
            "[shapeforge:resource-mint-digits] @Resource WindowBehaviour: mintHexDigits is 0; a"
                + " minted identifier needs between 1 and 64 hex digits after its prefix"),
        Fixtures.mistake(
            "    identifier = \"windowId\",",
            "    identifier = \"windowId\", parent = TargetBehaviour.class,",
            "[shapeforge:resource-parent-cycle] @Resource WindowBehaviour: its parents form a cycle"
                + " (TargetBehaviour -> WindowBehaviour -> TargetBehaviour)"),
        Fixtures.mistake(
            "    identifier = \"windowId\",",
            "    identifier = \"windowId\", parent = Window.class,",
            "[shapeforge:resource-parent-unknown] @Resource WindowBehaviour: parent test.spec.Window"
                + " is not a @Resource declaration; name the parent's declaration, not its record"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("oneMistakeInTheDeclaration")
  void oneMistakeIsOneTaggedErrorOnTheDeclaration(
      String written, String replacement, String message, String reportedOn) {
    ResourceSpecFixture spec = ResourceSpecFixture.sound().replaceInBehaviour(written, replacement);
    assertOneErrorInBehaviour(spec, message, reportedOn);
  }

  /** Without a minter, one is derived only from a ^prefix[0-9a-f]{N}$ pattern. */
  @Test
  void anIdentifierPatternNoMinterCanBeDerivedFrom() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported(
                "@Pattern(\"^mw-[0-9a-f]{17}$\") String windowId();",
                "@Pattern(\"^mw-[0-9a-f]+$\") String windowId();");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-mint-required] @Resource WindowBehaviour: the minter cannot be"
            + " derived from windowId's pattern ^mw-[0-9a-f]+$ (only ^prefix[0-9a-f]{N}$ is); give"
            + " mintPrefix and mintHexDigits, or mintUuid = true",
        "@Resource(");
  }

  @Test
  void aChildRecordWithoutItsParentsKey() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound().replaceInImported("  String windowId();", "  String window();");
    Compilation compilation = compile(spec);
    assertThat(compilation).failed();
    // The child's create also lacks nothing: RegisterTarget's input still has windowId.
    assertThat(compilation)
        .hadErrorContaining(
            "[shapeforge:resource-parent-key-missing] @Resource TargetBehaviour: Target has no"
                + " member windowId, part of the key of its parent WindowBehaviour; a child record"
                + " carries its parent's key")
        .inFile(spec.behaviour())
        .onLineContaining("parent = WindowBehaviour.class");
  }

  @Test
  void anInputMemberOfAnotherTypeThanTheRecords() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported("  @Required String name();", "  @Required Integer name();");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-member-type-mismatch] @Resource WindowBehaviour: member name of"
            + " CreateWindow is a Integer but the record's is a String; members map by name, so"
            + " they must have one type",
        "    create = CreateWindow.class,");
  }

  /**
   * A not-found message may name the key members ({@code {windowId}} for a target's window, as
   * SSM's "Maintenance window target ... does not exist in mw-..." does), and nothing else: a
   * missing resource is known by its key only.
   */
  @Test
  void aNotFoundMessageNamingAMemberOutsideTheKey() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInBehaviour(
                "notFoundMessage = \"{} is no target\"",
                "notFoundMessage = \"{} is no target of {windowId} for {ownerInformation}\"");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-message-member-unknown] @Resource TargetBehaviour: notFoundMessage"
            + " names {ownerInformation}, which is not a member of the resource's key [windowId,"
            + " targetId]; a missing resource is known by its key only",
        "notFoundMessage = \"{} is no target of {windowId}");
  }

  /**
   * A model without a default page size (AWS's rarely give one) gets it from the declaration, as a
   * query's does.
   */
  @Test
  void aDefaultPageSizeDeclaredForAModelThatGivesNone() {
    Compilation compilation =
        compile(
            ResourceSpecFixture.sound()
                .replaceInImported(" defaultPageSize = 10, items", " items")
                .replaceInBehaviour(
                    "list = ListTargets.class)",
                    "list = ListTargets.class, defaultPageSize = 25)"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(ResourceSpecFixture.MODEL + ".TaskRunnerResources")
        .contentsAsUtf8String()
        .contains("    } else {\n      query.pageSize(25);\n    }\n");
  }

  @Test
  void aDefaultPageSizeGivenTwice() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInBehaviour(
                "list = ListTargets.class)", "list = ListTargets.class, defaultPageSize = 25)");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:default-page-size-twice] @Paginated of ListTargets already gives"
            + " defaultPageSize 10; give it in one place",
        "defaultPageSize = 25");
  }

  @Test
  void aDefaultPageSizeWithoutAList() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInBehaviour(
                "    delete = DeleteWindow.class)",
                "    delete = DeleteWindow.class, defaultPageSize = 5)");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-default-page-size] @Resource WindowBehaviour: defaultPageSize 5 is"
            + " the page size of a list when the caller sends none; it must be at least 1, and the"
            + " resource needs a list",
        "defaultPageSize = 5");
  }

  /** A list answers pages: its operation must be @Paginated. */
  @Test
  void aListOperationThatIsNotPaginated() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInBehaviour("list = ListTargets.class", "list = GetWindow.class");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-list-not-paginated] @Resource TargetBehaviour: list operation"
            + " GetWindow is not @Paginated; a list answers a page at a time, so it needs its"
            + " token, page size and items members",
        "list = GetWindow.class");
  }

  @Test
  void aListWhoseItemsAreNotStructures() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported("List<Target> targets();", "List<String> targets();");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-list-items-not-records] @Resource TargetBehaviour: the @Paginated"
            + " items member of ListTargets, targets, is not a list of structures; a list answers"
            + " the records of a page there, each a Target or a summary of it",
        "list = ListTargets.class");
  }

  /**
   * Items of another structure are a summary of the record, filled from its members of the same
   * names (DescribeMaintenanceWindows answers MaintenanceWindowIdentity for a stored window), so a
   * namesake of another type is the mismatch a create's input member would be.
   */
  @Test
  void aListSummaryMemberOfAnotherTypeThanTheRecords() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported(
                "List<Target> targets(); String nextToken(); }",
                "List<TargetSummary> targets(); String nextToken(); }"
                    + " @Structure interface TargetSummary { String targetId(); Integer ownerInformation(); }");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-member-type-mismatch] @Resource TargetBehaviour: member"
            + " ownerInformation of ListTargets is a Integer but the record's is a String",
        "list = ListTargets.class");
  }

  @Test
  void aListWhosePaginatedNamesNoItemsMember() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported(
                " defaultPageSize = 10, items = \"targets\")", " defaultPageSize = 10)");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-list-items-not-records] @Resource TargetBehaviour: the @Paginated"
            + " items member of ListTargets, (none), is not a list of structures",
        "list = ListTargets.class");
  }

  @Test
  void aChildsListWithoutTheParentsKeyInItsInput() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported(
                "ListTargetsRequest { @Required String windowId();", "ListTargetsRequest {");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-input-lacks-key] @Resource TargetBehaviour: the input of"
            + " ListTargets has no member windowId, which the resource's key needs",
        "list = ListTargets.class");
  }

  @Test
  void aListInputMemberOfAnotherTypeThanTheRecords() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported(
                " String ownerInformation(); Integer maxResults();",
                " Integer ownerInformation(); Integer maxResults();");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-member-type-mismatch] @Resource TargetBehaviour: member"
            + " ownerInformation of ListTargets is a Integer but the record's is a String",
        "list = ListTargets.class");
  }

  /** Only a String, Integer, Long or Boolean record member has a store column to compare. */
  @Test
  void aListInputMemberNamingARecordMemberNoConditionCanTest() {
    ResourceSpecFixture spec =
        ResourceSpecFixture.sound()
            .replaceInImported(
                " Integer maxResults(); String nextToken(); }",
                " java.time.Instant registeredAt(); Integer maxResults(); String nextToken(); }");
    assertOneErrorInBehaviour(
        spec,
        "[shapeforge:resource-list-filter-unsupported] @Resource TargetBehaviour: input member"
            + " registeredAt of ListTargets names a record member of type Instant; a list keeps"
            + " records equal to such a member only for a String, Integer, Long or Boolean",
        "list = ListTargets.class");
  }

  private static void assertOneErrorInBehaviour(
      ResourceSpecFixture spec, String message, String reportedOn) {
    Fixtures.assertOneError(compile(spec), spec.behaviour(), message, reportedOn);
  }
}
