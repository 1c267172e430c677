package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.DefaultValue;
import io.shapeforge.spec.Document;
import io.shapeforge.spec.IdempotencyToken;
import io.shapeforge.spec.JsonName;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Sensitive;
import io.shapeforge.spec.Sparse;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.TimestampFormat;
import io.shapeforge.spec.UniqueItems;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An order: every kind and trait of the spec language, at the top level and nested. */
@Structure
interface Order {
  /** Filled with a fresh UUID when left out. */
  @Required
  @IdempotencyToken
  String clientToken();

  Boolean gift();

  @Range(min = "-5", max = "5")
  Byte level();

  @Range(min = "0")
  Short quantity();

  /** Ten unless given. */
  @DefaultValue("10")
  @Range(min = "1", max = "100")
  Integer maxResults();

  Long total();

  @Range(min = "0.5")
  Float weight();

  Double score();

  BigInteger serial();

  @Range(min = "0.01", max = "1000000")
  BigDecimal price();

  Instant createdAt();

  @TimestampFormat(TimestampFormat.Format.DATE_TIME)
  Instant shippedAt();

  @TimestampFormat(TimestampFormat.Format.HTTP_DATE)
  Instant deliveredAt();

  @Length(max = 16)
  byte[] signature();

  Document metadata();

  Color color();

  Priority priority();

  PaymentMethod payment();

  @Sensitive
  @Length(min = 8, max = 64)
  String password();

  Secret secret();

  /** Use {@code nickname} instead. */
  @Deprecated
  String legacyCode();

  @JsonName("nick")
  String nickname();

  @DefaultValue("dark-blue")
  Color wrapping();

  @DefaultValue("[]")
  List<String> labels();

  @UniqueItems
  List<String> skus();

  List<List<@Length(max = 3) String>> matrix();

  @Sparse
  List<String> notes();

  @Length(max = 10)
  Map<@Length(min = 1, max = 128) String, String> tags();

  Map<String, List<String>> groups();

  Map<Color, Integer> counts();

  Map<String, Map<String, Long>> nested();

  @Sparse
  Map<String, String> optional();

  List<Card> cards();

  Map<String, Card> cardsByName();

  List<PaymentMethod> payments();

  Map<String, PaymentMethod> paymentsByName();

  List<byte[]> blobs();

  List<BigDecimal> amounts();

  Map<String, Document> documents();

  List<Instant> times();

  Map<String, @TimestampFormat(TimestampFormat.Format.DATE_TIME) Instant> timesByName();

  List<Priority> priorities();

  Map<String, Color> colorsByName();

  List<@Range(min = "0", max = "1") Double> ratios();

  Order parent();

  List<Order> children();

  Node tree();

  OldThing old();
}
