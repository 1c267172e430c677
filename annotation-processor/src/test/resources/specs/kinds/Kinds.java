package fixture.kinds.spec;

import io.shapeforge.spec.DefaultValue;
import io.shapeforge.spec.Document;
import io.shapeforge.spec.IdempotencyToken;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Range;
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

/** One member of each kind the spec language has, and each trait. */
@Structure
interface Kinds {
  /** A token the caller may leave out. */
  @IdempotencyToken
  String token();

  Boolean flag();

  @Range(min = "-1", max = "1")
  Byte tiny();

  Short small();

  @DefaultValue("7")
  Integer count();

  Long big();

  Float ratio();

  @Range(max = "1e3")
  Double score();

  BigInteger huge();

  BigDecimal amount();

  @TimestampFormat(TimestampFormat.Format.HTTP_DATE)
  Instant at();

  @Length(max = 4)
  byte[] data();

  Document doc();

  Level level();

  Payment payment();

  @Sensitive
  String secret();

  /** Replaced by {@code count}. */
  @Deprecated
  Integer oldCount();

  @UniqueItems
  List<List<@Length(max = 2) String>> grid();

  @Sparse
  List<Level> levels();

  @Length(max = 3)
  Map<String, List<Payment>> byName();

  @TimestampFormat(TimestampFormat.Format.DATE_TIME)
  Instant stamp();

  List<Document> docs();

  Map<String, Document> docsByName();

  Map<String, Map<String, Integer>> counts();

  Kinds next();
}
