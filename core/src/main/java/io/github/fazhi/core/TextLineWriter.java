package io.github.fazhi.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes the plain-text format line by line: lines flush left or, for body text, indented with two ideographic
 * spaces ({@code indent}); a blank line between blocks ({@code blankLines}); a run-in heading and the paragraph
 * it starts on one line. {@link PlainTextWriter} and fazhi-render's text renderer both write through it, so the
 * text format is defined once. Not thread-safe: one per rendering.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * TextLineWriter w = new TextLineWriter(out, true, true, "\n");
 * w.line("清河区司法局2024年法治政府建设年度报告");
 * w.blockEnd();
 * w.runInHeading("（一）坚持思想引领。");
 * w.bodyLine("局党组……");
 * w.finish(); // "清河区司法局…报告\n\n　　（一）坚持思想引领。局党组……\n"
 * }</pre>
 */
public final class TextLineWriter {

    /** The first-line indent of body text: two ideographic spaces. */
    public static final String INDENT = "\u3000\u3000";

    private final Appendable out;
    private final boolean indent;
    private final boolean blankLines;
    private final String lineSeparator;
    private boolean started;
    private boolean pendingGap;
    private boolean openLine;

    /**
     * @param out where the text goes
     * @param indent whether body lines start with {@link #INDENT}
     * @param blankLines whether a blank line stands between blocks
     * @param lineSeparator what ends a line
     */
    public TextLineWriter(Appendable out, boolean indent, boolean blankLines, String lineSeparator) {
        this.out = Objects.requireNonNull(out, "out");
        this.indent = indent;
        this.blankLines = blankLines;
        this.lineSeparator = Objects.requireNonNull(lineSeparator, "lineSeparator");
    }

    /** A line without indent (header lines, title lines, sign-off lines). */
    public void line(String text) {
        begin(false);
        append(text);
        append(lineSeparator);
    }

    /** A line of body text, indented when the writer indents; right after {@link #runInHeading}, the rest of it. */
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

    /** Starts a body line with a run-in heading; the next {@link #bodyLine} continues it. */
    public void runInHeading(String text) {
        begin(true);
        append(text);
        openLine = true;
    }

    /** Ends a block: a blank line follows before the next line when the writer separates blocks. */
    public void blockEnd() {
        closeOpenLine();
        if (blankLines) {
            pendingGap = true;
        }
    }

    /** A blank line before the next line, whether or not the writer separates blocks (before the sign-off). */
    public void blankLine() {
        closeOpenLine();
        pendingGap = true;
    }

    /** Whether body lines are indented. */
    public boolean indents() {
        return indent;
    }

    /** Whether blocks are separated by blank lines. */
    public boolean separatesBlocks() {
        return blankLines;
    }

    /** The line separator. */
    public String lineSeparator() {
        return lineSeparator;
    }

    /** Ends an open run-in line; call once at the end. */
    public void finish() {
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
