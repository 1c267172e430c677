package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;

/** The classes generated code refers to, named without loading them into the processor. */
final class Types {

  private Types() {}

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  static final ClassName ENUM_SET = ClassName.get("java.util", "EnumSet");
  static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName BIG_INTEGER = ClassName.get("java.math", "BigInteger");
  static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  static final ClassName UUID = ClassName.get("java.util", "UUID");
  static final ClassName REGEX = ClassName.get("java.util.regex", "Pattern");

  private static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
  private static final String JACKSON_DATABIND_ANNOTATION =
      "com.fasterxml.jackson.databind.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
  static final ClassName JSON_IGNORE = ClassName.get(JACKSON_ANNOTATION, "JsonIgnore");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANNOTATION, "JsonInclude");
  static final ClassName JSON_PROPERTY_ORDER =
      ClassName.get(JACKSON_ANNOTATION, "JsonPropertyOrder");
  static final ClassName JSON_INCLUDE_NON_NULL = JSON_INCLUDE.nestedClass("Include");
  static final ClassName JSON_IGNORE_PROPERTIES =
      ClassName.get(JACKSON_ANNOTATION, "JsonIgnoreProperties");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get(JACKSON_DATABIND_ANNOTATION, "JsonDeserialize");
  static final ClassName JSON_SERIALIZE =
      ClassName.get(JACKSON_DATABIND_ANNOTATION, "JsonSerialize");
  static final ClassName JSON_POJO_BUILDER =
      ClassName.get(JACKSON_DATABIND_ANNOTATION, "JsonPOJOBuilder");

  private static final String JAKARTA = "jakarta.validation.constraints";
  static final ClassName NOT_NULL = ClassName.get(JAKARTA, "NotNull");
  static final ClassName SIZE = ClassName.get(JAKARTA, "Size");
  static final ClassName PATTERN = ClassName.get(JAKARTA, "Pattern");
  static final ClassName MIN = ClassName.get(JAKARTA, "Min");
  static final ClassName DECIMAL_MIN = ClassName.get(JAKARTA, "DecimalMin");
  static final ClassName DECIMAL_MAX = ClassName.get(JAKARTA, "DecimalMax");
  static final ClassName MAX = ClassName.get(JAKARTA, "Max");
  static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");

  private static final String RUNTIME = "io.shapeforge.runtime";
  static final ClassName VALIDATOR = ClassName.get(RUNTIME + ".validation", "Validator");
  static final ClassName VIOLATIONS = ClassName.get(RUNTIME + ".validation", "Violations");
  static final ClassName VALUE_CONSTRAINT =
      ClassName.get(RUNTIME + ".validation", "ValueConstraint");
  static final ClassName STRING_CONSTRAINT =
      ClassName.get(RUNTIME + ".validation", "StringConstraint");
  static final ClassName NUMBER_CONSTRAINT =
      ClassName.get(RUNTIME + ".validation", "NumberConstraint");
  static final ClassName COLLECTION_CONSTRAINT =
      ClassName.get(RUNTIME + ".validation", "CollectionConstraint");
  static final ClassName BLOB_CONSTRAINT = ClassName.get(RUNTIME + ".validation", "BlobConstraint");
  static final ClassName INT_ENUM_CONSTRAINT =
      ClassName.get(RUNTIME + ".validation", "IntEnumConstraint");
  static final ClassName OPERATION_NOT_IMPLEMENTED =
      ClassName.get(RUNTIME + ".error", "OperationNotImplementedException");
  static final ClassName SERVICE_EXCEPTION = ClassName.get(RUNTIME + ".error", "ServiceException");
  static final ClassName BLOB = ClassName.get(RUNTIME + ".value", "Blob");
  static final ClassName DOCUMENT = ClassName.get(RUNTIME + ".value", "Document");
  static final ClassName IMMUTABLE_COPIES = ClassName.get(RUNTIME + ".value", "ImmutableCopies");
  static final ClassName MODEL_TO_STRING = ClassName.get(RUNTIME + ".value", "ModelToString");
  static final ClassName DATE_TIME_SERIALIZER =
      ClassName.get(RUNTIME + ".protocol", "DateTimeSerializer");
  static final ClassName DATE_TIME_DESERIALIZER =
      ClassName.get(RUNTIME + ".protocol", "DateTimeDeserializer");
  static final ClassName HTTP_DATE_SERIALIZER =
      ClassName.get(RUNTIME + ".protocol", "HttpDateSerializer");
  static final ClassName HTTP_DATE_DESERIALIZER =
      ClassName.get(RUNTIME + ".protocol", "HttpDateDeserializer");
  static final ClassName EPOCH_SECONDS_SERIALIZER =
      ClassName.get(RUNTIME + ".protocol", "EpochSecondsSerializer");
  static final ClassName EPOCH_SECONDS_DESERIALIZER =
      ClassName.get(RUNTIME + ".protocol", "EpochSecondsDeserializer");
  static final ClassName AWS_JSON_DISPATCHER =
      ClassName.get(RUNTIME + ".protocol", "AwsJsonDispatcher");
  static final ClassName COLUMN = ClassName.get(RUNTIME + ".store", "Column");
  static final ClassName STORE = ClassName.get(RUNTIME + ".store", "Store");
  static final ClassName TABLE_SCHEMA = ClassName.get(RUNTIME + ".store", "TableSchema");
  static final ClassName RECORD_CODEC = ClassName.get(RUNTIME + ".store", "RecordCodec");
  static final ClassName NEXT_TOKEN_CODEC = ClassName.get(RUNTIME + ".page", "NextTokenCodec");
  static final ClassName PAGE = ClassName.get(RUNTIME + ".page", "Page");
  static final ClassName QUERY_DEFINITION = ClassName.get(RUNTIME + ".query", "QueryDefinition");
  static final ClassName QUERY_ENGINE = ClassName.get(RUNTIME + ".query", "QueryEngine");
  static final ClassName FILTER_DEFINITION = ClassName.get(RUNTIME + ".query", "FilterDefinition");
  static final ClassName FILTER_OPERATOR = ClassName.get(RUNTIME + ".query", "FilterOperator");
  static final ClassName REQUEST_FILTER = ClassName.get(RUNTIME + ".query", "RequestFilter");
  static final ClassName SCOPE_CHECK = ClassName.get(RUNTIME + ".query", "ScopeCheck");
  static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  static final ClassName KEY = ClassName.get(RUNTIME + ".store", "Key");
  static final ClassName RESOURCE_DEFINITION =
      ClassName.get(RUNTIME + ".resource", "ResourceDefinition");
  static final ClassName RESOURCE_STORE = ClassName.get(RUNTIME + ".resource", "ResourceStore");
  static final ClassName CREATE_PARAMETERS =
      ClassName.get(RUNTIME + ".resource", "CreateParameters");
  static final ClassName TRANSACTION = ClassName.get(RUNTIME + ".store", "Transaction");
  static final ClassName IDENTIFIER_MINTER =
      ClassName.get(RUNTIME + ".resource", "IdentifierMinter");
  static final ClassName CREATED = ClassName.get(RUNTIME + ".resource", "Created");
  static final ClassName RESOURCE_QUERY = ClassName.get(RUNTIME + ".resource", "ResourceQuery");
  static final ClassName CONDITION = ClassName.get(RUNTIME + ".store", "Condition");
}
