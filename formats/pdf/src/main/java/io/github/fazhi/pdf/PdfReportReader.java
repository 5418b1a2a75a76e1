package io.github.fazhi.pdf;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ExtractingReportReader;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.pdf.internal.extract.PdfExtractor;
import io.github.fazhi.pdf.internal.extract.PdfLimits;
import io.github.fazhi.pdf.internal.extract.PdfMessages;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report published or submitted as PDF into the same model every fazhi reader gives. Immutable and
 * safe to share between threads.
 *
 * <pre>{@code
 * PdfReportReader reader = PdfReportReader.standard();
 * AnnualReport report = reader.read(Path.of("2025年法治政府建设年度报告.pdf"));
 * report.sections().get(0).span();   // Optional[p1:6:1-6:25]: page 1, line 6
 * try {
 *     reader.read(Path.of("扫描件.pdf"));
 * } catch (ReportReadException e) {
 *     e.getMessage(); // "扫描件.pdf: PDF 中没有可提取的文字（3 页共 0 个字符）：这很可能是扫描件……"
 * }
 * }</pre>
 *
 * <p>What it reads (Apache PDFBox): the text lines of every page in reading order, grouped and sorted by
 * PDFBox's text stripper; lines a page layout wrapped are joined into their paragraph again (a line that
 * fills the text block continues on the next when that starts without indent, also over a page break);
 * gaps of more than two characters inside a line separate table cells. Each line carries layout hints: its
 * font size, bold (a bold face, or synthetic bold painted filled and stroked), centring within the text
 * block and a blank line before it. Running page numbers ({@code — 1 —}, {@code - 2 -}, {@code 第 3 页},
 * {@code 3/10}) and running headers and footers are page furniture, kept apart from the report's text.
 * Kangxi radicals and compatibility ideographs some fonts map their glyphs to ({@code ⼀} for {@code 一})
 * are read as the ideographs they stand for. Spans give the page and the line on it. The title, author
 * and creation date of the document information go into the {@link io.github.fazhi.core.read.DocumentInfo}.
 *
 * <p>Refused with a {@link ReportReadException} naming the file, never read as a report of nonsense: a PDF
 * with no text to read (a scan, or pictures of pages: fazhi does no OCR); a PDF whose fonts have no
 * ToUnicode map (a CJK font embedded with Identity-H encoding and nothing else: its glyphs map to no
 * characters) or whose text comes out as private-use, replacement or mis-encoded characters; a PDF with an
 * opening password (one with only an owner password, which any viewer opens, is read); damaged files.
 *
 * <p>Bounded against hostile files, each a clear error in bounded time and memory: the file size, the page
 * count (2,000), what each data stream and all of them inflate to (64 MiB, 512 MiB: checked before PDFBox
 * decodes anything, since PDFBox decodes a stream whole into memory), content-stream operations (20
 * million), extracted characters (5 million), nesting deep enough to overflow the stack, and time (30
 * seconds). The limits can be set on the {@link Builder}.
 */
public final class PdfReportReader extends ExtractingReportReader {

    private static final PdfReportReader STANDARD = builder().build();

    private final PdfLimits limits;

    private PdfReportReader(Builder b) {
        super(b.locale, b.maxFileBytes);
        this.limits = new PdfLimits(
                b.maxFileBytes,
                b.maxPages,
                b.maxStreamBytes,
                b.maxDecodedBytes,
                b.maxOperations,
                b.maxChars,
                b.maxMillis);
    }

    /** The reader with the default limits and Chinese messages. */
    public static PdfReportReader standard() {
        return STANDARD;
    }

    /** A builder for a reader with other limits or English messages. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code pdf}. */
    @Override
    public String formatId() {
        return DocumentFormat.PDF.id();
    }

    /**
     * The document's lines with their layout hints and what it declares about itself, before the structure
     * reader reads them.
     *
     * @throws ReportReadException when it is not a readable PDF
     */
    @Override
    public SourceDocument extract(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        PdfMessages messages = PdfMessages.of(locale());
        if (content.length > limits.maxFileBytes()) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(PdfMessages.Key.TOO_LARGE, limits.maxFileBytes()), null);
        }
        DocumentFormat format = Readers.detect(content);
        if (!format.equals(DocumentFormat.PDF)) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(PdfMessages.Key.NOT_PDF, format.displayName(locale())), null);
        }
        return PdfExtractor.extract(content, sourceName, limits, messages);
    }

    /** Builds a {@link PdfReportReader}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private long maxFileBytes = PdfLimits.DEFAULT.maxFileBytes();
        private int maxPages = PdfLimits.DEFAULT.maxPages();
        private long maxStreamBytes = PdfLimits.DEFAULT.maxStreamBytes();
        private long maxDecodedBytes = PdfLimits.DEFAULT.maxDecodedBytes();
        private long maxOperations = PdfLimits.DEFAULT.maxOperations();
        private long maxChars = PdfLimits.DEFAULT.maxChars();
        private long maxMillis = PdfLimits.DEFAULT.maxMillis();

        private Builder() {}

        /** The language of error messages: Chinese (default) or English ({@link Locale#ENGLISH}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** The largest file accepted, in bytes (default 64 MiB). */
        public Builder maxFileBytes(long value) {
            maxFileBytes = value;
            return this;
        }

        /** The most pages read (default 2,000). */
        public Builder maxPages(int value) {
            maxPages = value;
            return this;
        }

        /** The most one data stream may inflate to, in bytes (default 64 MiB). */
        public Builder maxStreamBytes(long value) {
            maxStreamBytes = value;
            return this;
        }

        /** The most all data streams together may inflate to, in bytes (default 512 MiB). */
        public Builder maxDecodedBytes(long value) {
            maxDecodedBytes = value;
            return this;
        }

        /** The most content-stream operations processed (default 20 million). */
        public Builder maxOperations(long value) {
            maxOperations = value;
            return this;
        }

        /** The most characters extracted (default 5 million). */
        public Builder maxChars(long value) {
            maxChars = value;
            return this;
        }

        /** The longest a read may take, in milliseconds (default 30,000). */
        public Builder maxMillis(long value) {
            maxMillis = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException when a limit is not positive
         */
        public PdfReportReader build() {
            return new PdfReportReader(this);
        }
    }
}
