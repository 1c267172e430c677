// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Document;
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

/**
 * A thing of every member type.
 */
@Structure
@SuppressWarnings("deprecation")
interface Thing {
  String text();

  Boolean flag();

  Byte tiny();

  Short small();

  Integer whole();

  Long big();

  Float ratio();

  Double precise();

  @Range(min = "0")
  BigInteger huge();

  @Range(min = "0.01", max = "99.99")
  BigDecimal price();

  @Sensitive
  @Length(max = 1024)
  byte[] payload();

  Instant created();

  @TimestampFormat(TimestampFormat.Format.DATE_TIME)
  Instant updated();

  @TimestampFormat(TimestampFormat.Format.HTTP_DATE)
  Instant stamp();

  Document extra();

  Color color();

  Priority priority();

  Shape shape();

  @Length(max = 50)
  Map<@Length(min = 1, max = 128) String, @Length(max = 256) String> tags();

  @Sparse
  List<String> nicknames();

  @UniqueItems
  List<@Length(min = 2, max = 2) String> codes();

  List<@Length(max = 3) List<@Range(min = "-1", max = "1") Integer>> grid();

  Thing parent();

  /**
   * @deprecated Use Color.
   */
  @Deprecated
  String colour();

  @Sensitive
  @Length(min = 8)
  String secret();

  Legacy legacy();
}
