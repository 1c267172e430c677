package io.shapeforge.runtime.protocol;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629): no stray continuation bytes, no overlong
 * forms, no surrogates, nothing above U+10FFFF. awsJson1_1 bodies are UTF-8; Jackson would also
 * read UTF-16 and UTF-32, and it does not check the bytes of a string or name it skips, so a body
 * with broken UTF-8 inside an ignored member was served (found by HandlerFuzzTest).
 */
final class Utf8Text {
  private Utf8Text() {}

  /**
   * The index of the first byte that breaks UTF-8, or -1 when all of {@code bytes} is well-formed.
   */
  static int firstMalformed(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int min;
      int max = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        min = b == 0xe0 ? 0xa0 : 0x80; // no overlong form
        max = b == 0xed ? 0x9f : 0xbf; // no surrogate
      } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        min = b == 0xf0 ? 0x90 : 0x80; // no overlong form
        max = b == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
      } else {
        return i;
      }
      if (i + length > bytes.length) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < min || second > max) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xff;
        if (next < 0x80 || next > 0xbf) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /** Where byte {@code index} is, as {@code line L, column C} counted in bytes from 1. */
  static String position(byte[] bytes, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (index - lineStart + 1);
  }
}
