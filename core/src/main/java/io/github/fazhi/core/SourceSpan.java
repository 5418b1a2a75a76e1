package io.github.fazhi.core;

/**
 * Where an element stood in the document it was read from.
 *
 * <p>Lines and columns count from 1. Columns count Unicode code points, so a Chinese character is one
 * column. For documents without lines (DOCX), {@code line} is the 1-based paragraph index and the
 * columns cover the paragraph's text. For paged documents (PDF, OFD) {@code page} is the 1-based page
 * and {@code line} the line on that page; for all others {@code page} is 0.
 *
 * <pre>{@code
 * SourceSpan span = SourceSpan.of(30, 1, 30, 57);
 * span.toString(); // "30:1-30:57"
 * }</pre>
 *
 * @param page the page, from 1, in a paged document (PDF, OFD); 0 when the document has no pages
 * @param line the first line (on {@code page}, in a paged document), from 1
 * @param column the first column on {@code line}, from 1
 * @param endLine the last line, not before {@code line}
 * @param endColumn the column just past the last character on {@code endLine}
 */
public record SourceSpan(int page, int line, int column, int endLine, int endColumn) implements Comparable<SourceSpan> {

    /** Checks that positions count from 1 (pages from 1, or 0 for none) and the end is not before the start. */
    public SourceSpan {
        if (page < 0) {
            throw new IllegalArgumentException("pages count from 1 (0 for none): " + page);
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException(
                    "span ends before it starts: " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A span from {@code line:column} to {@code endLine:endColumn} in a document without pages. */
    public SourceSpan(int line, int column, int endLine, int endColumn) {
        this(0, line, column, endLine, endColumn);
    }

    /** A span from {@code line:column} to {@code endLine:endColumn} in a document without pages. */
    public static SourceSpan of(int line, int column, int endLine, int endColumn) {
        return new SourceSpan(line, column, endLine, endColumn);
    }

    /** A span on {@code page} of a paged document, from {@code line:column} to {@code endLine:endColumn} there. */
    public static SourceSpan onPage(int page, int line, int column, int endLine, int endColumn) {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        return new SourceSpan(page, line, column, endLine, endColumn);
    }

    /** Whether the span is on a page of a paged document. */
    public boolean paged() {
        return page > 0;
    }

    /** This span moved to {@code newPage} (0 for none). */
    public SourceSpan withPage(int newPage) {
        return newPage == page ? this : new SourceSpan(newPage, line, column, endLine, endColumn);
    }

    /** A span covering {@code length} code points of one line, starting at {@code column}. */
    public static SourceSpan ofLine(int line, int column, int length) {
        return new SourceSpan(line, column, line, column + Math.max(0, length));
    }

    @Override
    public int compareTo(SourceSpan other) {
        int c = Integer.compare(page, other.page);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    /** {@code 30:1-30:57}, or {@code p3:5:1-5:20} on page 3 of a paged document. */
    @Override
    public String toString() {
        return (page > 0 ? "p" + page + ":" : "") + line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
