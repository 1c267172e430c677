package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResponseBufferTest {

  @Test
  void growsPastItsInitialCapacityKeepingEveryByte() {
    ResponseBuffer buffer = new ResponseBuffer();
    byte[] expected = new byte[ResponseBuffer.INITIAL_CAPACITY * 3 + 7];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) (i * 31);
    }
    buffer.write(expected[0]);
    buffer.write(expected, 1, 1000);
    buffer.write(expected, 1001, expected.length - 1001);
    assertEquals(expected.length, buffer.size());
    assertArrayEquals(expected, Arrays.copyOf(buffer.array(), buffer.size()));
  }

  @Test
  void keepsItsArrayBetweenAnswersUnlessOneWasLarge() {
    ResponseBuffer buffer = new ResponseBuffer();
    buffer.write(new byte[1000], 0, 1000);
    byte[] array = buffer.array();
    buffer.reset();
    assertEquals(0, buffer.size());
    assertSame(array, buffer.array());

    int large = ResponseBuffer.RETAINED_CAPACITY + 1;
    buffer.write(new byte[large], 0, large);
    buffer.reset();
    assertEquals(ResponseBuffer.INITIAL_CAPACITY, buffer.array().length);
    assertNotSame(array, buffer.array());
  }

  /** A response over the buffer is a view: its body is copied out, and written as is. */
  @Test
  void aResponseOverTheBufferCopiesItsBodyOut() {
    ResponseBuffer buffer = new ResponseBuffer();
    buffer.write(new byte[] {'{', '}'}, 0, 2);
    ProtocolResponse response = ProtocolResponse.ok(buffer, "id");
    assertEquals(2, response.bodyLength());
    byte[] body = response.body();
    assertArrayEquals(new byte[] {'{', '}'}, body);
    assertNotSame(buffer.array(), body);
  }
}
