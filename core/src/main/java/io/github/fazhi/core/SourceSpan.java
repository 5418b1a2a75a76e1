package io.github.fazhi.core;

/**
 * Where an element stood in the document it was read from.
 *
 * <p>Lines and columns count from 1. Columns count Unicode code points, so a Chinese character is one
 * column. For documents without lines (DOCX), {@code line} is the 1-based paragraph index and the
 * columns cover the paragraph's text.
 *
 * <pre>{@code
 * SourceSpan span = SourceSpan.of(30, 1, 30, 57);
 * span.toString(); // "30:1-30:57"
 * }</pre>
 *
 * @param line the first line, from 1
 * @param column the first column on {@code line}, from 1
 * @param endLine the last line, not before {@code line}
 * @param endColumn the column just past the last character on {@code endLine}
 */
public record SourceSpan(int line, int column, int endLine, int endColumn) implements Comparable<SourceSpan> {

    public SourceSpan {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException(
                    "span ends before it starts: " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A span from {@code line:column} to {@code endLine:endColumn}. */
    public static SourceSpan of(int line, int column, int endLine, int endColumn) {
        return new SourceSpan(line, column, endLine, endColumn);
    }

    /** A span covering {@code length} code points of one line, starting at {@code column}. */
    public static SourceSpan ofLine(int line, int column, int length) {
        return new SourceSpan(line, column, line, column + Math.max(0, length));
    }

    @Override
    public int compareTo(SourceSpan other) {
        int c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
