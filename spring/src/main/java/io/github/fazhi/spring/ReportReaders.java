package io.github.fazhi.spring;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * fazhi's {@link Readers} with the {@link ReadOptions} of the {@code fazhi.read.*} properties: every format
 * that has a reader on the class path, told from the content, inputs bounded by {@code
 * fazhi.read.max-input-size}, reader messages in the current request's locale. Thread-safe.
 *
 * <pre>{@code
 * @PostMapping("/upload")
 * String upload(@RequestParam MultipartFile file) throws IOException {
 *     try (InputStream in = file.getInputStream()) {
 *         AnnualReport report = readers.read(in, file.getOriginalFilename()); // .txt, .docx, .json, …
 *         return validator.validate(report, file.getOriginalFilename()).toJson();
 *     } catch (ReportReadException e) {
 *         return e.getMessage(); // names the file and the position, never a stack trace
 *     }
 * }
 * }</pre>
 */
public final class ReportReaders {

    private final ReadOptions options;
    private final RequestLocales locales;

    ReportReaders(ReadOptions options, RequestLocales locales) {
        this.options = Objects.requireNonNull(options, "options");
        this.locales = locales;
    }

    /** The options of a read on this thread: the configured ones in the current request's locale. */
    public ReadOptions options() {
        return options.toBuilder().locale(locales.current()).build();
    }

    /**
     * Reads the report in the file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable report, or larger than the limit
     */
    public AnnualReport read(Path path) throws IOException {
        return Readers.read(path, options());
    }

    /**
     * Reads the report in {@code content}; {@code sourceName} names it in messages.
     *
     * @throws ReportReadException when it is not a readable report, or larger than the limit
     */
    public AnnualReport read(byte[] content, String sourceName) {
        return Readers.read(content, sourceName, options());
    }

    /**
     * Reads the report in {@code in}, never more than the limit and one byte; {@code sourceName} names it in
     * messages. The stream is not closed.
     *
     * @throws IOException when the stream cannot be read
     * @throws ReportReadException when it is not a readable report, or larger than the limit
     */
    public AnnualReport read(InputStream in, String sourceName) throws IOException {
        ReadOptions o = options();
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, o.maxInputBytes() + 1));
        return Readers.read(content, sourceName, o);
    }

    /** The format of {@code content}, told from the content alone. */
    public DocumentFormat detect(byte[] content) {
        return Readers.detect(content);
    }

    /** The ids of the formats that have a reader on the class path ({@code text}, {@code json}, {@code docx}, …). */
    public List<String> formats() {
        return Readers.formats();
    }
}
