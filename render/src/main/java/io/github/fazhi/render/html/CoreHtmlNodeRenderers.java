package io.github.fazhi.render.html;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportParts;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built-in HTML rendering. */
final class CoreHtmlNodeRenderers {

    private static final String LANG = "zh-CN";
    private static final Pattern YEAR = Lexicon.YEAR;

    /** The attribute values after a section's id, by level (1 to 4) and whether it runs in. */
    private static final String[][] SECTION_CLASSES = new String[5][2];

    /** A section's heading id suffix and its {@code data-kind} attribute, by {@link SectionKind#ordinal()}. */
    private static final String[] SECTION_KINDS = new String[SectionKind.values().length];

    /** {@code <h2 id="} … by heading level (2 to 6, the heading levels {@code headingLevel} gives). */
    private static final String[] HEADING_OPEN = new String[7];

    private static final String[] HEADING_CLOSE = new String[7];

    static {
        for (int level = 1; level <= 4; level++) {
            for (int runIn = 0; runIn < 2; runIn++) {
                SECTION_CLASSES[level][runIn] = sectionClasses(level, runIn == 1);
            }
        }
        for (SectionKind kind : SectionKind.values()) {
            SECTION_KINDS[kind.ordinal()] = sectionKind(kind);
        }
        for (int level = 1; level <= 6; level++) {
            HEADING_OPEN[level] = headingOpen(level);
            HEADING_CLOSE[level] = headingClose(level);
        }
    }

    private final HtmlNodeRendererContext c;
    private final HtmlRenderer options;
    private final HtmlWriter w;
    /** The id prefix, written as it is: it has only letters, digits and {@code _ . : -}. */
    private final String idPrefix;

    CoreHtmlNodeRenderers(HtmlNodeRendererContext context, HtmlRenderer options) {
        this.c = context;
        this.options = options;
        this.w = context.writer();
        this.idPrefix = options.idPrefix();
    }

    private static String sectionClasses(int level, boolean runIn) {
        return "\" class=\"fz-section fz-level-" + level + (runIn ? " fz-run-in" : "") + "\" aria-labelledby=\"";
    }

    private static String sectionKind(SectionKind kind) {
        return "-h\" data-kind=\"" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">";
    }

    private static String headingOpen(int level) {
        return "<h" + level + " id=\"";
    }

    private static String headingClose(int level) {
        return "</h" + level + ">";
    }

    /** Writes the HTML id of {@code e} ({@link HtmlNodeRendererContext#id}) as an attribute value. */
    private HtmlWriter writeId(Element e) {
        // the prefix needs no escaping, and escaping is char by char but for a surrogate pair, which the
        // prefix cannot end in: escaping prefix + id is writing the prefix, then the id escaped
        return w.raw(idPrefix).text(e.id());
    }

    List<NodeRenderer<?>> all() {
        return List.of(
                NodeRenderer.of(NodeType.DOCUMENT, this::document),
                NodeRenderer.of(NodeType.HEADER_LINE, this::headerLine),
                NodeRenderer.of(NodeType.TITLE, this::title),
                NodeRenderer.of(NodeType.TABLE_OF_CONTENTS, this::tableOfContents),
                NodeRenderer.of(NodeType.PREAMBLE, r -> r.preamble().forEach(c::render)),
                NodeRenderer.of(NodeType.SECTION, this::section),
                NodeRenderer.of(NodeType.SECTION_HEADING, this::heading),
                NodeRenderer.of(NodeType.PARAGRAPH, this::paragraph),
                NodeRenderer.of(NodeType.SIGN_OFF, this::signOff),
                NodeRenderer.of(NodeType.TRAILING, r -> r.trailing().forEach(c::render)));
    }

    static void children(HtmlNodeRendererContext c, AnnualReport r) {
        HtmlWriter w = c.writer();
        r.visitParts(new ReportParts() {
            private final List<HeaderLine> before = new ArrayList<>();
            private boolean masthead;

            @Override
            public void beforeTitle(List<HeaderLine> lines) {
                for (HeaderLine h : lines) {
                    if (h.kind() != HeaderLineKind.FURNITURE) {
                        before.add(h);
                    }
                }
                if (!before.isEmpty() || r.title().isPresent()) {
                    w.openTag("header", "class", "fz-masthead").line();
                    before.forEach(c::render);
                    masthead = true;
                }
            }

            @Override
            public void title(Title t) {
                c.render(t);
            }

            @Override
            public void afterTitle(List<HeaderLine> lines) {
                if (masthead) {
                    w.closeTag("header").line();
                }
                c.render(NodeType.TABLE_OF_CONTENTS, r);
                for (HeaderLine h : lines) {
                    if (h.kind() != HeaderLineKind.FURNITURE) {
                        c.render(h);
                    }
                }
            }

            @Override
            public void preamble(List<Block> blocks) {
                c.render(NodeType.PREAMBLE, r);
            }

            @Override
            public void section(Section s) {
                c.render(s);
            }

            @Override
            public void signOff(SignOff s) {
                c.render(s);
            }

            @Override
            public void trailing(List<Block> blocks) {
                c.render(NodeType.TRAILING, r);
            }
        });
    }

    private void document(AnnualReport r) {
        if (c.isFragment()) {
            w.raw(FRAGMENT_START);
            c.renderChildren(r);
            w.raw(FRAGMENT_END);
            return;
        }
        w.raw(PAGE_START);
        List<String> authors = !r.metadata().issuers().isEmpty()
                ? r.metadata().issuers()
                : r.signOff().map(SignOff::issuers).orElse(List.of());
        if (!authors.isEmpty()) {
            w.voidTag("meta", "name", "author", "content", String.join("、", authors))
                    .line();
        }
        w.markup("<title>").text(pageTitle(r)).markup("</title>").line();
        w.raw(options.pageHeadEnd());
        c.renderChildren(r);
        w.raw(PAGE_END);
    }

    /** A fragment's frame, as {@link #frame} writes it. */
    private static final String FRAGMENT_START;

    private static final String FRAGMENT_END;

    /** A page's frame up to its title and after the report, as {@link #frame} writes it. */
    private static final String PAGE_START;

    private static final String PAGE_END;

    static {
        String[] frame = frame(true, false, List.of());
        FRAGMENT_START = frame[0];
        FRAGMENT_END = frame[2];
        frame = frame(false, false, List.of());
        PAGE_START = frame[0];
        PAGE_END = frame[2];
    }

    /**
     * The constant markup of a document, written as the node renderers once wrote it each time: before the
     * report's own {@code <meta name="author">} and {@code <title>} (a page) or before its children (a
     * fragment), between the title and the children (the style sheet and links, a page's), and after the
     * children. Written once per renderer ({@link HtmlRenderer}) or class.
     */
    static String[] frame(boolean fragment, boolean embedStyleSheet, List<String> styleSheetLinks) {
        StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        if (fragment) {
            new HtmlWriter(parts[0])
                    .openTag("article", "class", "fz-report", "lang", LANG)
                    .line();
            new HtmlWriter(parts[2]).closeTag("article").line();
            return new String[] {parts[0].toString(), "", parts[2].toString()};
        }
        HtmlWriter w = new HtmlWriter(parts[0]);
        w.raw("<!DOCTYPE html>\n");
        w.openTag("html", "lang", LANG).line();
        w.openTag("head").line();
        w.voidTag("meta", "charset", "utf-8").line();
        w.voidTag("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .line();
        w = new HtmlWriter(parts[1]); // after the title's line: the writer stands at a line's start
        if (embedStyleSheet) {
            w.openTag("style").line().raw(HtmlRenderer.defaultStyleSheet()).line();
            w.closeTag("style").line();
        }
        for (String href : styleSheetLinks) {
            w.voidTag("link", "rel", "stylesheet", "href", href).line();
        }
        w.closeTag("head").line();
        w.openTag("body", "class", "fz-body").line();
        w.openTag("main", "class", "fz-page").line();
        w.openTag("article", "class", "fz-report").line();
        w = new HtmlWriter(parts[2]); // after the children, which end with a line
        w.closeTag("article").line();
        w.closeTag("main").line();
        w.closeTag("body").line();
        w.closeTag("html").line();
        return new String[] {parts[0].toString(), parts[1].toString(), parts[2].toString()};
    }

    private static String pageTitle(AnnualReport r) {
        if (r.title().isPresent()) {
            return r.title().get().text();
        }
        if (r.issuer().isPresent() && r.reportingYear().isPresent()) {
            return StandardHeadings.title(r.issuer().get(), r.reportingYear().getAsInt());
        }
        return "法治政府建设年度报告";
    }

    private void headerLine(HeaderLine h) {
        if (h.kind() == HeaderLineKind.FURNITURE) {
            return; // page furniture is not the report's
        }
        String kind = h.kind() == HeaderLineKind.ISSUER
                ? " fz-issuer-line"
                : h.kind() == HeaderLineKind.DOCUMENT_NUMBER
                        ? " fz-document-number"
                        : h.kind() == HeaderLineKind.ADDRESSEE ? " fz-addressee" : "";
        w.markup("<p id=\"");
        writeId(h).markup("\" class=\"fz-header-line").raw(kind).markup("\">");
        w.text(h.text()).markup("</p>").line();
    }

    private void title(Title t) {
        w.markup("<h1 id=\"");
        writeId(t).markup("\" class=\"fz-title\">");
        List<String> lines = t.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                w.markup("<br>");
            }
            List<String> phrases = lines.size() == 1 ? titlePhrases(lines.get(i)) : List.of(lines.get(i));
            if (phrases.size() == 1) {
                w.text(phrases.get(0));
            } else {
                for (String phrase : phrases) {
                    w.markup("<span class=\"fz-title-phrase\">").text(phrase).markup("</span>");
                }
            }
        }
        w.markup("</h1>").line();
    }

    /**
     * A one-line title cut where a person would break it (§7.3.1 wants whole phrases on each line):
     * before {@code 关于}, else before the year, so that {@code 清河区司法局 / 2024年法治政府建设年度报告}
     * wraps between the issuer and the subject, never inside {@code 2024年}.
     */
    static List<String> titlePhrases(String title) {
        int cut = title.indexOf("关于");
        if (cut < 2) {
            Matcher m = YEAR.matcher(title);
            cut = m.find() ? m.start() : -1;
        }
        if (cut < 2) {
            return List.of(title);
        }
        return List.of(title.substring(0, cut), title.substring(cut));
    }

    private void tableOfContents(AnnualReport r) {
        if (c.tableOfContentsDepth() == 0 || r.sections().isEmpty()) {
            return;
        }
        String labelId = options.idPrefix() + "toc-title";
        w.openTag("nav", "class", "fz-toc", "aria-labelledby", labelId).line();
        w.openTag("p", "id", labelId, "class", "fz-toc-title")
                .text(c.tableOfContentsLabel())
                .closeTag("p")
                .line();
        tocList(r.sections(), 1);
        w.closeTag("nav").line();
    }

    private void tocList(List<Section> sections, int level) {
        w.openTag("ol").line();
        for (Section s : sections) {
            w.openTag("li")
                    .openTag("a", "href", "#" + c.id(s))
                    .text(tocEntry(s))
                    .closeTag("a");
            if (level < c.tableOfContentsDepth() && !s.subsections().isEmpty()) {
                w.line();
                tocList(s.subsections(), level + 1);
            }
            w.closeTag("li").line();
        }
        w.closeTag("ol").line();
    }

    /** A run-in heading without the full stop that ends its sentence. */
    private static String tocEntry(Section s) {
        String line = s.headingLine();
        if (s.runIn() && (line.endsWith("。") || line.endsWith("."))) {
            return line.substring(0, line.length() - 1);
        }
        return line;
    }

    private static boolean runsIn(Section s) {
        return s.runsIntoParagraph();
    }

    private void section(Section s) {
        // <section id="…" class="fz-section fz-level-1" aria-labelledby="…-h" data-kind="…">
        int level = s.level();
        boolean runsIn = runsIn(s);
        String classes =
                level >= 1 && level <= 4 ? SECTION_CLASSES[level][runsIn ? 1 : 0] : sectionClasses(level, runsIn);
        w.markup("<section id=\"");
        writeId(s).markup(classes);
        writeId(s).markup(SECTION_KINDS[s.kind().ordinal()]).line();
        c.render(NodeType.SECTION_HEADING, s);
        c.renderChildren(s);
        w.markup("</section>").line();
    }

    private void heading(Section s) {
        int level = c.headingLevel(s);
        boolean known = level >= 1 && level <= 6;
        w.markup(known ? HEADING_OPEN[level] : headingOpen(level));
        writeId(s).markup("-h\" class=\"fz-heading\">");
        String label = s.printedNumber().isPresent()
                ? s.printedNumber().get()
                : s.number().label();
        String heading = s.heading();
        if (joinsAPair(label, heading)) {
            w.text(label + heading); // the label's high surrogate pairs with the heading's low one
        } else {
            w.text(label).text(heading);
        }
        w.markup(known ? HEADING_CLOSE[level] : headingClose(level));
        if (!runsIn(s)) {
            // A run-in heading is set inline with its paragraph: no white space between them.
            w.line();
        }
    }

    /**
     * Whether {@code a} ends in a high surrogate and {@code b} starts with a low one: then {@code a + b} holds a
     * pair that neither holds alone, and escaping them apart would not be escaping them together.
     */
    static boolean joinsAPair(String a, String b) {
        return !a.isEmpty()
                && !b.isEmpty()
                && Character.isHighSurrogate(a.charAt(a.length() - 1))
                && Character.isLowSurrogate(b.charAt(0));
    }

    private void paragraph(Paragraph p) {
        w.markup("<p id=\"");
        writeId(p).markup("\">").text(p.text()).markup("</p>").line();
    }

    private void signOff(SignOff s) {
        w.markup("<footer id=\"");
        writeId(s).markup("\" class=\"fz-signoff\">").line();
        w.markup("<div class=\"fz-signoff-block\">").line();
        for (String issuer : s.issuers()) {
            w.markup("<p class=\"fz-signoff-issuer\">")
                    .text(issuer)
                    .markup("</p>")
                    .line();
        }
        if (s.dateText().isPresent()) {
            w.markup("<p class=\"fz-signoff-date\">");
            if (s.date().isPresent()) {
                w.markup("<time datetime=\"")
                        .text(s.date().get().toString())
                        .markup("\">")
                        .text(s.dateText().get())
                        .markup("</time>");
            } else {
                w.text(s.dateText().get());
            }
            w.markup("</p>").line();
        }
        w.markup("</div>").line();
        w.markup("</footer>").line();
    }
}
