package io.github.fazhi.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes HTML for one rendering. {@link #text} and every attribute value are escaped, so report text
 * can never open or close an element or add an attribute; tag and attribute names are checked.
 * Only {@link #raw} writes markup as given.
 *
 * <pre>{@code
 * HtmlWriter w = context.writer();
 * w.openTag("p", "class", "note", "id", context.id(paragraph)).text(paragraph.text()).closeTag("p").line();
 * HtmlWriter.escape("<a href=\"x\">"); // "&lt;a href=&quot;x&quot;&gt;"
 * }</pre>
 */
public final class HtmlWriter {

    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:.-]*");

    private final Appendable out;
    private boolean atLineStart = true;

    HtmlWriter(Appendable out) {
        this.out = out;
    }

    /** Opens element {@code name} with attributes given as name, value, name, value…; values are escaped. */
    public HtmlWriter openTag(String name, String... attributeNamesAndValues) {
        if (attributeNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        startTag(name);
        for (int i = 0; i < attributeNamesAndValues.length; i += 2) {
            attribute(attributeNamesAndValues[i], attributeNamesAndValues[i + 1]);
        }
        return append(">");
    }

    /** Opens element {@code name} with {@code attributes} in their iteration order; values are escaped. */
    public HtmlWriter openTag(String name, Map<String, String> attributes) {
        startTag(name);
        attributes.forEach(this::attribute);
        return append(">");
    }

    /** Writes a void element such as {@code <br>} or {@code <meta …>}. */
    public HtmlWriter voidTag(String name, String... attributeNamesAndValues) {
        return openTag(name, attributeNamesAndValues);
    }

    /** Closes element {@code name}. */
    public HtmlWriter closeTag(String name) {
        checkTagName(name);
        return append("</").append(name).append(">");
    }

    /** Writes {@code text} escaped. */
    public HtmlWriter text(String text) {
        return append(escape(text));
    }

    /** Writes {@code html} as it is: the caller answers for what it contains. */
    public HtmlWriter raw(String html) {
        return append(html);
    }

    /** Ends the line unless the writer already stands at the start of one. */
    public HtmlWriter line() {
        if (!atLineStart) {
            append("\n");
        }
        return this;
    }

    /**
     * {@code text} escaped for HTML text and for quoted attribute values: {@code & < > " '} become
     * character references, and characters an HTML document must not contain (NUL and the other
     * control characters except tab, line feed and carriage return, unpaired surrogates,
     * U+FFFE and U+FFFF) become U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&#39;";
                default -> {
                    if (isForbidden(text, i, c)) {
                        replacement = "\uFFFD";
                    } else if (Character.isHighSurrogate(c)) {
                        if (out != null) {
                            out.append(c).append(text.charAt(i + 1));
                        }
                        i++;
                        continue;
                    }
                }
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isForbidden(String text, int i, char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if ((c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    private void startTag(String name) {
        checkTagName(name);
        append("<").append(name);
    }

    private void attribute(String name, String value) {
        if (name == null || !ATTRIBUTE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an attribute name: " + name);
        }
        append(" ").append(name).append("=\"").append(escape(value)).append("\"");
    }

    private static void checkTagName(String name) {
        if (name == null || !TAG_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag name: " + name);
        }
    }

    private HtmlWriter append(String s) {
        if (s.isEmpty()) {
            return this;
        }
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        atLineStart = s.charAt(s.length() - 1) == '\n';
        return this;
    }
}
