package io.github.fazhi.core.read;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link ReportReader} made the way DESIGN.md has every reader made: a format's extractor
 * ({@link #extract}) turns the file into {@link SourceLine}s with layout hints, and the one
 * {@link StructureReader} turns them into the model. A format module implements {@link #extract} and gets
 * reading from bytes, a path and a stream, within its size limit, with messages in its locale. Subclasses
 * must be immutable and thread-safe, as every reader is.
 *
 * <pre>{@code
 * public final class MyFormatReader extends ExtractingReportReader {
 *     public MyFormatReader() { super(Locale.SIMPLIFIED_CHINESE, ReadOptions.DEFAULT_MAX_INPUT_BYTES); }
 *     public String formatId() { return "myformat"; }
 *     public SourceDocument extract(byte[] content, String sourceName) { … }
 * }
 * }</pre>
 */
public abstract class ExtractingReportReader implements ReportReader {

    private final Locale locale;
    private final long maxFileBytes;
    private final StructureReader structure;

    /**
     * @param locale the language of error messages
     * @param maxFileBytes the largest input read, in bytes
     */
    protected ExtractingReportReader(Locale locale, long maxFileBytes) {
        this.locale = Objects.requireNonNull(locale, "locale");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.structure = StructureReader.builder().locale(locale).build();
    }

    /**
     * The document's lines with their layout hints and what it declares about itself (title, author,
     * dates, a publication record), before the structure reader reads them: for apps that inspect or
     * adjust lines.
     *
     * @throws ReportReadException when the content is not a readable file of this format
     */
    public abstract SourceDocument extract(byte[] content, String sourceName);

    /**
     * Reads the report in {@code content}, named {@code sourceName} in errors.
     *
     * @throws ReportReadException when it is not a readable report of this format
     */
    @Override
    public final AnnualReport read(byte[] content, String sourceName) {
        return structure.read(extract(content, sourceName));
    }

    /**
     * Reads the report in the file at {@code path}; errors name the file.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable report of this format
     */
    @Override
    public final AnnualReport read(Path path) throws IOException {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        }
    }

    /**
     * Reads the report from {@code in} (not closed), reading at most one byte more than the size limit.
     *
     * @throws IOException when the stream cannot be read
     * @throws ReportReadException when it is not a readable report of this format
     */
    @Override
    public final AnnualReport read(InputStream in, String sourceName) throws IOException {
        return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1)), sourceName);
    }

    /** The language of error messages. */
    protected final Locale locale() {
        return locale;
    }

    /** The largest input read, in bytes. */
    protected final long maxFileBytes() {
        return maxFileBytes;
    }
}
