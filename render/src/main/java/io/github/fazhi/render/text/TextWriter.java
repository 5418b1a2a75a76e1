package io.github.fazhi.render.text;

import java.io.IOException;
import java.io.UncheckedIOException;

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

    /** Two full-width spaces, the first-line indent of GB/T 9704 body text. */
    public static final String INDENT = "\u3000\u3000";

    private final Appendable out;
    private final boolean indent;
    private final boolean blankLines;
    private final String lineSeparator;
    private boolean started;
    private boolean pendingGap;
    private boolean openLine;

    TextWriter(Appendable out, boolean indent, boolean blankLines, String lineSeparator) {
        this.out = out;
        this.indent = indent;
        this.blankLines = blankLines;
        this.lineSeparator = lineSeparator;
    }

    /** Writes a line that is not body text (header line, title, sign-off): never indented. */
    public void line(String text) {
        begin(false);
        append(text);
        append(lineSeparator);
    }

    /** Writes a line of body text, indented when the renderer indents; continues an open run-in heading. */
    public void bodyLine(String text) {
        if (openLine) {
            openLine = false;
            append(text);
            append(lineSeparator);
            return;
        }
        begin(true);
        append(text);
        append(lineSeparator);
    }

    /** Starts a body line with a run-in heading; the next {@link #bodyLine} continues the same line. */
    public void runInHeading(String text) {
        begin(true);
        append(text);
        openLine = true;
    }

    /** Ends a block: when the renderer separates blocks, a blank line comes before the next line. */
    public void blockEnd() {
        closeOpenLine();
        if (blankLines) {
            pendingGap = true;
        }
    }

    /** Asks for one blank line before the next line whatever the options (as before the sign-off). */
    public void blankLine() {
        closeOpenLine();
        pendingGap = true;
    }

    /** Whether body lines are indented. */
    public boolean indents() {
        return indent;
    }

    /** Whether blocks are separated by a blank line. */
    public boolean separatesBlocks() {
        return blankLines;
    }

    /** The line separator. */
    public String lineSeparator() {
        return lineSeparator;
    }

    void finish() {
        closeOpenLine();
    }

    private void closeOpenLine() {
        if (openLine) {
            openLine = false;
            append(lineSeparator);
        }
    }

    private void begin(boolean body) {
        closeOpenLine();
        if (pendingGap && started) {
            append(lineSeparator);
        }
        pendingGap = false;
        started = true;
        if (body && indent) {
            append(INDENT);
        }
    }

    private void append(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
