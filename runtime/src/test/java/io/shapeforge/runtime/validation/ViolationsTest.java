package io.shapeforge.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.value.Blob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The AWS message rules of the collector and the constraint objects, each against the AWS message
 * it reproduces (quoted from users' reports of real AWS answers; sources in each test).
 */
class ViolationsTest {

  private static List<String> messages(Violations violations) {
    return violations.list().stream().map(Violation::message).toList();
  }

  @Nested
  class Strings {
    /** DynamoDB's table name: [a-zA-Z0-9_.-]+, 3 to 255. */
    private final StringConstraint tableName =
        StringConstraint.of().length(3, 255).pattern("[a-zA-Z0-9_.-]+");

    @Test
    void aPatternIsCompiledWhenAValueFirstReachesItNotWhenDeclared() {
      // A validator's patterns are static: an emulator start would otherwise compile every
      // operation's, reached or not. The processor rejects an invalid regex at compile time, so
      // only a hand-written constraint can hold one, and it fails at its first use.
      StringConstraint invalid = StringConstraint.of().pattern("[unclosed");
      assertThrows(java.util.regex.PatternSyntaxException.class, () -> invalid.accepts("x"));
      StringConstraint digits = StringConstraint.of().pattern("^[0-9]+$");
      assertTrue(digits.accepts("2026"));
      assertTrue(!digits.accepts("20x6"));
      assertTrue(digits.accepts("7"), "the compiled pattern is kept and answers again");
    }

    @Test
    void aTooShortValueIsStillMatchedAndBothAreReportedPatternFirst() {
      // DynamoDB, as users quote it: "2 validation errors detected: Value '' at 'tableName' failed
      // to
      // satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value
      // ''
      // at 'tableName' failed to satisfy constraint: Member must have length greater than or equal
      // to 3"
      Violations v = new Violations();
      v.check("tableName", "", tableName);
      assertEquals(
          "2 validation errors detected: Value '' at 'tableName' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'tableName' failed "
              + "to satisfy constraint: Member must have length greater than or equal to 3",
          ValidationException.render(v.list()));
    }

    @Test
    void aTooShortValueThatMatchesReportsOnlyItsLength() {
      Violations v = new Violations();
      v.check("tableName", "ab", tableName);
      assertEquals(
          List.of(
              "Value 'ab' at 'tableName' failed to satisfy constraint: "
                  + "Member must have length greater than or equal to 3"),
          messages(v));
    }

    @Test
    void aTooLongValueNeverReachesThePattern() {
      StringConstraint guarded = StringConstraint.of().length(0, 4).pattern("^(a+)+$");
      Violations v = new Violations();
      long start = System.nanoTime();
      v.check("name", "a".repeat(40) + "!", guarded);
      assertTrue(
          System.nanoTime() - start < 1_000_000_000L,
          "the pattern must not run on a too-long value");
      assertEquals(
          List.of(
              "Value '"
                  + "a".repeat(40)
                  + "!' at 'name' failed to satisfy constraint: "
                  + "Member must have length less than or equal to 4"),
          messages(v));
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
      // Smithy @length on a string counts Unicode scalar values; "😀" is one, in two UTF-16 units.
      StringConstraint upToTwo = StringConstraint.of().length(2, 2);
      assertTrue(upToTwo.accepts("😀😀"));
      assertTrue(upToTwo.accepts("a😀"));
      assertTrue(!upToTwo.accepts("😀"));
      assertTrue(!upToTwo.accepts("😀😀😀"));
      Violations v = new Violations();
      v.check("emoji", "😀", upToTwo);
      assertEquals(
          List.of(
              "Value '😀' at 'emoji' failed to satisfy constraint: "
                  + "Member must have length greater than or equal to 2"),
          messages(v));
    }

    @Test
    void enumValuesAreListedAsAwsDoes() {
      StringConstraint status =
          StringConstraint.of().enumValues(Set.of("PENDING", "SUCCESS"), "[PENDING, SUCCESS]");
      Violations v = new Violations();
      v.check("status", "DONE", status);
      v.check("status", "SUCCESS", status);
      assertEquals(
          List.of(
              "Value 'DONE' at 'status' failed to satisfy constraint: "
                  + "Member must satisfy enum value set: [PENDING, SUCCESS]"),
          messages(v));
    }

    @Test
    void aSensitiveValueIsNeverEchoed() {
      // Cognito and SSM PutParameter's Value: "Value at 'password' failed to satisfy constraint:
      // ..."
      // OpenSearch: "Value at 'advancedSecurityOptions.sAMLOptions.masterUserName' failed to
      // satisfy
      // constraint: Member must have length less than or equal to 64"
      StringConstraint password =
          StringConstraint.of().length(6, 256).pattern("^[\\S]+$").sensitive();
      Violations v = new Violations();
      v.check("password", "a b", password);
      assertEquals(
          List.of(
              "Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+$",
              "Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6"),
          messages(v));
    }

    @Test
    void anAbsentValueIsNotChecked() {
      Violations v = new Violations();
      v.check("tableName", null, tableName);
      assertTrue(v.isEmpty());
    }
  }

  @Nested
  class Numbers {
    @Test
    void integralBoundsAreWrittenAsIntegers() {
      NumberConstraint maxResults = NumberConstraint.integral().min(10).max(100);
      Violations v = new Violations();
      v.check("maxResults", 5, maxResults);
      v.check("maxResults", 101L, maxResults);
      v.check("maxResults", 10, maxResults);
      assertEquals(
          List.of(
              "Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10",
              "Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"),
          messages(v));
    }

    @Test
    void doubleBoundsAreWrittenAsJavaWritesADouble() {
      // Lambda CreateAlias: "Map value must satisfy constraint: [Member must have value less than
      // or
      // equal to 1.0, Member must have value greater than or equal to 0.0]"
      NumberConstraint weight = NumberConstraint.floating().min(0).max(1);
      assertEquals(
          List.of(
              "Member must have value less than or equal to 1.0",
              "Member must have value greater than or equal to 0.0"),
          weight.texts());
      Violations v = new Violations();
      v.check("weight", 1.5, weight);
      v.check("weight", -0.25f, weight);
      v.check("weight", Double.NaN, weight);
      v.check("weight", 0.5, weight);
      assertEquals(
          List.of(
              "Value '1.5' at 'weight' failed to satisfy constraint: Member must have value less than or equal to 1.0",
              "Value '-0.25' at 'weight' failed to satisfy constraint: Member must have value greater than or equal to 0.0",
              "Value 'NaN' at 'weight' failed to satisfy constraint: Member must have value greater than or equal to 0.0"),
          messages(v));
    }

    @Test
    void decimalBoundsAreExactAndWrittenAsTheSpecWroteThem() {
      NumberConstraint price =
          NumberConstraint.decimal().min("0.01").max("99999999999999999999.99");
      Violations v = new Violations();
      v.check("price", new BigDecimal("0.009999999999999999999999999999"), price);
      v.check("price", new BigDecimal("100000000000000000000"), price);
      v.check("price", BigInteger.ONE, price);
      v.check("price", new BigDecimal("0.01"), price);
      assertEquals(
          List.of(
              "Value '0.009999999999999999999999999999' at 'price' failed to satisfy constraint: "
                  + "Member must have value greater than or equal to 0.01",
              "Value '100000000000000000000' at 'price' failed to satisfy constraint: "
                  + "Member must have value less than or equal to 99999999999999999999.99"),
          messages(v));
    }

    @Test
    void anyBoundFitsAnyArithmeticUnlessItCannotBeHeldExactly() {
      assertEquals(
          List.of("Member must have value greater than or equal to 1"),
          NumberConstraint.decimal().min(1).texts());
      assertEquals(
          List.of("Member must have value greater than or equal to 0.5"),
          NumberConstraint.floating().min("0.5").texts());
      assertThrows(ArithmeticException.class, () -> NumberConstraint.integral().min("1.5"));
      assertThrows(
          ArithmeticException.class, () -> NumberConstraint.integral().max("9223372036854775808"));
    }
  }

  @Nested
  class Blobs {
    @Test
    void aBlobIsEchoedAsAwsEchoesItsByteBuffer() {
      // Rekognition: "Value 'java.nio.HeapByteBuffer[pos=0 lim=0 cap=0]' at 'image.bytes' failed to
      // satisfy constraint: Member must have length greater than or equal to 1"
      BlobConstraint bytes = BlobConstraint.length(1, 5_242_880);
      Violations v = new Violations();
      v.enter("image");
      v.check("bytes", Blob.empty(), bytes);
      v.check("bytes", Blob.of(new byte[3]), bytes);
      v.exit();
      assertEquals(
          List.of(
              "Value 'java.nio.HeapByteBuffer[pos=0 lim=0 cap=0]' at 'image.bytes' failed to "
                  + "satisfy constraint: Member must have length greater than or equal to 1"),
          messages(v));
    }
  }

  @Nested
  class ListsOfScalars {
    /** Lambda's CORS AllowMethods: each method 0 to 6 characters, pattern .*. */
    private final StringConstraint method = StringConstraint.of().length(0, 6).pattern(".*");

    @Test
    void aBrokenElementIsReportedAtTheListWithEveryConstraintOfTheElement() {
      // ACM RequestCertificate: "Value '[ccc]' at 'subjectAlternativeNames' failed to satisfy
      // constraint: Member must satisfy constraint: [Member must have length less than or equal to
      // 253, Member must have length greater than or equal to 1, Member must satisfy regular
      // expression pattern: ^(\*\.)?...]"
      Violations v = new Violations();
      v.enter("cors");
      v.list("allowMethods", List.of("GET", "POST", "OPTIONS"), CollectionConstraint.of(), method);
      v.exit();
      assertEquals(
          List.of(
              "Value '[GET, POST, OPTIONS]' at 'cors.allowMethods' failed to satisfy constraint: "
                  + "Member must satisfy constraint: [Member must have length less than or equal to 6, Member must have "
                  + "length greater than or equal to 0, Member must satisfy regular expression pattern: .*]"),
          messages(v));
    }

    @Test
    void severalBrokenElementsAreStillOneViolation() {
      Violations v = new Violations();
      v.list("allowMethods", List.of("OPTIONS", "OPTIONS2"), CollectionConstraint.of(), method);
      assertEquals(1, v.list().size());
      assertEquals(ConstraintKind.ELEMENT, v.list().get(0).kind());
    }

    @Test
    void enumElementsListTheValueSet() {
      // AWS Config: "Value '[...]' at 'configurationRecorder.recordingGroup.resourceTypes' failed
      // to
      // satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set:
      // [...]]"
      StringConstraint architecture =
          StringConstraint.of().enumValues(Set.of("x86_64", "arm64"), "[x86_64, arm64]");
      Violations v = new Violations();
      v.list("architectures", List.of("foo"), CollectionConstraint.of(), architecture);
      assertEquals(
          List.of(
              "Value '[foo]' at 'architectures' failed to satisfy constraint: Member must satisfy "
                  + "constraint: [Member must satisfy enum value set: [x86_64, arm64]]"),
          messages(v));
    }

    @Test
    void aNullElementOfADenseListAddsMemberMustNotBeNullToTheListing() {
      // Lambda lists "Member must not be null" after the element's constraints; services whose
      // elements are not null (ACM, Config, IoT) do not. See the package documentation.
      List<String> withNull = new ArrayList<>(List.of("GET"));
      withNull.add(null);
      Violations v = new Violations();
      v.list("allowMethods", withNull, CollectionConstraint.of(), method);
      assertEquals(
          List.of(
              "Value '[GET, null]' at 'allowMethods' failed to satisfy constraint: Member must "
                  + "satisfy constraint: [Member must have length less than or equal to 6, Member must have length greater "
                  + "than or equal to 0, Member must satisfy regular expression pattern: .*, Member must not be null]"),
          messages(v));
    }

    @Test
    void aNullElementWithoutConstraintsIsStillRefused() {
      List<Integer> withNull = Arrays.asList(1, null);
      Violations v = new Violations();
      v.list("ids", withNull, CollectionConstraint.of(), ValueConstraint.none());
      assertEquals(
          List.of(
              "Value '[1, null]' at 'ids' failed to satisfy constraint: "
                  + "Member must satisfy constraint: [Member must not be null]"),
          messages(v));
    }

    @Test
    void aSparseListAllowsNulls() {
      Violations v = new Violations();
      v.list("nicknames", Arrays.asList("Al", null), CollectionConstraint.of().sparse(), method);
      assertTrue(v.isEmpty(), () -> messages(v).toString());
    }

    @Test
    void sizeIsReportedBeforeTheElements() {
      Violations v = new Violations();
      v.list(
          "allowMethods", List.of("GET", "OPTIONS"), CollectionConstraint.of().size(0, 1), method);
      assertEquals(
          List.of(ConstraintKind.MAX_LENGTH, ConstraintKind.ELEMENT),
          v.list().stream().map(Violation::kind).toList());
      assertEquals(
          "Value '[GET, OPTIONS]' at 'allowMethods' failed to satisfy constraint: "
              + "Member must have length less than or equal to 1",
          v.list().get(0).message());
    }

    @Test
    void uniqueItemsFindsARepeatInShortAndLongLists() {
      // Smithy's malformed-request protocol tests: "... failed to satisfy constraint: Member must
      // have unique values"
      CollectionConstraint unique = CollectionConstraint.of().uniqueItems();
      Violations v = new Violations();
      v.list("ids", List.of("a", "b", "a"), unique, null);
      List<String> long1 = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        long1.add("i" + i);
      }
      v.list("ids", long1, unique, null);
      long1.add("i7");
      v.list("more", long1, unique, null);
      v.list("blobs", List.of(Blob.of(new byte[] {1}), Blob.of(new byte[] {1})), unique, null);
      assertEquals(
          List.of("ids", "more", "blobs"), v.list().stream().map(Violation::path).toList());
      assertEquals(
          "Value '[a, b, a]' at 'ids' failed to satisfy constraint: Member must have unique values",
          v.list().get(0).message());
    }

    @Test
    void aSensitiveElementHidesTheWholeList() {
      Violations v = new Violations();
      v.list(
          "secrets",
          List.of("x"),
          CollectionConstraint.of(),
          StringConstraint.of().length(2, 9).sensitive());
      assertEquals(
          List.of(
              "Value at 'secrets' failed to satisfy constraint: Member must satisfy constraint: "
                  + "[Member must have length less than or equal to 9, Member must have length greater than or equal to 2]"),
          messages(v));
    }
  }

  @Nested
  class ListsOfStructures {
    @Test
    void elementsKeepOneBasedMemberPaths() {
      Violations v = new Violations();
      v.enter("filters");
      v.enterElement(2);
      v.check("key", "", StringConstraint.of().length(1, 128));
      v.exitElement();
      v.enterElement(3);
      v.required(null, null);
      v.exitElement();
      v.exit();
      assertEquals(
          List.of(
              "Value '' at 'filters.2.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
              "Value null at 'filters.3.member' failed to satisfy constraint: Member must not be null"),
          messages(v));
    }

    /**
     * The first levels of the path live in fields and deeper ones in arrays that grow; a path
     * through both, reported at each depth on the way down and again on the way up, must read the
     * same as it was entered.
     */
    @Test
    void pathsDeeperThanTheLevelsKeptInFieldsReadAsEntered() {
      Violations v = new Violations();
      StringConstraint nonEmpty = StringConstraint.of().length(1, 8);
      List<String> expected = new ArrayList<>();
      StringBuilder path = new StringBuilder("a");
      v.enter("a");
      for (int level = 1; level <= 12; level++) {
        v.enterElement(level);
        v.check("x", "", nonEmpty);
        path.append('.').append(level).append(".member");
        expected.add(path + ".x");
      }
      for (int level = 12; level >= 1; level--) {
        v.exitElement();
        path.setLength(path.length() - (".member".length() + 1 + String.valueOf(level).length()));
        v.check("y", "", nonEmpty);
        expected.add(path + ".y");
      }
      v.exit();
      v.check("z", "", nonEmpty);
      expected.add("z");
      assertEquals(expected, v.list().stream().map(Violation::path).toList());
    }
  }

  @Nested
  class Maps {
    private final StringConstraint tagKey = StringConstraint.of().length(1, 128);
    private final StringConstraint tagValue =
        StringConstraint.of().length(0, 256).pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");

    @Test
    void brokenValuesAreReportedOnceAtTheMap() {
      // IAM TagUser, as users quote it: "Value '{AutoTag_ClientInfo=..., ...}' at 'tags' failed to
      // satisfy constraint: Map value must satisfy constraint: [Member must have length less than
      // or
      // equal to 256, Member must have length greater than or equal to 0, Member must satisfy
      // regular
      // expression pattern: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$]"
      Map<String, String> tags = new LinkedHashMap<>();
      tags.put("team", "ops");
      tags.put("owner", "x".repeat(257));
      Violations v = new Violations();
      v.map("tags", tags, CollectionConstraint.of(), tagKey, tagValue);
      assertEquals(
          List.of(
              "Value '{team=ops, owner="
                  + "x".repeat(257)
                  + "}' at 'tags' failed to satisfy constraint: "
                  + "Map value must satisfy constraint: [Member must have length less than or equal to 256, Member must have "
                  + "length greater than or equal to 0, Member must satisfy regular expression pattern: "
                  + "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]"),
          messages(v));
    }

    @Test
    void keysAreReportedBeforeValues() {
      // DynamoDB BatchGetItem with an empty table name and an empty key list reports both at
      // 'requestItems', keys first ("Map keys must satisfy constraint: [...]", then "Map value
      // ...").
      Map<String, String> tags = new LinkedHashMap<>();
      tags.put("", "x".repeat(257));
      Violations v = new Violations();
      v.map("tags", tags, CollectionConstraint.of(), tagKey, tagValue);
      assertEquals(
          List.of(ConstraintKind.MAP_KEY, ConstraintKind.MAP_VALUE),
          v.list().stream().map(Violation::kind).toList());
      assertEquals(
          "Value '{="
              + "x".repeat(257)
              + "}' at 'tags' failed to satisfy constraint: Map keys must satisfy "
              + "constraint: [Member must have length less than or equal to 128, Member must have length greater than or "
              + "equal to 1]",
          v.list().get(0).message());
    }

    @Test
    void aNullValueOfADenseMapIsRefusedAndASparseMapAllowsIt() {
      Map<String, String> tags = new LinkedHashMap<>();
      tags.put("team", null);
      Violations dense = new Violations();
      dense.map("tags", tags, CollectionConstraint.of(), tagKey, ValueConstraint.none());
      assertEquals(
          List.of(
              "Value '{team=null}' at 'tags' failed to satisfy constraint: "
                  + "Map value must satisfy constraint: [Member must not be null]"),
          messages(dense));
      Violations sparse = new Violations();
      sparse.map("tags", tags, CollectionConstraint.of().sparse(), tagKey, ValueConstraint.none());
      assertTrue(sparse.isEmpty());
    }

    @Test
    void mapSizeIsALength() {
      Violations v = new Violations();
      v.map("tags", Map.of("a", "b"), CollectionConstraint.of().size(2, 50), tagKey, tagValue);
      assertEquals(
          List.of(
              "Value '{a=b}' at 'tags' failed to satisfy constraint: "
                  + "Member must have length greater than or equal to 2"),
          messages(v));
    }

    @Test
    void valuesThatAreStructuresGetKeyMemberPaths() {
      // DynamoDB BatchGetItem: "Value at 'requestItems.Music.member.keys' failed to satisfy
      // constraint: Member must have length less than or equal to 100"
      Violations v = new Violations();
      v.enter("requestItems");
      v.enterMapValue("Music");
      v.list("keys", List.of(1, 2, 3), CollectionConstraint.of().size(1, 2), null);
      v.exitMapValue();
      v.exit();
      assertEquals("requestItems.Music.member.keys", v.list().get(0).path());
    }
  }

  @Nested
  class IntEnums {
    @Test
    void anUnknownIntIsReportedWithTheValueSet() {
      IntEnumConstraint level = IntEnumConstraint.of(Set.of(1, 5), "[1, 5]");
      Violations v = new Violations();
      v.check("level", 3, level);
      v.check("level", 5, level);
      v.list("levels", List.of(1, 2), CollectionConstraint.of(), level);
      assertEquals(
          List.of(
              "Value '3' at 'level' failed to satisfy constraint: Member must satisfy enum value set: [1, 5]",
              "Value '[1, 2]' at 'levels' failed to satisfy constraint: Member must satisfy constraint: "
                  + "[Member must satisfy enum value set: [1, 5]]"),
          messages(v));
    }
  }

  @Nested
  class Unions {
    @Test
    void noneOrSeveralMembersSetIsOneViolationAtTheUnion() {
      Violations v = new Violations();
      v.union("paymentMethod", List.of("card", "iban"));
      v.union("refund", List.of());
      assertEquals(
          List.of(
              "Value '[card, iban]' at 'paymentMethod' failed to satisfy constraint: Member must have exactly one member set",
              "Value '[]' at 'refund' failed to satisfy constraint: Member must have exactly one member set"),
          messages(v));
    }
  }

  @Nested
  class ValidatorContract {
    private final Validator<String> validator =
        (value, violations) -> violations.check(null, value, StringConstraint.of().length(1, 2));

    @Test
    void nullIsACallerBugWithAMessageThatSaysSo() {
      NullPointerException refused =
          assertThrows(NullPointerException.class, () -> validator.check(null));
      assertTrue(refused.getMessage().contains("given null to validate"), refused.getMessage());
      assertThrows(NullPointerException.class, () -> validator.violationsOf(null));
    }

    @Test
    void checkThrowsEveryViolation() {
      ValidationException thrown =
          assertThrows(ValidationException.class, () -> validator.check("abc"));
      assertEquals(
          "1 validation error detected: Value 'abc' at '' failed to satisfy constraint: "
              + "Member must have length less than or equal to 2",
          thrown.getMessage());
    }
  }
}
