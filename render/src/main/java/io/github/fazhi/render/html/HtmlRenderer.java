package io.github.fazhi.render.html;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RenderingSession;
import io.github.fazhi.render.TextReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders a report as HTML, format id {@code html}: a complete page (the default) or a fragment to
 * place in a portal's own page. Immutable and thread-safe.
 *
 * <p>The markup is semantic and accessible: {@code lang="zh-CN"}, the title as the one {@code <h1>},
 * each section a {@code <section>} labelled by its heading ({@code aria-labelledby}) with headings
 * {@code <h2>} to {@code <h5>} by depth, run-in headings as heading elements that the style sheet sets
 * inline with their paragraph, the sign-off in a {@code <footer>} with a {@code <time>}, and an
 * optional table of contents in a {@code <nav>}. Every element has an id from its report id, so a
 * validation finding can link to {@code report.html#s2.s1.p3}; a section's heading has the section's
 * id followed by {@code -h}. All report text is escaped: nothing in a report can add an element or an
 * attribute.
 *
 * <p>The page embeds {@link #defaultStyleSheet()}: on paper the GB/T 9704-2012 layout (A4, margins
 * 37/35/28/26 mm, title 22 pt 小标宋 centred, body 16 pt 仿宋 with a 2-character indent, level-1
 * headings 黑体, level-2 楷体, page numbers {@code — n —} where the browser supports page margin
 * boxes), on screen the same text as a sheet of paper. Fragments carry the same class names
 * ({@code fz-report}, {@code fz-section}, {@code fz-level-1} …) for the host page's style sheet.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder().tableOfContents(true).build();
 * Files.writeString(Path.of("report.html"), html.renderToString(report));
 * String fragment = HtmlRenderer.builder().fragment(true).idPrefix("r42-").build().renderToString(report);
 * }</pre>
 */
public final class HtmlRenderer implements TextReportRenderer {

    private static final Pattern ID_PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9_.:-]*)?");
    private static final String STYLE_SHEET = loadStyleSheet();

    private final boolean fragment;
    private final int tocDepth;
    private final String tocLabel;
    private final boolean embedStyleSheet;
    private final List<String> styleSheetLinks;
    private final String idPrefix;
    private final List<HtmlNodeRendererFactory> factories;
    /** A page's markup from the line after its {@code <title>} to its first child: style sheet, links, body. */
    private final String pageHeadEnd;

    private HtmlRenderer(Builder b) {
        this.fragment = b.fragment;
        this.tocDepth = b.toc ? b.tocDepth : 0;
        this.tocLabel = b.tocLabel;
        this.embedStyleSheet = b.embedStyleSheet;
        this.styleSheetLinks = List.copyOf(b.styleSheetLinks);
        this.idPrefix = b.idPrefix;
        this.factories = List.copyOf(b.factories);
        this.pageHeadEnd = CoreHtmlNodeRenderers.frame(false, embedStyleSheet, styleSheetLinks)[1];
    }

    /** A builder with the defaults: a complete page with the embedded style sheet, no table of contents. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The style sheet pages embed: GB/T 9704 print layout and a screen layout, with rules scoped to the
     * {@code fz-} classes plus the {@code @page} rules. Serve it with fragments.
     */
    public static String defaultStyleSheet() {
        return STYLE_SHEET;
    }

    @Override
    public RenderFormat format() {
        return RenderFormat.HTML;
    }

    @Override
    public void render(AnnualReport report, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        new Session(report, new HtmlWriter(out)).renderDocument();
    }

    /**
     * The page as a string, written into one UTF-16 buffer sized from the report ({@link #estimatedLength}):
     * the default would start a small Latin-1 buffer, inflate it at the first Chinese char and copy it each time
     * it grows. Same output as rendering into any {@link Appendable}.
     */
    @Override
    public String renderToString(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = utf16Builder(estimatedLength(report));
        render(report, out);
        return out.toString();
    }

    /** An empty builder already holding UTF-16 chars, with room for {@code capacity} of them. */
    static StringBuilder utf16Builder(int capacity) {
        StringBuilder out = new StringBuilder("\u4e00"); // a builder takes its coder from its first string
        out.setLength(0); // and keeps it when emptied
        out.ensureCapacity(capacity);
        return out;
    }

    /**
     * About the length of the markup: the report's text and ids, an allowance per element for its tags and
     * attributes, and the style sheet for a page. A little over rather than under, so the buffer does not grow.
     */
    int estimatedLength(AnnualReport report) {
        long n = 512 + (fragment ? 0 : 1024L + (embedStyleSheet ? STYLE_SHEET.length() : 0));
        // every element of report.walk(), in loops rather than a stream (HtmlRendererFastPathTest keeps the walk)
        for (HeaderLine h : report.header()) {
            n += elementLength(h) + h.text().length();
        }
        if (report.title().isPresent()) {
            Title t = report.title().get();
            n += elementLength(t) + 2L * t.text().length();
        }
        n += blocksLength(report.preamble());
        for (Section s : report.sections()) {
            n += sectionLength(s);
        }
        if (report.signOff().isPresent()) {
            SignOff so = report.signOff().get();
            n += elementLength(so)
                    + 64
                    + (so.dateText().isPresent() ? so.dateText().get().length() : 0);
            for (String issuer : so.issuers()) {
                n += issuer.length() + 48;
            }
        }
        n += blocksLength(report.trailing());
        if (tocDepth > 0) {
            n += n / 8;
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 16);
    }

    /** A section's share of {@link #estimatedLength}, with its blocks and sub-sections. */
    private long sectionLength(Section s) {
        // the label's length without formatting it (a label is a few chars: 一、 （十二） 3.)
        long n = elementLength(s) + s.heading().length() + LABEL_ALLOWANCE + SECTION_MARKUP;
        n += blocksLength(s.blocks());
        for (Section sub : s.subsections()) {
            n += sectionLength(sub);
        }
        return n;
    }

    private long blocksLength(List<Block> blocks) {
        long n = 0;
        for (Block b : blocks) {
            n += elementLength(b) + b.text().length();
        }
        return n;
    }

    /** What every element adds: its tags and attributes, its id twice. */
    private long elementLength(Element e) {
        return ELEMENT_MARKUP + 2L * (idPrefix.length() + e.id().length());
    }

    /** Chars of tags and attributes per element (besides its text and ids), and more for a section's. */
    static final int ELEMENT_MARKUP = 24;

    static final int SECTION_MARKUP = 100;

    /** Chars allowed for a section's number label ({@code （十二）} is 4). */
    static final int LABEL_ALLOWANCE = 6;

    boolean isFragment() {
        return fragment;
    }

    int tableOfContentsDepth() {
        return tocDepth;
    }

    boolean embedStyleSheet() {
        return embedStyleSheet;
    }

    List<String> styleSheetLinks() {
        return styleSheetLinks;
    }

    String idPrefix() {
        return idPrefix;
    }

    String pageHeadEnd() {
        return pageHeadEnd;
    }

    private static String loadStyleSheet() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("fazhi-report.css")) {
            if (in == null) {
                throw new IllegalStateException("fazhi-report.css is missing from the fazhi-render jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Session extends RenderingSession implements HtmlNodeRendererContext {
        private final HtmlWriter writer;

        Session(AnnualReport report, HtmlWriter writer) {
            super(report);
            this.writer = writer;
            start(create(factories, f -> f.create(this)), new CoreHtmlNodeRenderers(this, HtmlRenderer.this).all());
        }

        @Override
        public HtmlWriter writer() {
            return writer;
        }

        @Override
        public String id(Element element) {
            return idPrefix + element.id();
        }

        @Override
        public String headingId(Section section) {
            return id(section) + "-h";
        }

        @Override
        public boolean isFragment() {
            return fragment;
        }

        @Override
        public int tableOfContentsDepth() {
            return tocDepth;
        }

        @Override
        public String tableOfContentsLabel() {
            return tocLabel;
        }

        @Override
        public void renderChildren(AnnualReport r) {
            CoreHtmlNodeRenderers.children(this, r);
        }
    }

    /** Builds an {@link HtmlRenderer}; not thread-safe. */
    public static final class Builder {
        private boolean fragment;
        private boolean toc;
        private int tocDepth = 2;
        private String tocLabel = "目录";
        private boolean embedStyleSheet = true;
        private final List<String> styleSheetLinks = new ArrayList<>();
        private String idPrefix = "";
        private final List<HtmlNodeRendererFactory> factories = new ArrayList<>();

        private Builder() {}

        /**
         * Whether to write a fragment, an {@code <article class="fz-report" lang="zh-CN">} for a host page,
         * instead of a complete page (default false). A fragment embeds no style sheet.
         */
        public Builder fragment(boolean value) {
            fragment = value;
            return this;
        }

        /** Whether to write a table of contents after the title (default false). */
        public Builder tableOfContents(boolean value) {
            toc = value;
            return this;
        }

        /** Writes a table of contents listing sections down to {@code levels} (1 to 4; 2 when only turned on). */
        public Builder tableOfContentsDepth(int levels) {
            if (levels < 1 || levels > 4) {
                throw new IllegalArgumentException("table of contents depth must be 1 to 4, not " + levels);
            }
            toc = true;
            tocDepth = levels;
            return this;
        }

        /** The label of the table of contents (default {@code 目录}). */
        public Builder tableOfContentsLabel(String value) {
            tocLabel = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Whether a complete page embeds {@link #defaultStyleSheet()} (default true). */
        public Builder embedStyleSheet(boolean value) {
            embedStyleSheet = value;
            return this;
        }

        /** Adds a {@code <link rel="stylesheet">} to a complete page, after the embedded style sheet's place. */
        public Builder styleSheetLink(String href) {
            styleSheetLinks.add(Objects.requireNonNull(href, "href"));
            return this;
        }

        /**
         * A prefix for every id the renderer writes (default none), so several reports can share a page:
         * a letter, then letters, digits, {@code _ . : -}.
         */
        public Builder idPrefix(String value) {
            if (!ID_PREFIX.matcher(value).matches()) {
                throw new IllegalArgumentException(
                        "an id prefix starts with a letter and has only letters, digits, '_', '.', ':' and '-': "
                                + value);
            }
            idPrefix = value;
            return this;
        }

        /** Registers a node renderer factory; for a node type, the first registered wins over later ones and the default. */
        public Builder nodeRendererFactory(HtmlNodeRendererFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Applies those of {@code extensions} that are {@link HtmlRendererExtension}s, in order. */
        public Builder extensions(Iterable<? extends RendererExtension> extensions) {
            for (RendererExtension e : extensions) {
                if (e instanceof HtmlRendererExtension h) {
                    h.extend(this);
                }
            }
            return this;
        }

        /** The renderer. */
        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}
