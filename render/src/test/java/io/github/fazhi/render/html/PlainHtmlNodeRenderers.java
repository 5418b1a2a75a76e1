package io.github.fazhi.render.html;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.ElementVisitor;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportParts;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeRendererContext;
import io.github.fazhi.render.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in HTML rendering as it was before it was written for speed (issue 19): every tag through
 * {@link HtmlWriter#openTag}, ids and classes as strings, the node dispatch through the plain
 * {@link NodeRendererContext} visitor and children loops. {@link HtmlRendererFastPathTest} registers these over
 * the built-in ones and requires the same bytes.
 */
final class PlainHtmlNodeRenderers {

    private static final String LANG = "zh-CN";
    private static final Pattern YEAR = Lexicon.YEAR;

    private final HtmlNodeRendererContext c;
    private final HtmlRenderer options;
    private final HtmlWriter w;

    PlainHtmlNodeRenderers(HtmlNodeRendererContext context, HtmlRenderer options) {
        this.c = context;
        this.options = options;
        this.w = context.writer();
    }

    List<NodeRenderer<?>> all() {
        return List.of(
                NodeRenderer.of(NodeType.DOCUMENT, this::document),
                NodeRenderer.of(NodeType.HEADER_LINE, this::headerLine),
                NodeRenderer.of(NodeType.TITLE, this::title),
                NodeRenderer.of(NodeType.TABLE_OF_CONTENTS, this::tableOfContents),
                NodeRenderer.of(NodeType.PREAMBLE, r -> r.preamble().forEach(e -> render(c, e))),
                NodeRenderer.of(NodeType.SECTION, this::section),
                NodeRenderer.of(NodeType.SECTION_HEADING, this::heading),
                NodeRenderer.of(NodeType.PARAGRAPH, this::paragraph),
                NodeRenderer.of(NodeType.SIGN_OFF, this::signOff),
                NodeRenderer.of(NodeType.TRAILING, r -> r.trailing().forEach(e -> render(c, e))));
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
                    before.forEach(h -> render(c, h));
                    masthead = true;
                }
            }

            @Override
            public void title(Title t) {
                render(c, t);
            }

            @Override
            public void afterTitle(List<HeaderLine> lines) {
                if (masthead) {
                    w.closeTag("header").line();
                }
                c.render(NodeType.TABLE_OF_CONTENTS, r);
                for (HeaderLine h : lines) {
                    if (h.kind() != HeaderLineKind.FURNITURE) {
                        render(c, h);
                    }
                }
            }

            @Override
            public void preamble(List<Block> blocks) {
                c.render(NodeType.PREAMBLE, r);
            }

            @Override
            public void section(Section s) {
                render(c, s);
            }

            @Override
            public void signOff(SignOff s) {
                render(c, s);
            }

            @Override
            public void trailing(List<Block> blocks) {
                c.render(NodeType.TRAILING, r);
            }
        });
    }

    /** {@link NodeRendererContext#render(Element)} as the interface's default method does it. */
    static void render(NodeRendererContext c, Element element) {
        element.accept(new ElementVisitor<Void>() {
            @Override
            public Void defaultValue(Element e) {
                return null;
            }

            @Override
            public Void visitHeaderLine(HeaderLine line) {
                c.render(NodeType.HEADER_LINE, line);
                return null;
            }

            @Override
            public Void visitTitle(Title title) {
                c.render(NodeType.TITLE, title);
                return null;
            }

            @Override
            public Void visitParagraph(Paragraph paragraph) {
                c.render(NodeType.PARAGRAPH, paragraph);
                return null;
            }

            @Override
            public Void visitPageFurniture(PageFurniture furniture) {
                c.render(NodeType.PAGE_FURNITURE, furniture);
                return null;
            }

            @Override
            public Void visitSection(Section section) {
                c.render(NodeType.SECTION, section);
                return null;
            }

            @Override
            public Void visitSignOff(SignOff signOff) {
                c.render(NodeType.SIGN_OFF, signOff);
                return null;
            }
        });
    }

    private void document(AnnualReport r) {
        if (c.isFragment()) {
            w.openTag("article", "class", "fz-report", "lang", LANG).line();
            children(c, r);
            w.closeTag("article").line();
            return;
        }
        w.raw("<!DOCTYPE html>\n");
        w.openTag("html", "lang", LANG).line();
        w.openTag("head").line();
        w.voidTag("meta", "charset", "utf-8").line();
        w.voidTag("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .line();
        List<String> authors = !r.metadata().issuers().isEmpty()
                ? r.metadata().issuers()
                : r.signOff().map(SignOff::issuers).orElse(List.of());
        if (!authors.isEmpty()) {
            w.voidTag("meta", "name", "author", "content", String.join("、", authors))
                    .line();
        }
        w.openTag("title").text(pageTitle(r)).closeTag("title").line();
        if (options.embedStyleSheet()) {
            w.openTag("style").line().raw(HtmlRenderer.defaultStyleSheet()).line();
            w.closeTag("style").line();
        }
        for (String href : options.styleSheetLinks()) {
            w.voidTag("link", "rel", "stylesheet", "href", href).line();
        }
        w.closeTag("head").line();
        w.openTag("body", "class", "fz-body").line();
        w.openTag("main", "class", "fz-page").line();
        w.openTag("article", "class", "fz-report").line();
        children(c, r);
        w.closeTag("article").line();
        w.closeTag("main").line();
        w.closeTag("body").line();
        w.closeTag("html").line();
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
        w.openTag("p", "id", c.id(h), "class", "fz-header-line" + kind)
                .text(h.text())
                .closeTag("p")
                .line();
    }

    private void title(Title t) {
        w.openTag("h1", "id", c.id(t), "class", "fz-title");
        List<String> lines = t.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                w.voidTag("br");
            }
            List<String> phrases = lines.size() == 1 ? titlePhrases(lines.get(i)) : List.of(lines.get(i));
            if (phrases.size() == 1) {
                w.text(phrases.get(0));
            } else {
                for (String phrase : phrases) {
                    w.openTag("span", "class", "fz-title-phrase").text(phrase).closeTag("span");
                }
            }
        }
        w.closeTag("h1").line();
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
        String classes = "fz-section fz-level-" + s.level() + (runsIn(s) ? " fz-run-in" : "");
        w.openTag(
                        "section",
                        "id",
                        c.id(s),
                        "class",
                        classes,
                        "aria-labelledby",
                        c.headingId(s),
                        "data-kind",
                        s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .line();
        c.render(NodeType.SECTION_HEADING, s);
        s.blocks().forEach(b -> render(c, b));
        s.subsections().forEach(sub -> render(c, sub));
        w.closeTag("section").line();
    }

    private void heading(Section s) {
        String tag = "h" + c.headingLevel(s);
        w.openTag(tag, "id", c.headingId(s), "class", "fz-heading")
                .text(s.headingLine())
                .closeTag(tag);
        if (!runsIn(s)) {
            // A run-in heading is set inline with its paragraph: no white space between them.
            w.line();
        }
    }

    private void paragraph(Paragraph p) {
        w.openTag("p", "id", c.id(p)).text(p.text()).closeTag("p").line();
    }

    private void signOff(SignOff s) {
        w.openTag("footer", "id", c.id(s), "class", "fz-signoff").line();
        w.openTag("div", "class", "fz-signoff-block").line();
        for (String issuer : s.issuers()) {
            w.openTag("p", "class", "fz-signoff-issuer")
                    .text(issuer)
                    .closeTag("p")
                    .line();
        }
        if (s.dateText().isPresent()) {
            w.openTag("p", "class", "fz-signoff-date");
            if (s.date().isPresent()) {
                w.openTag("time", "datetime", s.date().get().toString())
                        .text(s.dateText().get())
                        .closeTag("time");
            } else {
                w.text(s.dateText().get());
            }
            w.closeTag("p").line();
        }
        w.closeTag("div").line();
        w.closeTag("footer").line();
    }
}
