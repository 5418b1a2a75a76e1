package io.github.fazhi.core.read;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.internal.ReaderMessages;
import io.github.fazhi.core.internal.StructureParser;
import java.util.Locale;
import java.util.Objects;

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
 * <p>Immutable and thread-safe.
 */
public final class StructureReader {

    private static final StructureReader STANDARD = builder().build();

    private final ReaderMessages messages;

    private StructureReader(Builder b) {
        this.messages = ReaderMessages.of(b.locale);
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
     * Reads the report in {@code document}.
     *
     * @throws ReportReadException when the document holds no text
     */
    public AnnualReport read(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.lines().isEmpty()) {
            throw ReportReadException.of(document.sourceName(), "", messages.get(ReaderMessages.Key.EMPTY), null);
        }
        return StructureParser.parse(document.lines(), document.info());
    }

    /** Builds a {@link StructureReader}; not thread-safe, the reader it builds is. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;

        private Builder() {}

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
