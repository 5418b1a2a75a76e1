package io.github.fazhi.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A document could not be read as a report: undecodable bytes, malformed or unsupported JSON, a file
 * that is not a report at all, a hostile archive. The message names the source and the position, and is
 * meant for the person who supplied the file; no stack trace is needed to act on it.
 *
 * <pre>{@code
 * try {
 *     report = reader.read(path);
 * } catch (ReportReadException e) {
 *     System.err.println(e.getMessage()); // "report.txt: byte 1031: not valid UTF-8, UTF-16 or GB18030"
 * }
 * }</pre>
 */
public class ReportReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;
    private final transient Optional<SourceSpan> span;
    private final long byteOffset;
    private final String location;

    /**
     * @param source the file name or another name for the input ({@code <string>})
     * @param location where in the input, in words ({@code byte 1031}, {@code line 3, column 5},
     *     {@code $.sections[2].number}), or empty
     * @param problem what is wrong, for a person
     * @param span the position as a span, when it has lines
     * @param byteOffset the byte offset, or -1
     * @param cause the underlying exception, or null
     */
    public ReportReadException(
            String source,
            String location,
            String problem,
            Optional<SourceSpan> span,
            long byteOffset,
            Throwable cause) {
        super(compose(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = Objects.requireNonNull(location, "location");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.span = Objects.requireNonNull(span, "span");
        this.byteOffset = byteOffset;
    }

    /** A problem at a line and column. */
    public static ReportReadException at(String source, int line, int column, String problem) {
        return new ReportReadException(
                source,
                "line " + line + ", column " + column,
                problem,
                Optional.of(SourceSpan.of(line, column, line, column)),
                -1,
                null);
    }

    /** A problem at a byte offset. */
    public static ReportReadException atByte(String source, long byteOffset, String problem) {
        return new ReportReadException(source, "byte " + byteOffset, problem, Optional.empty(), byteOffset, null);
    }

    /** A problem with the input as a whole, or at a location given in words. */
    public static ReportReadException of(String source, String location, String problem, Throwable cause) {
        return new ReportReadException(source, location, problem, Optional.empty(), -1, cause);
    }

    private static String compose(String source, String location, String problem) {
        return location.isEmpty() ? source + ": " + problem : source + ": " + location + ": " + problem;
    }

    /** The file name or input name. */
    public String source() {
        return source;
    }

    /** Where in the input, in words; empty when the problem concerns the whole input. */
    public String location() {
        return location;
    }

    /** What is wrong, without source and location. */
    public String problem() {
        return problem;
    }

    /** The line and column, when the input has lines. */
    public Optional<SourceSpan> span() {
        return span;
    }

    /** The byte offset, when the problem is at one. */
    public OptionalLong byteOffset() {
        return byteOffset >= 0 ? OptionalLong.of(byteOffset) : OptionalLong.empty();
    }
}
