package io.github.fazhi.core.read;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.internal.ReaderMessages;
import io.github.fazhi.core.internal.StructureParser;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a document's lines into an {@link AnnualReport}: the one place that knows the genre. Every
 * format's reader hands its lines here ({@link SourceDocument}): plain text with no hints, DOCX and
 * {@code .doc} paragraphs with their heading styles and outline levels, PDF and OFD lines with font size
 * and weight, HTML blocks. It finds header lines and the title, the preamble, the section tree with each
 * section's kind, the sign-off and what follows; it never loses text: whatever it cannot place becomes a
 * paragraph where it stood.
 *
 * <p>It reads the lines as a person reads a page, with the words of {@link io.github.fazhi.core.Lexicon}:
 *
 * <ul>
 *   <li>Page furniture is kept where it stood and is never the title, an addressee or a paragraph of the
 *       report: lines whose {@link LineRegion} is not {@code BODY} or {@code TABLE}, and, for text copied
 *       from a portal page, breadcrumbs ({@code 首页 > 政务公开 > …}, {@code 当前位置：}), the
 *       {@code 发布时间：… 来源：… 字号：大 中 小 打印本页} line, 索引号 tables, {@code 分享到},
 *       {@code 【打印本页】【关闭窗口】}, {@code 上一篇：/下一篇：}, {@code 扫一扫在手机打开当前页}, {@code 版权所有},
 *       {@code ICP备}. Before the body it becomes a {@link io.github.fazhi.core.HeaderLineKind#FURNITURE} header
 *       line, elsewhere a {@link io.github.fazhi.core.PageFurniture} block; a publication date it gives
 *       ({@code 发布时间：2026-03-20}) goes into the report's disclosure.
 *   <li>The title on one line, over several lines, set centred in a large face or in a title style, or run
 *       into the preamble when a line break was lost ({@code ……情况的报告2023年，区政府……}).
 *   <li>Headings: numbered ones at four levels; a line with an outline level or a heading style even without
 *       a number (its level from the hint); short unnumbered lines that name a mandated part, stand above
 *       {@code （一）}, are set bold or centred, or stand above running text (slogan headings such as
 *       {@code 坚持依法行政 建设人民满意的法治政府}). Lines opening with {@code 一是…} and numbered lines running
 *       on past sixty characters are never headings: the latter are numbered paragraphs, a section whose
 *       text is its paragraph. Table rows are never headings.
 *   <li>The reporting year from the title, the top-level headings, the preamble's
 *       {@code 现将……2022年法治政府建设工作情况报告如下}, its opening ({@code 2021年，…}), or the title the document
 *       declares, never from a cited document's name.
 * </ul>
 *
 * <pre>{@code
 * List<SourceLine> lines = List.of(
 *         SourceLine.of("清河市清河区司法局2025年法治政府建设年度报告", SourceSpan.ofLine(1, 1, 22)),
 *         SourceLine.of("一、2025年推进法治政府建设的主要举措和成效", SourceSpan.ofLine(2, 1, 21)));
 * AnnualReport report = StructureReader.standard().read(new SourceDocument("r.txt", "text", lines, DocumentInfo.NONE));
 * }</pre>
 *
 * <p>Its cost is linear in the document, and bounded: it refuses more than {@link Builder#maxParagraphs}
 * lines, a line longer than {@link Builder#maxLineLength} characters and more than {@link Builder#maxSections}
 * sections (defaults far above any real report), with a message naming the limit.
 *
 * <pre>{@code
 * StructureReader small = StructureReader.builder().maxSections(500).maxParagraphs(5_000).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StructureReader {

    /** The default limit on sections: 200,000, a hundred times the largest real report's. */
    public static final int DEFAULT_MAX_SECTIONS = 200_000;

    /** The default limit on paragraphs (the document's lines): 1,000,000. */
    public static final int DEFAULT_MAX_PARAGRAPHS = 1_000_000;

    /**
     * The default limit on one line's length: 16,777,216 characters (16 Mi), above the longest paragraph
     * fazhi's own DOCX of a 64 MiB input could hold.
     */
    public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

    private static final StructureReader STANDARD = builder().build();

    private final ReaderMessages messages;
    private final int maxSections;
    private final int maxParagraphs;
    private final int maxLineLength;

    private StructureReader(Builder b) {
        this.messages = ReaderMessages.of(b.locale);
        this.maxSections = b.maxSections;
        this.maxParagraphs = b.maxParagraphs;
        this.maxLineLength = b.maxLineLength;
    }

    /** The structure reader with Chinese messages. */
    public static StructureReader standard() {
        return STANDARD;
    }

    /** A builder for a structure reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the report in {@code document}, in time linear in its size.
     *
     * @throws ReportReadException when the document holds no visible text (nothing, or only white space,
     *     zero-width and other invisible characters), or goes past a limit: more lines than
     *     {@link Builder#maxParagraphs}, a line longer than {@link Builder#maxLineLength}, more sections than
     *     {@link Builder#maxSections}; the message names the limit and, for a line, its place
     */
    public AnnualReport read(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        List<SourceLine> lines = document.lines();
        if (lines.size() > maxParagraphs) {
            throw ReportReadException.of(
                    document.sourceName(),
                    "",
                    messages.get(ReaderMessages.Key.TOO_MANY_PARAGRAPHS, lines.size(), maxParagraphs),
                    null);
        }
        boolean visible = false;
        for (SourceLine line : lines) {
            String text = line.text();
            if (text.length() > maxLineLength) {
                SourceSpan at = line.span();
                throw new ReportReadException(
                        document.sourceName(),
                        location(at),
                        messages.get(ReaderMessages.Key.LINE_TOO_LONG, text.length(), maxLineLength),
                        Optional.of(at),
                        -1,
                        null);
            }
            visible = visible || hasVisible(text);
        }
        if (!visible) {
            throw ReportReadException.of(document.sourceName(), "", messages.get(ReaderMessages.Key.EMPTY), null);
        }
        AnnualReport report = StructureParser.parse(lines, document.info());
        int sections = countSections(report.sections(), 0);
        if (sections > maxSections) {
            throw ReportReadException.of(
                    document.sourceName(),
                    "",
                    messages.get(ReaderMessages.Key.TOO_MANY_SECTIONS, sections, maxSections),
                    null);
        }
        return report;
    }

    private static String location(SourceSpan at) {
        String line = "line " + at.line() + ", column " + at.column();
        return at.paged() ? "page " + at.page() + ", " + line : line;
    }

    private static int countSections(List<Section> sections, int count) {
        int n = count;
        for (Section s : sections) {
            n = countSections(s.subsections(), n + 1);
        }
        return n;
    }

    /**
     * Whether {@code text} holds a character a person could see: not white space, not a control character
     * (C0, C1 such as U+0085), not a format character (U+200B zero-width space, U+FEFF byte-order mark,
     * joiners, bidirectional marks).
     */
    static boolean hasVisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (!Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && type != Character.CONTROL
                    && type != Character.FORMAT
                    && c != 0x115F
                    && c != 0x1160
                    && c != 0x3164
                    && c != 0xFFA0) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Builds a {@link StructureReader}; not thread-safe, the reader it builds is. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private int maxSections = DEFAULT_MAX_SECTIONS;
        private int maxParagraphs = DEFAULT_MAX_PARAGRAPHS;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;

        private Builder() {}

        /**
         * The most sections (at every level) a report may have, 200,000 by default;
         * at least 1. A document with more is refused with a message naming the limit.
         */
        public Builder maxSections(int value) {
            maxSections = positive(value, "maxSections");
            return this;
        }

        /**
         * The most paragraphs (the document's lines, each of which becomes at most one paragraph or heading) a
         * document may have, 1,000,000 by default; at least 1.
         */
        public Builder maxParagraphs(int value) {
            maxParagraphs = positive(value, "maxParagraphs");
            return this;
        }

        /**
         * The longest line (paragraph) in characters, 16,777,216 by default; at least 1. A longer line is
         * refused with a message naming its place.
         */
        public Builder maxLineLength(int value) {
            maxLineLength = positive(value, "maxLineLength");
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + value);
            }
            return value;
        }

        /** The language of error messages: English for an English locale, Chinese otherwise (default). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** Builds the structure reader. */
        public StructureReader build() {
            return new StructureReader(this);
        }
    }
}
