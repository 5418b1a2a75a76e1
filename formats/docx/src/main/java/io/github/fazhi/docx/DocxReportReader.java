package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.ReportReader;
import io.github.fazhi.docx.internal.DocxLine;
import io.github.fazhi.docx.internal.DocxPackageReader;
import io.github.fazhi.docx.internal.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a submitted {@code .docx} report into the same model {@link PlainTextReader} gives, with the same
 * classification and the same promise never to lose text. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * DocxReportReader reader = DocxReportReader.standard();
 * try {
 *     AnnualReport report = reader.read(Path.of("报告.docx"));
 *     report.sections().get(0).span(); // Optional[5:1-5:24]: paragraph 5
 * } catch (ReportReadException e) {
 *     System.err.println(e.getMessage()); // "报告.docx: 文档已加密（设有打开密码），请去除密码后重新保存"
 * }
 * }</pre>
 *
 * <p>The document's paragraphs are read in order, one line each, as a reader sees them: literal numbers
 * as typed, Word's automatic numbering computed into its label ({@code 一、}, {@code （一）}), tables one row a
 * line with cells separated by a tab, text boxes after the paragraph that anchors them, footnotes and endnotes
 * after the body. Line {@code i} is paragraph {@code i} (1-based; a table row counts as one paragraph), so
 * the source spans of the report point at paragraphs. The lines then go to {@link PlainTextReader}, which
 * finds the header lines, title, headings, sign-off and sections' kinds exactly as it does in text.
 * Headers and footers (page numbers), comments and deleted revisions are not read.
 *
 * <p>Hostile files fail with a {@link ReportReadException} naming the file, within bounded time and memory:
 * zip bombs (limits on entries, sizes and compression ratio, checked by this reader before Apache POI opens
 * the package; POI's JVM-wide {@code ZipSecureFile} settings are not touched), XML with DTDs (entity
 * expansion, external entities), files that are not DOCX (text, {@code .doc}, PDF, RTF, other ZIPs) and
 * encrypted documents.
 */
public final class DocxReportReader implements ReportReader {

    private static final DocxReportReader STANDARD = builder().build();

    private final ReadLimits limits;
    private final Locale locale;
    private final PlainTextReader text;

    private DocxReportReader(Builder b) {
        this.limits = new ReadLimits(
                b.maxFileBytes,
                b.maxEntries,
                b.maxEntryBytes,
                b.maxTotalBytes,
                b.minInflateRatio,
                ReadLimits.DEFAULT.ratioCheckAfterBytes(),
                b.maxDepth);
        this.locale = b.locale;
        this.text = PlainTextReader.builder()
                .locale(b.locale)
                .maxInputSize(PlainTextReader.DEFAULT_MAX_INPUT)
                .build();
    }

    /** {@code docx}. */
    @Override
    public String formatId() {
        return "docx";
    }

    /** The reader with default limits and Chinese messages. */
    public static DocxReportReader standard() {
        return STANDARD;
    }

    /** A builder for a reader with other limits or English messages. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the report in the DOCX file at {@code path}; errors name the file.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable DOCX report
     */
    @Override
    public AnnualReport read(Path path) throws IOException {
        String name = String.valueOf(path.getFileName());
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        }
    }

    /**
     * Reads the report in the DOCX read from {@code in} (not closed), named {@code sourceName} in errors.
     *
     * @throws IOException when the stream cannot be read
     * @throws ReportReadException when it is not a readable DOCX report
     */
    @Override
    public AnnualReport read(InputStream in, String sourceName) throws IOException {
        return report(readLines(in, sourceName), sourceName);
    }

    /**
     * Reads the report in the DOCX {@code bytes}, named {@code sourceName} in errors.
     *
     * @throws ReportReadException when they are not a readable DOCX report
     */
    @Override
    public AnnualReport read(byte[] bytes, String sourceName) {
        return report(readLines(bytes, sourceName), sourceName);
    }

    private AnnualReport report(List<String> lines, String sourceName) {
        return text.read(String.join("\n", lines), sourceName);
    }

    /**
     * The document's lines: paragraph {@code i} (1-based) is element {@code i - 1}.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable DOCX
     */
    public List<String> readLines(Path path) throws IOException {
        String name = String.valueOf(path.getFileName());
        try (InputStream in = Files.newInputStream(path)) {
            return readLines(in, name);
        }
    }

    /** The lines of the DOCX read from {@code in} (not closed), named {@code sourceName} in errors. */
    public List<String> readLines(InputStream in, String sourceName) throws IOException {
        DocxPackageReader r = packageReader(sourceName);
        return text(r.lines(r.readAll(in)));
    }

    /** The lines of the DOCX in {@code bytes}, named {@code sourceName} in errors. */
    public List<String> readLines(byte[] bytes, String sourceName) {
        return text(packageReader(sourceName).lines(bytes));
    }

    private DocxPackageReader packageReader(String sourceName) {
        return new DocxPackageReader(Objects.requireNonNull(sourceName, "sourceName"), limits, locale);
    }

    private static List<String> text(List<DocxLine> lines) {
        return lines.stream().map(DocxLine::text).toList();
    }

    /** Builds a {@link DocxReportReader}; not thread-safe. */
    public static final class Builder {
        private long maxFileBytes = ReadLimits.DEFAULT.maxFileBytes();
        private int maxEntries = ReadLimits.DEFAULT.maxEntries();
        private long maxEntryBytes = ReadLimits.DEFAULT.maxEntryBytes();
        private long maxTotalBytes = ReadLimits.DEFAULT.maxTotalBytes();
        private double minInflateRatio = ReadLimits.DEFAULT.minInflateRatio();
        private int maxDepth = ReadLimits.DEFAULT.maxDepth();
        private Locale locale = Locale.SIMPLIFIED_CHINESE;

        private Builder() {}

        /** The largest file accepted (default 64 MiB). */
        public Builder maxFileBytes(long value) {
            maxFileBytes = value;
            return this;
        }

        /** The most ZIP entries accepted (default 10,000). */
        public Builder maxEntries(int value) {
            maxEntries = value;
            return this;
        }

        /** The largest uncompressed entry accepted (default 32 MiB). */
        public Builder maxEntryBytes(long value) {
            maxEntryBytes = value;
            return this;
        }

        /** The largest uncompressed total accepted (default 200 MiB). */
        public Builder maxTotalBytes(long value) {
            maxTotalBytes = value;
            return this;
        }

        /** The smallest compressed/uncompressed ratio of an entry past 100,000 bytes (default 0.01: 100 times). */
        public Builder minInflateRatio(double value) {
            minInflateRatio = value;
            return this;
        }

        /** The deepest XML element nesting followed (default 256). */
        public Builder maxDepth(int value) {
            maxDepth = value;
            return this;
        }

        /** The language of error messages: Chinese (default) or English ({@link Locale#ENGLISH}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * @throws IllegalArgumentException when a limit is not positive
         */
        public DocxReportReader build() {
            return new DocxReportReader(this);
        }
    }
}
