package io.github.fazhi.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

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

    private final Appendable out;
    /** {@link #out} when it is a {@link StringBuilder} ({@code renderToString}), to append without the interface. */
    private final StringBuilder builder;

    private boolean atLineStart = true;

    HtmlWriter(Appendable out) {
        this.out = out;
        this.builder = out instanceof StringBuilder b ? b : null;
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
        return markup(">");
    }

    /** Opens element {@code name} with {@code attributes} in their iteration order; values are escaped. */
    public HtmlWriter openTag(String name, Map<String, String> attributes) {
        startTag(name);
        attributes.forEach(this::attribute);
        return markup(">");
    }

    /** Writes a void element such as {@code <br>} or {@code <meta …>}. */
    public HtmlWriter voidTag(String name, String... attributeNamesAndValues) {
        return openTag(name, attributeNamesAndValues);
    }

    /** Closes element {@code name}. */
    public HtmlWriter closeTag(String name) {
        checkTagName(name);
        return markup("</").markup(name).markup(">");
    }

    /** Writes {@code text} escaped. */
    public HtmlWriter text(String text) {
        int n = text.length();
        if (n == 0) {
            return this;
        }
        int plain = plainRun(text, 0, n);
        if (plain == n) {
            put(text);
        } else {
            escapeFrom(text, plain);
        }
        atLineStart = text.charAt(n - 1) == '\n'; // a line feed is written as it is, a replacement never ends in one
        return this;
    }

    /** Writes {@code html} as it is: the caller answers for what it contains. */
    public HtmlWriter raw(String html) {
        if (!html.isEmpty()) {
            put(html);
            atLineStart = html.charAt(html.length() - 1) == '\n';
        }
        return this;
    }

    /** Ends the line unless the writer already stands at the start of one. */
    public HtmlWriter line() {
        if (!atLineStart) {
            if (builder != null) {
                builder.append('\n');
            } else {
                put("\n");
            }
            atLineStart = true;
        }
        return this;
    }

    /**
     * Writes markup the built-in renderers know to be neither empty nor ending in a line feed (a tag, the
     * quote and name between two attribute values): {@link #raw} without its checks.
     */
    HtmlWriter markup(String markup) {
        put(markup);
        atLineStart = false;
        return this;
    }

    /**
     * Writes {@code text} from {@code from} on, escaped: the runs of chars that need nothing are copied whole,
     * and each char that does is replaced as {@link #escape} replaces it. {@code text.charAt(from)} needs escaping.
     */
    private void escapeFrom(String text, int from) {
        int n = text.length();
        int start = 0;
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement == null) {
                // a surrogate pair, kept as it is (a tab or line break is a plain char already)
                i = plainRun(text, Character.isHighSurrogate(c) ? i + 2 : i + 1, n);
                continue;
            }
            put(text, start, i);
            put(replacement);
            start = ++i;
            i = plainRun(text, i, n);
        }
        put(text, start, n);
    }

    /**
     * What {@link #escape} writes for the char {@code c} at {@code i}: a character reference, U+FFFD for a char an
     * HTML document must not contain, or null when it stays (a surrogate pair, a plain char).
     */
    private static String replacement(String text, int i, char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> isForbidden(text, i, c) ? "\uFFFD" : null;
        };
    }

    /**
     * Where the first char from {@code i} on stands that {@link #escape} would replace or must look at twice
     * (a surrogate), {@code n} if none does. Chinese text, full-width punctuation and plain ASCII run through.
     */
    static int plainRun(String text, int i, int n) {
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0xA0) {
                if (!PLAIN[c]) {
                    return i;
                }
            } else if (c >= 0xD800 && (c < 0xE000 || c >= 0xFFFE)) {
                return i;
            }
        }
        return n;
    }

    /** Below U+00A0: the chars written as they are (printable ASCII but {@code & < > " '}, tab, LF, CR). */
    private static final boolean[] PLAIN = new boolean[0xA0];

    static {
        for (char c = ' '; c < 0x7F; c++) {
            PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
        }
        PLAIN['\t'] = true;
        PLAIN['\n'] = true;
        PLAIN['\r'] = true;
    }

    /**
     * {@code text} escaped for HTML text and for quoted attribute values: {@code & < > " '} become
     * character references, and characters an HTML document must not contain (NUL and the other
     * control characters except tab, line feed and carriage return, unpaired surrogates,
     * U+FFFE and U+FFFF) become U+FFFD.
     */
    public static String escape(String text) {
        int n = text.length();
        int i = plainRun(text, 0, n);
        StringBuilder out = null;
        int start = 0;
        while (i < n) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement == null) {
                i = plainRun(text, Character.isHighSurrogate(c) ? i + 2 : i + 1, n);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(text, start, i).append(replacement);
            start = ++i;
            i = plainRun(text, i, n);
        }
        return out == null ? text : out.append(text, start, n).toString();
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
        markup("<").markup(name);
    }

    private void attribute(String name, String value) {
        if (!isAttributeName(name)) {
            throw new IllegalArgumentException("not an attribute name: " + name);
        }
        markup(" ").markup(name).markup("=\"").text(value).markup("\"");
    }

    private static void checkTagName(String name) {
        if (!isTagName(name)) {
            throw new IllegalArgumentException("not a tag name: " + name);
        }
    }

    /** Whether {@code name} matches {@code [A-Za-z][A-Za-z0-9-]*}; a loop, as it runs for every tag. */
    static boolean isTagName(String name) {
        if (name == null || name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} matches {@code [A-Za-z_:][A-Za-z0-9_:.-]*}; a loop, as it runs for every attribute. */
    static boolean isAttributeName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!isAsciiLetter(first) && first != '_' && first != ':') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != ':' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private void put(String s) {
        if (builder != null) {
            builder.append(s);
            return;
        }
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String s, int from, int to) {
        if (from == to) {
            return;
        }
        if (builder != null) {
            builder.append(s, from, to);
            return;
        }
        try {
            out.append(s, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
