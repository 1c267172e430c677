package io.shapeforge.processor.check;

import java.util.List;

/**
 * Every diagnostic text the processor prints, each starting with a stable tag {@code
 * [shapeforge:<tag>]} that tests and users can search for. Texts say what is wrong and how to fix
 * it.
 */
public final class ErrorMessages {

  private ErrorMessages() {}

  private static String tagged(String tag, String text) {
    return "[shapeforge:" + tag + "] " + text;
  }

  public static String structureNotInterface(String name) {
    return tagged("structure-not-interface", "@Structure " + name + " must be an interface");
  }

  public static String structureExtends(String name) {
    return tagged(
        "structure-extends",
        "@Structure "
            + name
            + " must not extend other interfaces or declare type parameters; declare its members directly"
            + " (for a value that is one of several alternatives, write a @Union interface whose methods are"
            + " the alternatives)");
  }

  public static String sealedNotUnion(String name) {
    return tagged(
        "sealed-not-union",
        name
            + " is a sealed interface; write a value that is one of several"
            + " alternatives as a @Union interface whose methods are the alternatives");
  }

  public static String unionExtends(String name) {
    return tagged(
        "union-extends",
        "@Union "
            + name
            + " must not extend other interfaces or declare type parameters; declare its alternatives directly");
  }

  public static String unionAndStructure(String name) {
    return tagged(
        "union-and-structure",
        name + " carries both @Union and @Structure or @ErrorShape; a shape is one kind");
  }

  public static String unionEmpty(String name) {
    return tagged(
        "union-empty", "@Union " + name + " has no members; declare at least one alternative");
  }

  public static String unionMemberRequired(String union, String member) {
    return tagged(
        "union-member-required",
        "Member "
            + member
            + "() of @Union "
            + union
            + " cannot be @Required: a union sets exactly one member, so no member is always present");
  }

  public static String unionMemberDefault(String union, String member) {
    return tagged(
        "union-member-default",
        "Member "
            + member
            + "() of @Union "
            + union
            + " cannot have a @DefaultValue: a union sets exactly one member");
  }

  public static String defaultMethod(String member) {
    return tagged(
        "default-method",
        "Member "
            + member
            + "() is a Java default method, whose body the processor"
            + " cannot see; declare it abstract and write @DefaultValue(\"...\") on it");
  }

  public static String defaultValueInvalid(String member, String type, String value, String why) {
    return tagged(
        "default-value-invalid",
        "@DefaultValue(\""
            + value
            + "\") does not fit member "
            + member
            + "() of type "
            + type
            + ": "
            + why);
  }

  public static String idempotencyTokenNotString(String member, String type) {
    return tagged(
        "idempotency-token-not-string",
        "@IdempotencyToken member "
            + member
            + "() has type "
            + type
            + "; an idempotency token is a String");
  }

  public static String sparseNotCollection(String target) {
    return tagged(
        "sparse-not-collection",
        "@Sparse does not apply to " + target + "; it applies to List and Map values");
  }

  public static String timestampFormatNotTimestamp(String target) {
    return tagged(
        "timestamp-format-not-timestamp",
        "@TimestampFormat does not apply to " + target + "; it applies to Instant values");
  }

  public static String timestampTooDeep(String member, String type) {
    return tagged(
        "timestamp-too-deep",
        "Member "
            + member
            + "() of type "
            + type
            + " nests Instant values more than"
            + " one List or Map deep, where no Jackson annotation reaches; wrap the inner level in a @Structure");
  }

  public static String mapKeyType(String member, String type) {
    return tagged(
        "map-key-type",
        "Member "
            + member
            + "() has a Map with "
            + type
            + " keys; map keys must be String or an @EnumShape (JSON object keys are strings)");
  }

  public static String generatedNameClash(String member, String generated, String other) {
    return tagged(
        "generated-name-clash",
        "Member "
            + member
            + "() clashes with "
            + generated
            + "(), which is generated for member "
            + other
            + "(); rename one of them (or give it a @WireName and"
            + " another Java name)");
  }

  public static String rangeBoundNotNumber(String bound, String value) {
    return tagged(
        "range-bound-not-number",
        "@Range "
            + bound
            + " \""
            + value
            + "\" is not a decimal number such as \"10\" or \"-0.5\"");
  }

  public static String rangeBoundDoesNotFit(String bound, String value, String type) {
    return tagged(
        "range-bound-does-not-fit",
        "@Range "
            + bound
            + " "
            + value
            + " does not fit "
            + type
            + "; give a bound the member's type can hold");
  }

  public static String intEnumValueMissing(String name, String constant) {
    return tagged(
        "int-enum-value-missing",
        "@IntEnumShape "
            + name
            + " constant "
            + constant
            + " needs @IntEnumValue(n): an int enum's wire values are integers");
  }

  public static String errorShapeNotStructure(String name) {
    return tagged(
        "error-shape-not-structure",
        "@ErrorShape " + name + " must also be a @Structure interface");
  }

  public static String enumShapeNotEnum(String name) {
    return tagged("enum-shape-not-enum", "@EnumShape " + name + " must be an enum");
  }

  public static String intEnumValueDuplicate(String name, String value) {
    return tagged(
        "enum-duplicate-value",
        "@IntEnumShape " + name + " has the wire value " + value + " twice");
  }

  public static String enumEmpty(String name) {
    return tagged("enum-empty", "@EnumShape " + name + " has no values");
  }

  public static String enumDuplicateValue(String name, String wireValue) {
    return tagged(
        "enum-duplicate-value",
        "@EnumShape " + name + " has the wire value \"" + wireValue + "\" twice");
  }

  public static String enumReservedName(String name, String constant) {
    return tagged(
        "enum-reserved-name",
        "@EnumShape "
            + name
            + " may not declare "
            + constant
            + ": the generated enum uses it for unknown values");
  }

  public static String memberHasParameters(String member) {
    return tagged(
        "member-has-parameters",
        "Member " + member + "() must have no parameters or type parameters");
  }

  public static String unsupportedMemberType(String member, String type) {
    return tagged(
        "unsupported-member-type",
        "Member "
            + member
            + "() has type "
            + type
            + ", which the spec language does not support; use String, Boolean, Byte, Short, Integer, Long, Float,"
            + " Double, BigInteger, BigDecimal, Instant, byte[], Document, a @Structure, a @Union, an @EnumShape,"
            + " an @IntEnumShape, or a List or Map of these");
  }

  public static String memberNameReserved(String member) {
    return tagged(
        "member-name-reserved",
        "Member name " + member + " clashes with a method of the generated class");
  }

  public static String duplicateWireName(String wireName, String member, String first) {
    return tagged(
        "duplicate-wire-name",
        "Member "
            + member
            + "() has the wire name \""
            + wireName
            + "\", which "
            + first
            + "() already has");
  }

  public static String constraintNotApplicable(String constraint, String target, String appliesTo) {
    return tagged(
        "constraint-not-applicable",
        "@" + constraint + " does not apply to " + target + "; it applies to " + appliesTo);
  }

  public static String boundsInverted(String constraint, Object min, Object max) {
    return tagged("bounds-inverted", "@" + constraint + " max " + max + " is less than min " + min);
  }

  public static String boundNegative(String constraint, String bound, int value) {
    return tagged(
        "bound-negative",
        "@" + constraint + " " + bound + " must not be negative, but is " + value);
  }

  public static String patternInvalid(String regex, String description) {
    return tagged("pattern-invalid", "@Pattern \"" + regex + "\" does not compile: " + description);
  }

  public static String patternUnbounded(String target) {
    return tagged(
        "pattern-unbounded",
        "@Pattern on "
            + target
            + " has no maximum @Length, so the pattern runs on values of any length");
  }

  public static String patternBacktracking(String regex, String group) {
    return tagged(
        "pattern-backtracking",
        "@Pattern \""
            + regex
            + "\" repeats "
            + group
            + " around a part that can match the same text in more than one way, so a value that almost"
            + " matches can take exponential time; use one quantifier, a possessive one (++) or an atomic"
            + " group (?>...)");
  }

  public static String errorStatusMismatch(String name, String fault, int status, String expected) {
    return tagged(
        "error-status-fault-mismatch",
        "@ErrorShape "
            + name
            + " has fault "
            + fault
            + " but httpStatus "
            + status
            + "; a "
            + fault
            + " fault needs "
            + expected);
  }

  public static String operationNotStructure(String operation, String role, String type) {
    return tagged(
        "operation-not-structure",
        "Operation " + operation + " " + role + " " + type + " is not a @Structure");
  }

  public static String operationErrorNotErrorShape(String operation, String type) {
    return tagged(
        "operation-error-not-error-shape",
        "Operation " + operation + " lists error " + type + ", which is not an @ErrorShape");
  }

  public static String annotationWithoutOperation(String annotation, String type) {
    return tagged(
        "query-without-operation",
        "@"
            + annotation
            + " on "
            + type
            + " needs @Operation on the same interface"
            + (annotation.equals("Query")
                ? ", or operation = X.class naming the operation it answers"
                : ""));
  }

  public static String queryOperationOnOperation(String operation) {
    return tagged(
        "query-operation-on-operation",
        "@Query on @Operation "
            + operation
            + " answers that operation; leave operation out, or move the @Query to an interface"
            + " of its own");
  }

  public static String queryOperationUnknown(String declaration, String named) {
    return tagged(
        "query-operation-unknown",
        "@Query on " + declaration + " names operation " + named + ", which is not an @Operation");
  }

  public static String queryOperationApart(String declaration, String operation) {
    return tagged(
        "query-operation-apart",
        "@Query on "
            + declaration
            + " names @Operation "
            + operation
            + ", which is not compiled with it; compile the declaration and its operation together");
  }

  public static String queryDeclaredTwice(String operation, String first) {
    return tagged(
        "query-declared-twice",
        "@Operation "
            + operation
            + " already has a @Query, on "
            + first
            + "; an operation answers one query");
  }

  public static String queryKeyTwice(String shape, String attribute) {
    return tagged(
        "query-key-twice",
        shape
            + " has @Identifier members, and "
            + attribute
            + " names its key again; give the key in one place");
  }

  public static String queryKeyNotColumn(String attribute, String member, String type) {
    return tagged(
        "query-key-not-scalar",
        attribute
            + " member "
            + member
            + "() has type "
            + type
            + "; a key is String, Boolean, Integer, Long, Instant or @EnumShape members");
  }

  public static String queryKeyRepeated(String attribute, String member) {
    return tagged("query-key-repeated", attribute + " lists " + member + " twice");
  }

  public static String defaultPageSizeTwice(String operation, int paginated) {
    return tagged(
        "default-page-size-twice",
        "@Paginated of "
            + operation
            + " already gives defaultPageSize "
            + paginated
            + "; give it in one place");
  }

  public static String queryDefaultPageSizeMissing(String operation) {
    return tagged(
        "query-pagination-incomplete",
        "@Query of "
            + operation
            + " needs defaultPageSize: its @Paginated gives none (AWS models never do), and the"
            + " query engine pages by it when a caller sends no page size");
  }

  public static String queryRecordNotItems(
      String record, String operation, String items, String itemsType) {
    return tagged(
        "query-record-not-items",
        "Query record "
            + record
            + " is not what "
            + operation
            + " returns: its items member "
            + items
            + " has type "
            + itemsType);
  }

  public static String queryWithoutPaginated(String operation) {
    return tagged(
        "query-without-paginated",
        "@Query operation "
            + operation
            + " needs @Paginated: a query returns its results in pages");
  }

  public static String queryPaginationIncomplete(String operation, String missing) {
    return tagged(
        "query-pagination-incomplete",
        "@Query operation "
            + operation
            + " needs @Paginated "
            + missing
            + ": the query engine pages by pageSize and defaultPageSize and returns the page in items");
  }

  public static String queryWithoutService(String operation, String specPackage) {
    return tagged(
        "query-without-service",
        "@Query operation "
            + operation
            + " needs @Service on package "
            + specPackage
            + ": the generated tables and dispatcher are named after the service");
  }

  public static String memberMissing(
      String attribute, String member, String shape, List<String> known) {
    return tagged(
        "member-missing",
        attribute
            + " \""
            + member
            + "\" names no member of "
            + shape
            + "; its members are "
            + known);
  }

  public static String memberWrongType(
      String attribute, String member, String shape, String actual, String expected) {
    return tagged(
        "member-wrong-type",
        attribute
            + " \""
            + member
            + "\" of "
            + shape
            + " has type "
            + actual
            + ", but must be "
            + expected);
  }

  public static String defaultPageSizeOutOfRange(int size, String member, long min, long max) {
    return tagged(
        "default-page-size-range",
        "defaultPageSize "
            + size
            + " is outside "
            + member
            + "'s range ["
            + min
            + ", "
            + max
            + "]");
  }

  public static String queryShapeNotStructure(String attribute, String type) {
    return tagged("query-shape-not-structure", attribute + " " + type + " is not a @Structure");
  }

  public static String parentIdentifiers(String parent, int count) {
    return tagged(
        "scope-parent-identifier",
        "Scope parent "
            + parent
            + " must have exactly one @Identifier member"
            + " holding the scope value, but has "
            + count
            + "; for a parent without @Identifier (an imported shape), name it in @Scope parentKey");
  }

  public static String recordWithoutIdentifier(String record) {
    return tagged(
        "query-record-identifier",
        "Query record "
            + record
            + " needs at least one @Identifier member (String, Boolean, Integer, Long, Instant or an @EnumShape):"
            + " they form its primary key; for a record without @Identifier (an imported shape), name"
            + " them in @Query key");
  }

  public static String scopeTypeMismatch(
      String request, String requestType, String record, String recordType) {
    return tagged(
        "scope-type-mismatch",
        "Scope member "
            + request
            + " ("
            + requestType
            + ") and "
            + record
            + " ("
            + recordType
            + ") must have the same type");
  }

  public static String scopeRequestNotRequired(String member, String input) {
    return tagged(
        "scope-request-not-required",
        "Scope request member "
            + member
            + "() of "
            + input
            + " must be @Required: every query needs a scope value");
  }

  public static String notFoundNotErrorShape(String type) {
    return tagged("scope-not-found-not-error", "Scope notFound " + type + " is not an @ErrorShape");
  }

  public static String notFoundNotListed(String type, String operation) {
    return tagged(
        "scope-not-found-not-listed",
        "Scope notFound "
            + type
            + " is not among the errors of @Operation "
            + operation
            + "; add it to errors");
  }

  public static String notFoundMessageWithoutPlaceholder(String message) {
    return tagged(
        "scope-message-placeholder",
        "notFoundMessage \""
            + message
            + "\" has no {}, which stands for the requested scope value");
  }

  public static String filterOpNotApplicable(
      String key, String op, String member, String type, String needs) {
    return tagged(
        "filter-op-not-applicable",
        "Filter "
            + key
            + ": "
            + op
            + " does not apply to "
            + member
            + "() of type "
            + type
            + "; it needs "
            + needs);
  }

  public static String filterAllowedTwice(String key) {
    return tagged(
        "filter-allowed-conflict",
        "Filter " + key + " gives both allowed and allowedEnum; give at most one");
  }

  public static String filterAllowedEnumNotEnum(String key, String type) {
    return tagged(
        "filter-allowed-enum-not-enum",
        "Filter " + key + ": allowedEnum " + type + " is not an @EnumShape");
  }

  public static String filterDuplicateKey(String key) {
    return tagged("filter-duplicate-key", "Filter key " + key + " is declared twice");
  }

  public static String filterValueNotInEnum(
      String key, String value, String enumName, List<String> values) {
    return tagged(
        "filter-value-not-in-enum",
        "Filter "
            + key
            + ": allowed value \""
            + value
            + "\" is not a value of "
            + enumName
            + " "
            + values);
  }

  public static String filterValueInvalid(String key, String value, String type) {
    return tagged(
        "filter-value-invalid",
        "Filter " + key + ": allowed value \"" + value + "\" is not a distinct " + type + " value");
  }

  public static String filtersMemberType(String member, String input, String actual) {
    return tagged(
        "filters-member-type",
        "Filters member "
            + member
            + "() of "
            + input
            + " has type "
            + actual
            + ", but must be a List of a @Structure with a String key member and a List<String> values member");
  }

  public static String orderByEmpty(String operation) {
    return tagged(
        "order-by-empty", "@Query of " + operation + " needs at least one orderBy member");
  }

  public static String orderByRepeated(String member) {
    return tagged("order-by-repeated", "orderBy lists " + member + " twice");
  }

  public static String orderByNotSortable(String member, String type) {
    return tagged(
        "order-by-not-sortable",
        "orderBy "
            + member
            + "() has type "
            + type
            + "; order by String, Boolean, Integer, Long, Instant or @EnumShape members");
  }

  public static String orderNotUnique(String record, List<String> missing) {
    return tagged(
        "order-not-unique",
        "Scope and orderBy must identify a "
            + record
            + " uniquely; end orderBy with its identifiers "
            + missing);
  }

  public static String operationInLaterRound(String operation) {
    return tagged(
        "operation-in-later-round",
        "@Operation "
            + operation
            + " appeared after its service's handler and dispatcher were generated; declare all operations"
            + " of a service in sources compiled together");
  }

  public static String writeFailed(String type, String reason) {
    return tagged("write-failed", "Could not write " + type + ": " + reason);
  }

  // ---- @Resource declarations ----

  public static String resourceRecordNotStructure(String declaration, String record) {
    return tagged(
        "resource-record-not-structure",
        "@Resource "
            + declaration
            + ": record "
            + record
            + " is not a @Structure compiled with it; name the structure the resource stores");
  }

  public static String resourceMemberMissing(String declaration, String record, String member) {
    return tagged(
        "resource-member-missing",
        "@Resource " + declaration + ": " + record + " has no member " + member);
  }

  public static String resourceIdentifierNotString(String declaration, String member, String type) {
    return tagged(
        "resource-identifier-not-string",
        "@Resource "
            + declaration
            + ": identifier "
            + member
            + " is a "
            + type
            + "; a resource identifier is a String, minted on create");
  }

  public static String resourceParentUnknown(String declaration, String parent) {
    return tagged(
        "resource-parent-unknown",
        "@Resource "
            + declaration
            + ": parent "
            + parent
            + " is not a @Resource declaration; name the parent's declaration, not its record");
  }

  public static String resourceParentCycle(String declaration, String path) {
    return tagged(
        "resource-parent-cycle",
        "@Resource " + declaration + ": its parents form a cycle (" + path + ")");
  }

  public static String resourceParentKeyMissing(
      String declaration, String record, String member, String parent) {
    return tagged(
        "resource-parent-key-missing",
        "@Resource "
            + declaration
            + ": "
            + record
            + " has no member "
            + member
            + ", part of the key of its parent "
            + parent
            + "; a child record carries its parent's key");
  }

  public static String resourceMintRequired(String declaration, String member, String pattern) {
    return tagged(
        "resource-mint-required",
        "@Resource "
            + declaration
            + ": the minter cannot be derived from "
            + member
            + "'s pattern "
            + pattern
            + " (only ^prefix[0-9a-f]{N}$ is); give mintPrefix and mintHexDigits, or mintUuid = true");
  }

  public static String resourceMintConflict(String declaration) {
    return tagged(
        "resource-mint-conflict",
        "@Resource "
            + declaration
            + ": mintUuid = true takes no mintPrefix or mintHexDigits; give one or the other");
  }

  public static String resourceMessageMemberUnknown(
      String declaration, String placeholder, java.util.List<String> key) {
    return tagged(
        "resource-message-member-unknown",
        "@Resource "
            + declaration
            + ": notFoundMessage names {"
            + placeholder
            + "}, which is not a member of the resource's key "
            + key
            + "; a missing resource is known by its key only");
  }

  public static String resourceDefaultPageSize(String declaration, int size) {
    return tagged(
        "resource-default-page-size",
        "@Resource "
            + declaration
            + ": defaultPageSize "
            + size
            + " is the page size of a list when the caller sends none; it must be at least 1,"
            + " and the resource needs a list");
  }

  public static String resourceMintDigits(String declaration, int digits) {
    return tagged(
        "resource-mint-digits",
        "@Resource "
            + declaration
            + ": mintHexDigits is "
            + digits
            + "; a minted identifier needs between 1 and 64 hex digits after its prefix");
  }

  public static String resourceNotError(String declaration, String attribute, String named) {
    return tagged(
        "resource-not-error",
        "@Resource " + declaration + ": " + attribute + " " + named + " is not an @ErrorShape");
  }

  public static String resourceOperationUnknown(
      String declaration, String attribute, String named) {
    return tagged(
        "resource-operation-unknown",
        "@Resource "
            + declaration
            + ": "
            + attribute
            + " "
            + named
            + " is not an @Operation compiled with it");
  }

  public static String resourceInputLacksKey(String declaration, String operation, String member) {
    return tagged(
        "resource-input-lacks-key",
        "@Resource "
            + declaration
            + ": the input of "
            + operation
            + " has no member "
            + member
            + ", which the resource's key needs");
  }

  public static String resourceMemberTypeMismatch(
      String declaration, String operation, String member, String theirs, String ours) {
    return tagged(
        "resource-member-type-mismatch",
        "@Resource "
            + declaration
            + ": member "
            + member
            + " of "
            + operation
            + " is a "
            + theirs
            + " but the record's is a "
            + ours
            + "; members map by name, so they must have one type");
  }

  public static String resourceCreateTakesNothing(
      String declaration, String operation, String record) {
    return tagged(
        "resource-create-takes-nothing",
        "@Resource "
            + declaration
            + ": no input member of "
            + operation
            + " is a member of "
            + record
            + "; input members are copied to record members of the same name");
  }

  public static String resourceMismatchMissing(String declaration, String operation) {
    return tagged(
        "resource-mismatch-missing",
        "@Resource "
            + declaration
            + ": "
            + operation
            + " has an @IdempotencyToken member; name the error for a token reused with other"
            + " parameters in idempotencyMismatch");
  }

  public static String resourceListNotPaginated(String declaration, String operation) {
    return tagged(
        "resource-list-not-paginated",
        "@Resource "
            + declaration
            + ": list operation "
            + operation
            + " is not @Paginated; a list answers a page at a time, so it needs its token,"
            + " page size and items members");
  }

  public static String resourceListItemsNotRecords(
      String declaration, String operation, String items, String record) {
    return tagged(
        "resource-list-items-not-records",
        "@Resource "
            + declaration
            + ": the @Paginated items member of "
            + operation
            + ", "
            + items
            + ", is not a list of structures; a list answers the records of a page there, each a "
            + record
            + " or a summary of it");
  }

  public static String resourceListFilterUnsupported(
      String declaration, String operation, String member, String type) {
    return tagged(
        "resource-list-filter-unsupported",
        "@Resource "
            + declaration
            + ": input member "
            + member
            + " of "
            + operation
            + " names a record member of type "
            + type
            + "; a list keeps records equal to such a member only for a String, Integer, Long or"
            + " Boolean");
  }

  public static String resourceRecordQueried(String declaration, String record) {
    return tagged(
        "resource-record-queried",
        "@Resource "
            + declaration
            + ": record "
            + record
            + " is stored by a @Query of the service already, in a table of its own; a resource"
            + " keeps its records in its own table, so list them with the resource's list"
            + " operation instead");
  }
}
