package io.github.fazhi.review.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.Section;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.html.HtmlNodeRendererContext;
import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.render.html.HtmlWriter;
import io.github.fazhi.review.ReportSummary;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One report as the auditor's page shows it: fazhi-render's HTML of the report, unchanged, with the
 * findings marked where they stand (a note after the paragraph, before the section or the sign-off, the
 * element tinted by its worst severity) and listed at the top, each linking to its place by the element
 * id ({@code #s2.s1.p3}). Self-contained: one file, no scripts, nothing fetched.
 */
public final class ReportPage {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.:-]+");

    private static final String STYLE = """
            .au-bar { font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; max-width: 210mm;
              margin: 0 auto 12px; display: flex; gap: 16px; align-items: baseline; color: #444; }
            .au-bar a { color: #1f3f77; }
            .au-summary { font: 14px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; max-width: 210mm;
              box-sizing: border-box; margin: 0 auto 16px; padding: 14px 20px; background: #fff; border-radius: 6px;
              box-shadow: 0 1px 3px rgba(0,0,0,.12); }
            .au-summary h2 { font-size: 17px; margin: 0 0 6px; }
            .au-summary p { margin: 0 0 8px; }
            .au-summary ol { margin: 0; padding-left: 1.6em; }
            .au-summary li { margin: 2px 0; }
            .au-summary a { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
            .au-sev { display: inline-block; min-width: 2.5em; padding: 0 6px; margin-right: 6px; border-radius: 3px;
              font-size: 12px; text-align: center; color: #fff; }
            .au-error .au-sev { background: #c0392b; }
            .au-warning .au-sev { background: #d68910; }
            .au-info .au-sev { background: #2e86c1; }
            .au-rule { font: 12px ui-monospace, monospace; color: #555; margin-right: 6px; }
            .au-fix { color: #555; }
            .fz-report .au-note { font: 14px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
              text-indent: 0; text-align: left; margin: 4px 0 10px; padding: 6px 10px; border-left: 4px solid;
              background: #fafafa; }
            .fz-report .au-note.au-error { border-color: #c0392b; background: #fdf2f1; }
            .fz-report .au-note.au-warning { border-color: #d68910; background: #fef8ec; }
            .fz-report .au-note.au-info { border-color: #2e86c1; background: #f0f7fc; }
            @media print { .au-bar { display: none; } }
            """;

    private ReportPage() {}

    /** Writes the page of {@code report} with the findings of {@code summary}. */
    public static void write(AnnualReport report, ReportSummary summary, Locale locale, Appendable out) {
        Map<String, Element> elements = new HashMap<>();
        report.walk().forEach(e -> elements.putIfAbsent(e.id(), e));
        Map<String, List<Finding>> byElement = new LinkedHashMap<>();
        for (Finding f : summary.findings()) {
            if (!f.isAboutReport() && elements.containsKey(f.elementId())) {
                byElement.computeIfAbsent(f.elementId(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Severity> worst = new HashMap<>();
        byElement.forEach((id, fs) -> worst.put(
                id, fs.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow()));

        HtmlRenderer renderer = HtmlRenderer.builder()
                .nodeRendererFactory(c -> NodeRenderer.of(
                        NodeType.DOCUMENT, r -> document(c, r, summary, locale, byElement, worst, elements)))
                .nodeRendererFactory(c ->
                        NodeRenderer.of(NodeType.PARAGRAPH, p -> after(c, NodeType.PARAGRAPH, p, byElement, locale)))
                .nodeRendererFactory(
                        c -> NodeRenderer.of(NodeType.TITLE, t -> after(c, NodeType.TITLE, t, byElement, locale)))
                .nodeRendererFactory(c -> NodeRenderer.of(
                        NodeType.HEADER_LINE, h -> after(c, NodeType.HEADER_LINE, h, byElement, locale)))
                .nodeRendererFactory(
                        c -> NodeRenderer.of(NodeType.SECTION, s -> before(c, NodeType.SECTION, s, byElement, locale)))
                .nodeRendererFactory(c ->
                        NodeRenderer.of(NodeType.SIGN_OFF, s -> before(c, NodeType.SIGN_OFF, s, byElement, locale)))
                .build();
        renderer.render(report, out);
    }

    private static <T extends Element> void after(
            HtmlNodeRendererContext c, NodeType<T> type, T node, Map<String, List<Finding>> byElement, Locale locale) {
        c.renderDefault(type, node);
        notes(c.writer(), byElement.get(node.id()), locale);
    }

    private static <T extends Element> void before(
            HtmlNodeRendererContext c, NodeType<T> type, T node, Map<String, List<Finding>> byElement, Locale locale) {
        notes(c.writer(), byElement.get(node.id()), locale);
        c.renderDefault(type, node);
    }

    private static void notes(HtmlWriter w, List<Finding> findings, Locale locale) {
        if (findings == null) {
            return;
        }
        for (Finding f : findings) {
            w.openTag("aside", "class", "au-note au-" + f.severity().jsonName(), "role", "note");
            finding(w, f, locale);
            w.closeTag("aside").line();
        }
    }

    private static void finding(HtmlWriter w, Finding f, Locale locale) {
        w.openTag("span", "class", "au-sev")
                .text(AuditMessages.get(locale, "severity." + f.severity().jsonName()))
                .closeTag("span");
        w.openTag("span", "class", "au-rule").text(f.ruleId()).closeTag("span");
        w.text(f.message());
        f.suggestedFix()
                .ifPresent(fix -> w.text(" ")
                        .openTag("span", "class", "au-fix")
                        .text(AuditMessages.get(locale, "page.fix", fix))
                        .closeTag("span"));
    }

    private static void document(
            HtmlNodeRendererContext c,
            AnnualReport r,
            ReportSummary summary,
            Locale locale,
            Map<String, List<Finding>> byElement,
            Map<String, Severity> worst,
            Map<String, Element> elements) {
        HtmlWriter w = c.writer();
        w.raw("<!DOCTYPE html>\n");
        w.openTag("html", "lang", AuditMessages.english(locale) ? "en" : "zh-CN")
                .line();
        w.openTag("head").line();
        w.voidTag("meta", "charset", "utf-8").line();
        w.voidTag("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .line();
        String title = r.title().map(t -> t.text()).orElse(summary.file());
        w.openTag("title")
                .text(AuditMessages.get(locale, "page.title", title))
                .closeTag("title")
                .line();
        w.openTag("style")
                .line()
                .raw(HtmlRenderer.defaultStyleSheet())
                .line()
                .closeTag("style")
                .line();
        StringBuilder css = new StringBuilder(STYLE);
        worst.forEach((id, severity) -> {
            if (SAFE_ID.matcher(id).matches()) {
                Element e = elements.get(id);
                String target = e instanceof Section s ? c.headingId(s) : c.id(e);
                // a tint works on block and on inline (run-in) paragraphs alike
                String tint = switch (severity) {
                    case ERROR -> "#fbe3e0";
                    case WARNING -> "#fcefd6";
                    case INFO -> "#e3effa";
                };
                css.append(".fz-report [id=\"")
                        .append(target)
                        .append("\"] { background: ")
                        .append(tint)
                        .append("; }\n");
            }
        });
        css.append(".fz-report :target { background: #fff3b0; outline: 2px solid #f1c40f; }\n");
        w.openTag("style").line().raw(css.toString()).closeTag("style").line();
        w.closeTag("head").line();
        w.openTag("body", "class", "fz-body").line();

        w.openTag("nav", "class", "au-bar").line();
        w.openTag("a", "href", "../audit.html")
                .text(AuditMessages.get(locale, "page.back"))
                .closeTag("a");
        w.openTag("span").text(summary.file()).closeTag("span").line();
        w.closeTag("nav").line();

        w.openTag("section", "class", "au-summary", "aria-labelledby", "au-summary-title")
                .line();
        w.openTag("h2", "id", "au-summary-title")
                .text(AuditMessages.get(locale, "page.findings"))
                .closeTag("h2")
                .line();
        String unit = summary.match()
                .unit()
                .map(u -> AuditMessages.get(
                        locale,
                        "page.unit",
                        u,
                        summary.match().method().orElseThrow().label(locale)))
                .orElse(
                        summary.match().isAmbiguous()
                                ? AuditMessages.get(
                                        locale,
                                        "page.ambiguous",
                                        String.join("、", summary.match().candidates()))
                                : AuditMessages.get(locale, "page.noUnit"));
        w.openTag("p")
                .text(unit
                        + AuditMessages.get(
                                locale,
                                "page.counts",
                                summary.count(Severity.ERROR),
                                summary.count(Severity.WARNING),
                                summary.count(Severity.INFO)))
                .closeTag("p")
                .line();
        if (summary.findings().isEmpty()) {
            w.openTag("p")
                    .text(AuditMessages.get(locale, "page.none"))
                    .closeTag("p")
                    .line();
        } else {
            w.openTag("ol").line();
            for (Finding f : summary.findings()) {
                w.openTag("li", "class", "au-" + f.severity().jsonName());
                boolean placed = byElement.containsKey(f.elementId());
                if (placed) {
                    w.openTag("a", "href", "#" + c.id(elements.get(f.elementId())));
                }
                finding(w, f, locale);
                f.span().ifPresent(s -> w.text(AuditMessages.get(locale, "page.line", s.line())));
                if (placed) {
                    w.closeTag("a");
                }
                w.closeTag("li").line();
            }
            w.closeTag("ol").line();
        }
        w.closeTag("section").line();

        w.openTag("main", "class", "fz-page").line();
        w.openTag("article", "class", "fz-report", "lang", "zh-CN").line();
        c.renderChildren(r);
        w.closeTag("article").line();
        w.closeTag("main").line();
        w.closeTag("body").line();
        w.closeTag("html").line();
    }
}
