package io.shapeforge.importer.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns model documentation (AWS writes HTML; Smithy allows it) into javadoc text that is safe to
 * put between {@code /**} and its end in any tool: paragraphs become {@code <p>}, list items
 * {@code - } lines, links "text (url)", and every other tag is dropped with its text kept.
 * Characters that would end the comment or start a tag or escape are written as HTML entities:
 * {@code *}{@code /}, {@code @}, {@code <}, {@code >}, {@code &}, {@code \} and {@code {}.
 * Lines wrap at 100 columns so the source reads well.
 */
public final class JavadocText {
  private static final int WIDTH = 96;
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
  private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']*)[\"']");

  private JavadocText() {}

  /** The javadoc paragraphs of a documentation text, or an empty list when it has none. */
  public static List<String> paragraphs(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    Matcher tag = TAG.matcher(html);
    int at = 0;
    String href = null;
    int openItems = 0;
    while (tag.find()) {
      text.append(html, at, tag.start());
      at = tag.end();
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      switch (name) {
        // Inside a list item a paragraph is part of the item's line.
        case "p", "div" -> text.append(openItems > 0 ? " " : "\n\n");
        case "ul", "ol", "dl", "note", "important", "table", "h1", "h2", "h3", "h4" ->
            text.append("\n\n");
        case "li", "dt" -> {
          openItems = Math.max(0, openItems + (closing ? -1 : 1));
          text.append(closing ? "" : "\n- ");
        }
        case "dd", "br", "tr" -> text.append('\n');
        case "a" -> {
          if (!closing) {
            Matcher link = HREF.matcher(tag.group(3));
            href = link.find() ? link.group(1) : null;
          } else if (href != null) {
            text.append(" (").append(href).append(')');
            href = null;
          }
        }
        default -> {}
      }
    }
    text.append(html.substring(at));
    String plain = decodeEntities(text.toString());
    List<String> paragraphs = new ArrayList<>();
    for (String block : plain.split("\n\\s*\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\n")) {
        String collapsed = line.strip().replaceAll("\\s+", " ");
        if (!collapsed.isEmpty()) {
          lines.add(wrap(escape(collapsed)));
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
    return paragraphs;
  }

  /** The whole javadoc: paragraphs after the first start with {@code <p>}. */
  public static String javadoc(String html) {
    List<String> paragraphs = paragraphs(html);
    StringBuilder doc = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        doc.append("\n<p>");
      }
      doc.append(paragraphs.get(i)).append('\n');
    }
    return doc.toString();
  }

  private static String decodeEntities(String text) {
    Matcher numeric = NUMERIC_ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (numeric.find()) {
      int codePoint =
          numeric.group(1) != null
              ? Integer.parseInt(numeric.group(1), 16)
              : Integer.parseInt(numeric.group(2));
      numeric.appendReplacement(
          decoded,
          Matcher.quoteReplacement(
              Character.isValidCodePoint(codePoint)
                  ? new String(Character.toChars(codePoint))
                  : numeric.group()));
    }
    numeric.appendTail(decoded);
    return decoded
        .toString()
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** Escapes what would close the comment, open a tag or an inline tag, or start an escape. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '{' -> escaped.append("&#123;");
        case '}' -> escaped.append("&#125;");
        case '/' -> escaped.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String wrap(String line) {
    StringBuilder wrapped = new StringBuilder();
    int lineStart = 0;
    for (String word : line.split(" ")) {
      if (wrapped.length() > lineStart
          && wrapped.length() - lineStart + 1 + word.length() > WIDTH) {
        wrapped.append('\n');
        lineStart = wrapped.length();
      } else if (wrapped.length() > lineStart) {
        wrapped.append(' ');
      }
      wrapped.append(word);
    }
    return wrapped.toString();
  }
}
