package io.github.fazhi.core.read;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one format into an {@link AnnualReport}. Every reader of fazhi, in core and in the format modules,
 * is one of these, built by its {@link ReaderProvider} and found by {@link Readers}; an app that knows its
 * format can also use the format's own reader class directly. Readers are immutable and thread-safe.
 *
 * <pre>{@code
 * ReportReader reader = Readers.forFile(Path.of("2025.docx"));
 * reader.formatId();                                   // "docx"
 * AnnualReport report = reader.read(Path.of("2025.docx"));
 * }</pre>
 */
public interface ReportReader {

    /** The id of the format read ({@code text}, {@code json}, {@code docx}, …); see {@link DocumentFormat}. */
    String formatId();

    /**
     * Reads the report in {@code content}.
     *
     * @param content the file's bytes
     * @param sourceName the name used in error messages, e.g. the file name
     * @throws ReportReadException when the content is not a readable report; the message names the source
     *     and the position
     */
    AnnualReport read(byte[] content, String sourceName);

    /**
     * Reads the report in the file at {@code path}; error messages name the path.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when its content is not a readable report
     */
    AnnualReport read(Path path) throws IOException;

    /**
     * Reads the report from {@code in}, which the caller closes.
     *
     * @throws IOException when the stream cannot be read
     * @throws ReportReadException when its content is not a readable report
     */
    default AnnualReport read(InputStream in, String sourceName) throws IOException {
        return read(in.readAllBytes(), sourceName);
    }
}
