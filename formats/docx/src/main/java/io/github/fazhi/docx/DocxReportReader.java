package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.ReportReader;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.read.StructureReader;
import io.github.fazhi.docx.internal.DocxLine;
import io.github.fazhi.docx.internal.DocxPackageReader;
import io.github.fazhi.docx.internal.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * the source spans of the report point at paragraphs. The lines go with their layout hints (heading style and
 * outline level, centred, bold, font size, table rows, notes) to core's {@link StructureReader}, the genre
 * logic {@link PlainTextReader} uses too: a paragraph in Word's, WPS's or LibreOffice's heading style is a
 * heading even without a number, a centred title in a large face is the title. Page headers and footers
 * (page numbers) are read as page furniture, kept but not part of the report. Comments and deleted
 * revisions are not read.
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
    private final StructureReader structure;

    private DocxReportReader(Builder b) {
        this.limits = new ReadLimits(
                b.maxFileBytes,
                b.maxEntries,
                b.maxEntryBytes,
                b.maxTotalBytes,
                b.minInflateRatio,
                b.ratioCheckAfterBytes,
                b.maxDepth);
        this.locale = b.locale;
        this.structure = StructureReader.builder().locale(b.locale).build();
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
        String name = path.toString();
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
        DocxPackageReader r = packageReader(sourceName);
        return structure.read(document(r.read(r.readAll(in)), sourceName));
    }

    /**
     * Reads the report in the DOCX {@code bytes}, named {@code sourceName} in errors.
     *
     * @throws ReportReadException when they are not a readable DOCX report
     */
    @Override
    public AnnualReport read(byte[] bytes, String sourceName) {
        return structure.read(document(bytes, sourceName));
    }

    /**
     * The DOCX in {@code bytes} as the lines the {@link StructureReader} reads: its paragraphs in order with
     * their layout hints (heading style and outline level, centred, bold, font size; table rows in the
     * {@code TABLE} region, notes in {@code NOTE}), the page headers' paragraphs before them and the footers'
     * after them as page furniture ({@code PAGE_HEADER}, {@code PAGE_FOOTER}), and the core properties as
     * {@link DocumentInfo}. Line {@code i} of a body paragraph's span is paragraph {@code i}; header and footer
     * paragraphs are numbered after the body's.
     *
     * @throws ReportReadException when they are not a readable DOCX
     */
    public SourceDocument document(byte[] bytes, String sourceName) {
        return document(packageReader(sourceName).read(bytes), sourceName);
    }

    private SourceDocument document(DocxPackageReader.Extracted x, String sourceName) {
        List<SourceLine> lines = new ArrayList<>();
        int number = x.body().size();
        for (DocxLine l : x.headers()) {
            addLine(lines, l, ++number, true);
        }
        boolean blank = true;
        for (int i = 0; i < x.body().size(); i++) {
            blank = addLine(lines, x.body().get(i), i + 1, blank);
        }
        for (DocxLine l : x.footers()) {
            addLine(lines, l, ++number, true);
        }
        return new SourceDocument(sourceName, formatId(), lines, x.info());
    }

    /** Adds {@code l} as line {@code number} unless it is blank; returns whether the next line follows a blank. */
    private static boolean addLine(List<SourceLine> lines, DocxLine l, int number, boolean blankBefore) {
        String t = l.text();
        int from = 0;
        while (from < t.length() && isBlank(t.codePointAt(from))) {
            from += Character.charCount(t.codePointAt(from));
        }
        int to = t.length();
        while (to > from && isBlank(t.codePointBefore(to))) {
            to -= Character.charCount(t.codePointBefore(to));
        }
        if (to <= from) {
            return true;
        }
        String text = t.substring(from, to);
        int column = t.codePointCount(0, from) + 1;
        LayoutHints.Builder h = LayoutHints.builder()
                .blankBefore(blankBefore)
                .centred(l.centred())
                .bold(l.bold())
                .region(region(l.kind()));
        l.outlineLevel().ifPresent(level -> h.outlineLevel(level + 1));
        l.styleName().ifPresent(h::styleName);
        l.fontSize().ifPresent(h::fontSize);
        lines.add(new SourceLine(
                text, SourceSpan.ofLine(number, column, text.codePointCount(0, text.length())), h.build()));
        return false;
    }

    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static LineRegion region(DocxLine.Kind kind) {
        return switch (kind) {
            case PARAGRAPH, TEXT_BOX -> LineRegion.BODY;
            case TABLE_ROW -> LineRegion.TABLE;
            case NOTE -> LineRegion.NOTE;
            case PAGE_HEADER -> LineRegion.PAGE_HEADER;
            case PAGE_FOOTER -> LineRegion.PAGE_FOOTER;
        };
    }

    /**
     * The document's lines: paragraph {@code i} (1-based) is element {@code i - 1}.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable DOCX
     */
    public List<String> readLines(Path path) throws IOException {
        String name = path.toString();
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
        private long ratioCheckAfterBytes = ReadLimits.DEFAULT.ratioCheckAfterBytes();
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

        /** The largest uncompressed entry accepted (default 192 MiB). */
        public Builder maxEntryBytes(long value) {
            maxEntryBytes = value;
            return this;
        }

        /** The largest uncompressed total accepted (default 384 MiB). */
        public Builder maxTotalBytes(long value) {
            maxTotalBytes = value;
            return this;
        }

        /**
         * The smallest compressed/uncompressed ratio of an entry once it inflates past
         * {@link #ratioCheckAfterBytes(long)} (default 0.01: 100 times).
         */
        public Builder minInflateRatio(double value) {
            minInflateRatio = value;
            return this;
        }

        /**
         * How far an entry may inflate before its compression ratio is checked (default 64 MiB): below it the
         * size bounds alone hold, so a long report of repetitive text, which compresses a thousandfold, is read.
         */
        public Builder ratioCheckAfterBytes(long value) {
            ratioCheckAfterBytes = value;
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
