package io.shapeforge.processor.read;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Reads the javadoc of a spec element as the text to copy into generated code. */
final class Docs {

  private final Elements elements;

  Docs(Elements elements) {
    this.elements = elements;
  }

  /** The element's javadoc, if it has any that is not blank. */
  Optional<String> of(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null || doc.isBlank()) {
      return Optional.empty();
    }
    // javac keeps the space after each line's '*'; drop one so the copy is indented as written.
    StringBuilder text = new StringBuilder(doc.length());
    for (String line : doc.strip().split("\n", -1)) {
      text.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    return Optional.of(text.toString());
  }
}
