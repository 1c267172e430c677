package io.shapeforge.importer.read;

import java.util.Set;

/**
 * The traits and properties that carry no meaning in the spec language, and that a reader therefore
 * skips on purpose. Anything a reader neither maps nor finds here is an error: a model never loses
 * a trait silently. The README's "Import a model" section prints these lists.
 */
public final class SkippedTraits {
  private SkippedTraits() {}

  /**
   * Smithy traits (shape ids) that are pure metadata for the spec: skipped wherever they appear.
   */
  public static final Set<String> SMITHY =
      Set.of(
          // Service metadata: SDK ids, titles, endpoints, signing and auth; the spec names the
          // service
          // and its target prefix only.
          "aws.api#service",
          "aws.api#arn",
          "aws.api#arnReference",
          "aws.api#clientEndpointDiscovery",
          "aws.api#clientDiscoveredEndpoint",
          "aws.api#controlPlane",
          "aws.api#dataPlane",
          "aws.api#tagEnabled",
          "aws.api#taggable",
          "aws.auth#sigv4",
          "aws.auth#sigv4a",
          "aws.auth#unsignedPayload",
          "aws.endpoints#standardRegionalEndpoints",
          "aws.endpoints#dualStackOnlyEndpoints",
          "aws.endpoints#rulesBasedEndpoints",
          "aws.customizations#s3UnwrappedXmlOutput",
          "aws.iam#actionPermissionDescription",
          "aws.iam#conditionKeys",
          "aws.iam#defineConditionKeys",
          "aws.iam#disableConditionKeyInference",
          "aws.iam#iamResource",
          "aws.iam#requiredActions",
          "aws.iam#supportedPrincipalTypes",
          "smithy.api#title",
          "smithy.api#auth",
          "smithy.api#optionalAuth",
          "smithy.api#externalDocumentation",
          "smithy.api#since",
          "smithy.api#tags",
          "smithy.api#unstable",
          "smithy.api#internal",
          "smithy.api#recommended",
          "smithy.api#suppress",
          "smithy.api#xmlNamespace",
          "smithy.api#xmlName",
          "smithy.api#xmlAttribute",
          "smithy.api#xmlFlattened",
          "smithy.rules#endpointRuleSet",
          "smithy.rules#endpointTests",
          "smithy.rules#clientContextParams",
          "smithy.rules#contextParam",
          "smithy.rules#staticContextParams",
          "smithy.rules#operationContextParams",
          // Documentation for people and tools, not for validation: examples, waiters, smoke tests.
          "smithy.api#examples",
          "smithy.waiters#waitable",
          "smithy.test#smokeTests",
          "smithy.test#httpRequestTests",
          "smithy.test#httpResponseTests",
          // The error code of the awsQuery protocol; awsJson1_1 sends the shape name as __type.
          "aws.protocols#awsQueryError",
          "aws.protocols#awsQueryCompatible",
          // Client code-generation hints: which structures are inputs or outputs, nullability in
          // generated clients, retry hints, idempotency of a whole operation, read-only operations.
          "smithy.api#input",
          "smithy.api#output",
          "smithy.api#clientOptional",
          "smithy.api#addedDefault",
          "smithy.api#box",
          "smithy.api#retryable",
          "smithy.api#idempotent",
          "smithy.api#readonly",
          "smithy.api#references",
          "smithy.api#resourceIdentifier",
          "smithy.api#noReplace",
          "smithy.api#requestCompression",
          "smithy.api#httpChecksumRequired",
          "aws.protocols#httpChecksum");

  /**
   * Traits that smithy-model itself adds while loading (such as {@code smithy.synthetic#enum}
   * beside an enum shape's members), not the model's author: the shape they describe is mapped.
   */
  public static final String SMITHY_SYNTHETIC_NAMESPACE = "smithy.synthetic";

  /**
   * Properties of an AWS JSON service model (operation, shape and member keys) that are pure
   * metadata for the spec, by the JSON object they appear in.
   */
  public static final Set<String> AWS_JSON_OPERATION =
      Set.of(
          "http", // awsJson1_1 is always POST / with X-Amz-Target
          "documentationUrl",
          "authtype",
          "auth",
          "idempotent",
          "httpChecksum",
          "httpChecksumRequired",
          "requestcompression",
          "staticContextParams",
          "operationContextParams",
          "endpoint",
          "endpointdiscovery",
          "endpointoperation",
          "unsignedPayload",
          "alias",
          "internalonly");

  /** Shape properties skipped; see {@link #AWS_JSON_OPERATION}. */
  public static final Set<String> AWS_JSON_SHAPE =
      Set.of(
          "box", // a client code-generation hint (nullable primitives); spec members are all
          // nullable
          "retryable", // a client retry hint
          "xmlNamespace",
          "xmlOrder",
          "flattened",
          "wrapper",
          "synthetic",
          "locationName",
          "documentationUrl");

  /** Member properties skipped; see {@link #AWS_JSON_OPERATION}. */
  public static final Set<String> AWS_JSON_MEMBER =
      Set.of(
          "box",
          "xmlNamespace",
          "xmlAttribute",
          "flattened",
          "queryName",
          "contextParam",
          "jsonvalue");
}
