package io.github.fazhi.render.text;

import io.github.fazhi.core.TextLineWriter;

/**
 * Writes plain text line by line for one rendering, with the options of its {@link TextRenderer}: the
 * 2-character full-width indent of body lines, a blank line between blocks, the line separator.
 *
 * <p>Blocks call {@link #blockEnd()} when they end; the writer puts one blank line before the next
 * line when the renderer separates blocks. A run-in heading starts a body line that the next
 * {@link #bodyLine} continues, so {@code （一）坚持思想引领。局党组……} stays one line.
 *
 * <pre>{@code
 * NodeRenderer.of(NodeType.SIGN_OFF, signOff -> {
 *     TextWriter w = context.writer();
 *     w.blankLine();
 *     signOff.issuers().forEach(w::line);
 *     w.line("（此件公开发布）");
 *     w.blockEnd();
 * })
 * }</pre>
 */
public final class TextWriter {

    /** The first-line indent of body text: two ideographic spaces. */
    public static final String INDENT = TextLineWriter.INDENT;

    private final TextLineWriter lines;

    TextWriter(Appendable out, boolean indent, boolean blankLines, String lineSeparator) {
        this.lines = new TextLineWriter(out, indent, blankLines, lineSeparator);
    }

    /** A line without indent (header lines, title lines, sign-off lines). */
    public void line(String text) {
        lines.line(text);
    }

    /** A line of body text, indented when the renderer indents; right after {@link #runInHeading}, the rest of it. */
    public void bodyLine(String text) {
        lines.bodyLine(text);
    }

    /** Starts a body line with a run-in heading; the next {@link #bodyLine} continues it. */
    public void runInHeading(String text) {
        lines.runInHeading(text);
    }

    /** Ends a block: a blank line follows before the next line when the renderer separates blocks. */
    public void blockEnd() {
        lines.blockEnd();
    }

    /** A blank line before the next line, whatever the renderer's setting (before the sign-off). */
    public void blankLine() {
        lines.blankLine();
    }

    /** Whether body lines are indented. */
    public boolean indents() {
        return lines.indents();
    }

    /** Whether blocks are separated by blank lines. */
    public boolean separatesBlocks() {
        return lines.separatesBlocks();
    }

    /** The line separator. */
    public String lineSeparator() {
        return lines.lineSeparator();
    }

    void finish() {
        lines.finish();
    }
}
