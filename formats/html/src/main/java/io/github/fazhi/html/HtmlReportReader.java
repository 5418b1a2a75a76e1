package io.github.fazhi.html;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ExtractingReportReader;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.html.internal.HtmlExtractor;
import io.github.fazhi.html.internal.HtmlMessages;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report as published on a government portal, from the page saved as HTML, into the same model
 * every fazhi reader gives, with the page's publication record as the report's disclosure. Immutable and
 * safe to share between threads.
 *
 * <pre>{@code
 * HtmlReportReader reader = HtmlReportReader.standard();
 * AnnualReport report = reader.read(Path.of("t20260320_123456.html"));
 * report.metadata().disclosure();   // Optional[Disclosure[date=2026-03-20, channel=PORTAL, url=https://…]]
 * }</pre>
 *
 * <p>What it reads (jsoup): the article body, found as a person finds it on the page: the editor container
 * of the portal templates governments use (TRS WCM {@code .TRS_Editor} and {@code .TRS_UEDITOR}, Hanweb
 * JCMS {@code #zoom}, the 政府网站集约化平台's {@code #UCAP-CONTENT} and {@code .pages_content},
 * {@code .article-content}, {@code .bt_content}, {@code .view} and others), else {@code <article>}, else the
 * block with the most paragraph text; its paragraphs, one line each, {@code <br>}-separated lines apart,
 * data tables one row a line; the title above it. Hints: {@code <h2>} to {@code <h6>} as outline levels,
 * {@code <strong>} and bold weights, {@code text-align:center}, font sizes in pt or px, empty paragraphs as
 * blank lines. Everything else on the page (navigation, breadcrumb, the 发布时间/来源/字号 line, 分享,
 * 打印, 上一篇/下一篇, the footer, 网站标识码) is kept as page furniture, never read as the report.
 *
 * <p>The page's metadata ({@code ArticleTitle}, {@code PubDate}, {@code ContentSource} and {@code Url}
 * meta tags, the 索引号/发布机构/成文日期/发布日期 table or the article's info line, the address from
 * {@code <link rel=canonical>}, {@code og:url} or a browser's {@code saved from url} comment) goes into the
 * {@link io.github.fazhi.core.read.DocumentInfo}: the publication date, the channel (the portal) and the
 * address become the report's disclosure record. A page that fazhi's own HTML renderer wrote reads back into
 * the model it was written from. Encodings: as the page declares (GB2312 and GBK read as GB18030), else
 * UTF-8, else GB18030.
 *
 * <p>Pages without article text are refused with a {@link ReportReadException} naming the file. Parsing and
 * walking are iterative, so no nesting depth exhausts the stack, and cost grows with the page's size.
 */
public final class HtmlReportReader extends ExtractingReportReader {

    private static final HtmlReportReader STANDARD = builder().build();

    private HtmlReportReader(Builder b) {
        super(b.locale, b.maxFileBytes);
    }

    /** The reader with the default size limit and Chinese messages. */
    public static HtmlReportReader standard() {
        return STANDARD;
    }

    /** A builder for a reader with another size limit or English messages. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code html}. */
    @Override
    public String formatId() {
        return DocumentFormat.HTML.id();
    }

    /**
     * The page's lines with their layout hints and what it declares about itself, before the structure
     * reader reads them.
     *
     * @throws ReportReadException when it is not a readable report page
     */
    @Override
    public SourceDocument extract(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        HtmlMessages messages = HtmlMessages.of(locale());
        if (content.length > maxFileBytes()) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(HtmlMessages.Key.TOO_LARGE, maxFileBytes()), null);
        }
        DocumentFormat format = Readers.detect(content);
        if (!format.equals(DocumentFormat.HTML)) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(HtmlMessages.Key.NOT_HTML, format.displayName(locale())), null);
        }
        return HtmlExtractor.extract(content, sourceName, messages);
    }

    /** Builds an {@link HtmlReportReader}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private long maxFileBytes = ReadOptions.DEFAULT_MAX_INPUT_BYTES;

        private Builder() {}

        /** The language of error messages: Chinese (default) or English ({@link Locale#ENGLISH}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** The largest file accepted, in bytes (default 64 MiB). */
        public Builder maxFileBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("the size limit must be positive, not " + value);
            }
            maxFileBytes = value;
            return this;
        }

        /** Builds the reader. */
        public HtmlReportReader build() {
            return new HtmlReportReader(this);
        }
    }
}
