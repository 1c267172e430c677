package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.Document;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.TimestampFormat;
import io.shapeforge.spec.Union;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How an order is paid: exactly one of these. */
@Union
interface PaymentMethod {
  Card card();

  @Length(min = 1, max = 34)
  String iban();

  Priority priority();

  Color color();

  @TimestampFormat(TimestampFormat.Format.DATE_TIME)
  Instant paidAt();

  List<@Length(max = 3) String> codes();

  Map<String, @Range(min = "0") Double> rates();

  @Length(max = 8)
  byte[] token();

  Document extra();

  @Range(min = "0.01")
  BigDecimal amount();
}
