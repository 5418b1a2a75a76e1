package io.github.fazhi.render.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CommonMark blocks for one rendering, escaping report text so that nothing in it is read as
 * Markdown: emphasis, code, links, images, raw HTML, entities, headings, block quotes, lists, thematic
 * breaks, setext underlines, tables, strikethrough and math (GitHub) all come out as the literal
 * characters.
 * Blocks are separated by one blank line.
 *
 * <pre>{@code
 * MarkdownWriter.escape("1. 第*一*项 <b>");  // "1\. 第\*一\*项 \<b\>"
 * NodeRenderer.of(NodeType.SIGN_OFF, signOff -> {
 *     context.writer().paragraph("（此件公开发布）");
 *     context.renderDefault(NodeType.SIGN_OFF, signOff);
 * })
 * }</pre>
 */
public final class MarkdownWriter {

    /** Characters escaped wherever they stand. */
    private static final String ALWAYS = "\\`*_[]<>#|~&$";

    private final Appendable out;
    private boolean started;

    MarkdownWriter(Appendable out) {
        this.out = out;
    }

    /**
     * Writes an ATX heading of {@code level} (1 to 6) with {@code text} escaped; line breaks in the text
     * become spaces, since a heading is one line.
     */
    public void heading(int level, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Markdown heading levels are 1 to 6, not " + level);
        }
        String oneLine = String.join(" ", lines(text));
        block("#".repeat(level) + (oneLine.isEmpty() ? "" : " " + escapeInline(oneLine)));
    }

    /**
     * Writes a paragraph of {@code text}, escaped. Line breaks in the text are kept as hard line breaks;
     * blank lines and the spaces and tabs at either end of a line are dropped, as Markdown would drop them.
     * An empty text writes nothing.
     */
    public void paragraph(String text) {
        lines(lines(text));
    }

    /** Writes one paragraph with each of {@code lines} on a line of its own (hard line breaks), escaped. */
    public void lines(List<String> lines) {
        List<String> escaped = new ArrayList<>(lines.size());
        for (String l : lines) {
            for (String part : lines(l)) {
                escaped.add(escape(part));
            }
        }
        if (!escaped.isEmpty()) {
            block(String.join("\\\n", escaped));
        }
    }

    /** Writes {@code markdown} as a block of its own, not escaped: the caller answers for what it contains. */
    public void rawBlock(String markdown) {
        block(markdown.strip());
    }

    /**
     * {@code text} escaped as the start of a paragraph line: every character Markdown could read as syntax
     * is preceded by a backslash (and list markers and the like only at the start, where they count).
     * Line breaks are not treated; use {@link #paragraph} for text with line breaks.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        // Leading block syntax: list bullets, block quotes, setext underlines, thematic breaks.
        if (!text.isEmpty() && "-+=".indexOf(text.charAt(0)) >= 0) {
            out.append('\\').append(text.charAt(0));
            start = 1;
        } else {
            // An ordered-list marker: up to 9 digits, then '.' or ')', then a space, a tab or the end.
            int digits = 0;
            while (digits < text.length() && digits < 10 && isAsciiDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits >= 1 && digits <= 9 && digits < text.length()) {
                char delimiter = text.charAt(digits);
                boolean endsMarker = digits + 1 == text.length()
                        || text.charAt(digits + 1) == ' '
                        || text.charAt(digits + 1) == '\t';
                if ((delimiter == '.' || delimiter == ')') && endsMarker) {
                    out.append(text, 0, digits).append('\\').append(delimiter);
                    start = digits + 1;
                }
            }
        }
        appendInline(out, text, start);
        return out.toString();
    }

    /** {@code text} with the characters escaped that count anywhere in a line (not the line-start ones). */
    public static String escapeInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendInline(out, text, 0);
        return out.toString();
    }

    private static void appendInline(StringBuilder out, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The non-blank lines of {@code text} (CommonMark line endings only), without spaces and tabs at either end. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String t = stripAsciiBlanks(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String stripAsciiBlanks(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isAsciiBlank(s.charAt(b))) {
            b++;
        }
        while (e > b && isAsciiBlank(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isAsciiBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private void block(String markdown) {
        try {
            if (started) {
                out.append('\n');
            }
            started = true;
            out.append(markdown).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
