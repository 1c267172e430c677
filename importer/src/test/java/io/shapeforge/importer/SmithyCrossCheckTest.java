package io.shapeforge.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.importer.model.ServiceDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSM through both readers: AWS's JSON service model (botocore 1.43.11, 146 operations) and its
 * Smithy rendering (api-models-aws at 56c8953, 144 operations) must agree on every shape, member,
 * constraint, enum value, error trait and pagination. The expected differences are listed by name,
 * with counts, so that any other difference fails:
 *
 * <ol>
 *   <li>39 patterns that the Smithy rendering anchors with {@code ^...$} (or whose trailing {@code
 *       .*} it replaces with nothing);
 *   <li>the two operations the JSON model adds, GetAccessToken and StartAccessRequest, and the 18
 *       shapes only the newer model reaches;
 *   <li>what the newer JSON model changes in shapes both have: 14 shapes (new members and enum
 *       values of the same release) and 7 operations (4 with new errors, 3 whose Smithy
 *       {@code @paginated} names no items).
 * </ol>
 *
 * <p>The third group is not in the list of expected exceptions; it is there because the two
 * files are different releases of the model, as their values show.
 */
class SmithyCrossCheckTest {
  /** Patterns that differ only by the Smithy rendering's anchors. */
  private static final Set<String> ANCHORED_PATTERNS =
      Set.of(
          "AccountId",
          "AlarmName",
          "AssociationExecutionId",
          "AssociationId",
          "AssociationVersion",
          "ComplianceTypeName",
          "DocumentReviewComment",
          "DocumentSchemaVersion",
          "DocumentVersion",
          "DocumentVersionNumber",
          "ExecutionPreviewId",
          "ExecutionRoleName",
          "IdempotencyToken",
          "InstanceId",
          "ManagedInstanceId",
          "MetadataKey",
          "NodeAccountId",
          "NodeId",
          "OpsAggregatorType",
          "OpsItemArn",
          "OpsItemCategory",
          "OpsItemDataKey",
          "OpsItemDataValueString",
          "OpsItemDescription",
          "OpsItemSeverity",
          "OpsItemSource",
          "OpsItemTitle",
          "OpsMetadataArn",
          "OpsMetadataFilterKey",
          "OpsMetadataResourceId",
          "ParameterStringFilterKey",
          "Policy",
          "RegistrationMetadataKey",
          "RegistrationMetadataValue",
          "ResourceDataSyncAWSKMSKeyARN",
          "SharedDocumentVersion",
          "TargetKey",
          "TargetLocationsURL",
          "UUID");

  /** The two new operations and the shapes only the newer JSON model reaches. */
  private static final Set<String> ONLY_IN_JSON =
      Set.of(
          "operation GetAccessToken",
          "operation StartAccessRequest",
          "AccessDeniedException",
          "AccessKeyIdType",
          "AccessKeySecretType",
          "AccessRequestId",
          "AccessRequestStatus",
          "AccessType",
          "AssociationDispatchAssumeRoleArn",
          "Credentials",
          "GetAccessTokenRequest",
          "GetAccessTokenResponse",
          "IpAddress",
          "NoLongerSupportedException",
          "ServiceQuotaExceededException",
          "SessionTokenType",
          "StartAccessRequestRequest",
          "StartAccessRequestResponse",
          "String1to256",
          "ThrottlingException");

  private static final String ASSUME_ROLE =
      "members only in JSON [AssociationDispatchAssumeRole:AssociationDispatchAssumeRoleArn], only in Smithy []";
  private static final String NO_ITEMS =
      " pagination PaginationDef[inputToken=NextToken, outputToken=NextToken,"
          + " pageSize=MaxResults, items=Parameters] / PaginationDef[inputToken=NextToken, outputToken=NextToken,"
          + " pageSize=MaxResults, items=null]";

  /** What the newer JSON model changes in shapes and operations both have. */
  private static final Map<String, String> CHANGED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("AssociationDescription", ASSUME_ROLE),
              Map.entry("AssociationVersionInfo", ASSUME_ROLE),
              Map.entry("CreateAssociationBatchRequest", ASSUME_ROLE),
              Map.entry("CreateAssociationRequest", ASSUME_ROLE),
              Map.entry("UpdateAssociationRequest", ASSUME_ROLE),
              Map.entry(
                  "GetDeployablePatchSnapshotForInstanceRequest",
                  "members only in JSON [UseS3DualStackEndpoint:Boolean], only in Smithy []"),
              Map.entry(
                  "InstanceInfo",
                  "members only in JSON [IpAddress:IpAddress], only in Smithy [IpAddress:IPAddress]"),
              Map.entry(
                  "Session", "members only in JSON [AccessType:AccessType], only in Smithy []"),
              Map.entry(
                  "AutomationSubtype", "values only in JSON [AccessRequest], only in Smithy []"),
              Map.entry(
                  "DocumentType",
                  "values only in JSON [ManualApprovalPolicy, AutoApprovalPolicy], only in Smithy []"),
              Map.entry(
                  "OpsItemFilterKey",
                  "values only in JSON [AccessRequestByRequesterArn, AccessRequestByRequesterId,"
                      + " AccessRequestByApproverArn, AccessRequestByApproverId, AccessRequestBySourceAccountId,"
                      + " AccessRequestBySourceOpsItemId, AccessRequestBySourceRegion, AccessRequestByIsReplica,"
                      + " AccessRequestByTargetResourceId], only in Smithy []"),
              Map.entry("OpsItemStatus", "values only in JSON [Revoked], only in Smithy []"),
              Map.entry("SessionFilterKey", "values only in JSON [AccessType], only in Smithy []"),
              Map.entry("SignalType", "values only in JSON [Revoke], only in Smithy []"),
              Map.entry(
                  "operation CreateDocument",
                  "errors only in JSON [TooManyUpdates, NoLongerSupportedException], only in Smithy []"),
              Map.entry(
                  "operation DeleteDocument",
                  "errors only in JSON [TooManyUpdates], only in Smithy []"),
              Map.entry(
                  "operation UpdateDocumentMetadata",
                  "errors only in JSON [TooManyUpdates], only in Smithy []"),
              Map.entry(
                  "operation StartChangeRequestExecution",
                  "errors only in JSON [NoLongerSupportedException], only in Smithy []"),
              Map.entry("operation DescribeParameters", NO_ITEMS),
              Map.entry("operation GetParameterHistory", NO_ITEMS),
              Map.entry("operation GetParametersByPath", NO_ITEMS)));

  static ServiceDef json;
  static ServiceDef smithy;

  @BeforeAll
  static void importBoth() throws Exception {
    json = Importer.read(List.of(SsmModels.serviceModel()), SsmModels.paginators(), null);
    smithy = Importer.read(List.of(SsmModels.smithyModel()), null, "com.amazonaws.ssm#AmazonSSM");
  }

  @Test
  void theSmithyImportCompilesToo(@TempDir Path out) throws Exception {
    List<Path> written =
        Importer.importModels(
            new Importer.Request(
                List.of(SsmModels.smithyModel()),
                null,
                null,
                "io.shapeforge.samples.ssm.smithy.spec",
                out.resolve("src")));
    // 588 structures + 3 unions + 96 enums + 144 operations + package-info.
    assertEquals(588 + 3 + 96 + 144 + 1, written.size());
    assertEquals("", SpecCompiler.compile(out.resolve("src"), out.resolve("classes")));
  }

  @Test
  void operationCounts() {
    assertEquals(146, json.operations().size());
    assertEquals(144, smithy.operations().size());
  }

  @Test
  void theSmithyReadingHasNothingTheJsonReadingLacks() {
    Set<String> onlySmithy = new TreeSet<>(ShapeFacts.of(smithy).keySet());
    onlySmithy.removeAll(ShapeFacts.of(json).keySet());
    assertEquals(Set.of(), onlySmithy);
  }

  @Test
  void onlyTheNewerModelsOperationsAndShapesAreMissingFromSmithy() {
    Set<String> onlyJson = new TreeSet<>(ShapeFacts.of(json).keySet());
    onlyJson.removeAll(ShapeFacts.of(smithy).keySet());
    assertEquals(new TreeSet<>(ONLY_IN_JSON), onlyJson);
    assertEquals(20, onlyJson.size());
  }

  @Test
  void everyCommonShapeAndOperationAgreesExceptTheListedChanges() {
    Map<String, String> a = ShapeFacts.of(json);
    Map<String, String> b = ShapeFacts.of(smithy);
    Map<String, String> differ = new TreeMap<>();
    for (String key : a.keySet()) {
      if (b.containsKey(key) && !a.get(key).equals(b.get(key))) {
        differ.put(key, ShapeFacts.delta(json, smithy, key));
      }
    }
    assertEquals(CHANGED, differ);
    assertEquals(21, differ.size());
    // Everything else is equal in full: 1,272 shapes and 144 operations, less the 21.
    assertEquals(1272, smithy.shapes().size());
    assertEquals(1272 + 144 - 21, a.size() - ONLY_IN_JSON.size() - differ.size());
  }

  @Test
  void patternsDifferOnlyByTheSmithyRenderingsAnchors() {
    Map<String, String> a = ShapeFacts.patterns(json);
    Map<String, String> b = ShapeFacts.patterns(smithy);
    assertEquals(93, a.size());
    assertEquals(90, b.size());
    Set<String> anchored = new TreeSet<>();
    for (Map.Entry<String, String> pattern : a.entrySet()) {
      String other = b.get(pattern.getKey());
      if (other == null) {
        assertTrue(ONLY_IN_JSON.contains(pattern.getKey()), pattern.getKey());
      } else if (!other.equals(pattern.getValue())) {
        assertTrue(
            isAnchoredForm(pattern.getValue(), other),
            pattern.getKey() + ": " + pattern.getValue() + " / " + other);
        anchored.add(pattern.getKey());
      }
    }
    assertEquals(new TreeSet<>(ANCHORED_PATTERNS), anchored);
    assertEquals(39, anchored.size());
  }

  /** {@code ^p$}, or {@code ^p} without a trailing {@code .*}, of the JSON model's pattern p. */
  private static boolean isAnchoredForm(String json, String smithy) {
    String start = json.startsWith("^") ? "" : "^";
    if (smithy.equals(start + json + (json.endsWith("$") ? "" : "$"))) {
      return true;
    }
    return json.endsWith(".*") && smithy.equals(start + json.substring(0, json.length() - 2));
  }
}
