package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shapeforge.runtime.protocol.JsonCodec;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the JSON decode and validate path of every generated SSM structure.
 *
 * <p>An input is one selector byte followed by a body: the byte picks the shape ({@code '0'} is
 * {@link SsmShapes#ALL}{@code .get(0)}, {@code '1'} the next, and so on, modulo the number of
 * shapes), so the corpus files stay readable text such as {@code
 * 4{"Key":"STATUS","Values":["SUCCESS"]}}. The property is {@link DecodableShape#check}: a clean
 * {@code SerializationException}, or a value that validates with nothing but {@code
 * ValidationException} and round-trips unchanged.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code ShapeDecodeFuzzTestInputs/decodeAndValidate/}
 * as regression tests; see the README's "Security and limits" for a real fuzzing session.
 */
class ShapeDecodeFuzzTest {
  private static final JsonCodec CODEC = JsonCodec.defaults();

  @FuzzTest(maxDuration = "10m")
  void decodeAndValidate(byte[] input) {
    if (input.length == 0) {
      return;
    }
    DecodableShape<?> shape =
        SsmShapes.ALL.get(Math.floorMod(input[0] - '0', SsmShapes.ALL.size()));
    shape.check(CODEC, Arrays.copyOfRange(input, 1, input.length));
  }

  /** The committed corpus starts the fuzzer on every shape, with a valid body among them. */
  @Test
  void corpusHasAValidSeedForEveryShape() throws IOException {
    Set<Integer> validShapes = new TreeSet<>();
    for (byte[] seed : Corpus.files(ShapeDecodeFuzzTest.class, "decodeAndValidate")) {
      int index = seed[0] - '0';
      DecodableShape<?> shape = SsmShapes.ALL.get(index);
      if (shape.isValid(CODEC, Arrays.copyOfRange(seed, 1, seed.length))) {
        validShapes.add(index);
      }
    }
    assertEquals(
        SsmShapes.ALL.size(), validShapes.size(), () -> "valid seeds for shapes " + validShapes);
  }
}
