package io.github.fazhi.ofd;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ExtractingReportReader;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.ofd.internal.extract.OfdExtractor;
import io.github.fazhi.ofd.internal.extract.OfdLimits;
import io.github.fazhi.ofd.internal.extract.OfdMessages;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report in OFD (GB/T 33190, the national format for electronic official documents) into the same
 * model every fazhi reader gives. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * OfdReportReader reader = OfdReportReader.standard();
 * AnnualReport report = reader.read(Path.of("2025年法治政府建设年度报告.ofd"));
 * report.sections().get(0).span();   // Optional[p1:6:1-6:25]: page 1, line 6
 * }</pre>
 *
 * <p>What it reads (ofdrw): the text objects of every page, its templates included, each character placed
 * where the page shows it (text code positions, advances, the object's boundary and transformation), grouped
 * into lines by baseline in reading order; lines a layout wrapped are joined into their paragraphs again,
 * running page numbers and headers are page furniture, and each line carries its font size, weight (a bold
 * weight or a bold font) and centring as hints. The document's title, author and creation date (DocInfo) go
 * into the {@link io.github.fazhi.core.read.DocumentInfo}. Spans give the page and the line on it.
 *
 * <p>Hostile packages fail with a {@link ReportReadException} naming the file, in bounded time and memory,
 * before ofdrw reads anything (ofdrw's own unpacking has no size limits and a path check that {@code ..}
 * passes): the number of entries, each entry's and the total inflated size and the inflation ratio (zip
 * bombs), entry names that are absolute, hold {@code ..}, a drive letter or a backslash, or repeat (path
 * traversal), XML parts with a DTD (entity expansion, external entities) or nested too deeply, and the
 * page and character counts. The checked parts are written to a private temporary directory that is
 * deleted after the read. Encrypted OFDs and OFDs without text (scans) are refused by name.
 */
public final class OfdReportReader extends ExtractingReportReader {

    private static final OfdReportReader STANDARD = builder().build();

    private final OfdLimits limits;

    private OfdReportReader(Builder b) {
        super(b.locale, b.maxFileBytes);
        this.limits = new OfdLimits(
                b.maxFileBytes,
                b.maxEntries,
                b.maxEntryBytes,
                b.maxTotalBytes,
                b.minInflateRatio,
                OfdLimits.DEFAULT.ratioCheckAfterBytes(),
                b.maxDepth,
                b.maxPages,
                b.maxGlyphs);
    }

    /** The reader with the default limits and Chinese messages. */
    public static OfdReportReader standard() {
        return STANDARD;
    }

    /** A builder for a reader with other limits or English messages. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code ofd}. */
    @Override
    public String formatId() {
        return DocumentFormat.OFD.id();
    }

    /**
     * The document's lines with their layout hints and what it declares about itself, before the structure
     * reader reads them.
     *
     * @throws ReportReadException when it is not a readable OFD
     */
    @Override
    public SourceDocument extract(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        OfdMessages messages = OfdMessages.of(locale());
        if (content.length > limits.maxFileBytes()) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(OfdMessages.Key.TOO_LARGE, limits.maxFileBytes()), null);
        }
        DocumentFormat format = Readers.detect(content);
        if (!format.equals(DocumentFormat.OFD) && !format.equals(DocumentFormat.ZIP)) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(OfdMessages.Key.NOT_OFD, format.displayName(locale())), null);
        }
        return OfdExtractor.extract(content, sourceName, limits, messages);
    }

    /** Builds an {@link OfdReportReader}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private long maxFileBytes = OfdLimits.DEFAULT.maxFileBytes();
        private int maxEntries = OfdLimits.DEFAULT.maxEntries();
        private long maxEntryBytes = OfdLimits.DEFAULT.maxEntryBytes();
        private long maxTotalBytes = OfdLimits.DEFAULT.maxTotalBytes();
        private double minInflateRatio = OfdLimits.DEFAULT.minInflateRatio();
        private int maxDepth = OfdLimits.DEFAULT.maxDepth();
        private int maxPages = OfdLimits.DEFAULT.maxPages();
        private long maxGlyphs = OfdLimits.DEFAULT.maxGlyphs();

        private Builder() {}

        /** The language of error messages: Chinese (default) or English ({@link Locale#ENGLISH}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

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

        /** The deepest XML element nesting accepted (default 256). */
        public Builder maxDepth(int value) {
            maxDepth = value;
            return this;
        }

        /** The most pages read (default 2,000). */
        public Builder maxPages(int value) {
            maxPages = value;
            return this;
        }

        /** The most characters read (default 5 million). */
        public Builder maxGlyphs(long value) {
            maxGlyphs = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException when a limit is not positive
         */
        public OfdReportReader build() {
            return new OfdReportReader(this);
        }
    }
}
