package fixture.kinds.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Union;
import java.math.BigDecimal;
import java.util.List;

/** How a purchase is paid: a union. */
@Union
interface Payment {
  /** An account number. */
  @Length(min = 1, max = 34)
  String iban();

  /** Store credit. */
  @Range(min = "0.01")
  BigDecimal credit();

  /** Vouchers, each used once. */
  List<@Length(max = 8) String> vouchers();
}
