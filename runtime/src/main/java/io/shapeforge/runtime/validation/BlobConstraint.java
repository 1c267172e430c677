package io.shapeforge.runtime.validation;

import io.shapeforge.runtime.value.Blob;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @Length} of a blob, in bytes.
 *
 * <p>AWS's Java services echo a blob as the {@code toString()} of the {@code ByteBuffer} they
 * decoded it into, and so does this class, so that a message reads exactly as AWS's: {@code Value
 * 'java.nio.HeapByteBuffer[pos=0 lim=0 cap=0]' at 'image.bytes' failed to satisfy constraint:
 * Member must have length greater than or equal to 1} (Rekognition), or {@code ... at
 * 'records.36.member.data' ... less than or equal to 1024000} (Firehose). The bytes themselves
 * never appear in a message.
 */
public final class BlobConstraint implements ValueConstraint<Blob> {
  private final int min;
  private final int max;
  private final boolean sensitive;
  private final List<String> texts;

  private BlobConstraint(int min, int max, boolean sensitive) {
    this.min = min;
    this.max = max;
    this.sensitive = sensitive;
    List<String> all = new ArrayList<>(2);
    if (max != Integer.MAX_VALUE) {
      all.add(ConstraintTexts.maxLength(max));
    }
    all.add(ConstraintTexts.minLength(min));
    this.texts = List.copyOf(all);
  }

  /** Bounds the length in bytes, inclusive; {@code Integer.MAX_VALUE} leaves it open above. */
  public static BlobConstraint length(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad length bounds " + min + ".." + max);
    }
    return new BlobConstraint(min, max, false);
  }

  /** Marks the value {@code @Sensitive}: messages leave it out. */
  public BlobConstraint sensitive() {
    return new BlobConstraint(min, max, true);
  }

  @Override
  public boolean isSensitive() {
    return sensitive;
  }

  @Override
  public boolean accepts(Blob value) {
    return value.size() >= min && value.size() <= max;
  }

  @Override
  public void report(Violations violations, String member, Blob value) {
    if (value.size() < min) {
      violations.add(
          member,
          render(value),
          ConstraintKind.MIN_LENGTH,
          ConstraintTexts.minLength(min),
          sensitive);
    } else if (value.size() > max) {
      violations.add(
          member,
          render(value),
          ConstraintKind.MAX_LENGTH,
          ConstraintTexts.maxLength(max),
          sensitive);
    }
  }

  @Override
  public List<String> texts() {
    return texts;
  }

  /** A blob as AWS echoes it: {@code java.nio.HeapByteBuffer[pos=0 lim=3 cap=3]}. */
  public static String render(Blob value) {
    return "java.nio.HeapByteBuffer[pos=0 lim=" + value.size() + " cap=" + value.size() + "]";
  }
}
