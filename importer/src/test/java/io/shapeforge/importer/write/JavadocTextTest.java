package io.shapeforge.importer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** AWS's HTML documentation becomes javadoc that nothing can break out of. */
class JavadocTextTest {
  @Test
  void paragraphsListsAndLinksBecomePlainJavadoc() {
    assertEquals(
        "Lists items.\n\n<p>- One\n- Two (https://example.com/two)\n",
        JavadocText.javadoc(
            "<p>Lists <code>items</code>.</p><ul><li><p>One</p></li>"
                + "<li><a href=\"https://example.com/two\">Two</a></li></ul>"));
  }

  @Test
  void whatWouldEndTheCommentOrStartATagOrEscapeIsWrittenAsEntities() {
    assertEquals(
        "a *&#47; b &#64;return &lt;x&gt; &amp; &#92;u0041 &#123;&#64;code c&#125;\n",
        JavadocText.javadoc("a */ b @return &lt;x&gt; &amp; \\u0041 {@code c}"));
  }

  @Test
  void numericEntitiesAreDecodedBeforeEscaping() {
    assertEquals(
        "a \u2014 b &lt;c&gt; ' &amp;#64;\n",
        JavadocText.javadoc("a &#x2014; b &#60;c&#62; &#39; &amp;#64;"));
  }

  @Test
  void longLinesWrapAtWordsAndNothingIsEmptyForNoDocumentation() {
    String words = "word ".repeat(40).strip();
    String doc = JavadocText.javadoc(words);
    for (String line : doc.split("\n")) {
      assertEquals(true, line.length() <= 96, line);
    }
    assertEquals(words, doc.strip().replace('\n', ' '));
    assertEquals("", JavadocText.javadoc(null));
    assertEquals("", JavadocText.javadoc("<p> </p>"));
  }
}
