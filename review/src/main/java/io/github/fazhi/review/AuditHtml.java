package io.github.fazhi.review;

import io.github.fazhi.render.html.HtmlWriter;
import io.github.fazhi.review.internal.AuditMessages;
import io.github.fazhi.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes an {@link Audit} as {@code audit.html}: one self-contained page (no network, no files besides the
 * report pages it links to) with the jurisdiction's figures, a chart of the units' statuses and one of the
 * most frequent rules (inline SVG), a table of every unit that sorts by any column (a little inline
 * script; without it the table reads in list order) and filters by text, each unit linking to its report
 * rendered with its findings marked, and the files that belong to no unit or to several.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("out/audit.html"))) {
 *     AuditHtml.write(audit, w);
 * }
 * }</pre>
 */
public final class AuditHtml {

    /** How many rules the chart of the most frequent rules shows. */
    public static final int TOP_RULES = 10;

    private static final List<AuditStatus> STATUS_RANK = List.of(
            AuditStatus.MISSING,
            AuditStatus.UNREADABLE,
            AuditStatus.WRONG_YEAR,
            AuditStatus.DUPLICATE,
            AuditStatus.ERRORS,
            AuditStatus.WARNINGS,
            AuditStatus.OK);

    private static final String STYLE = """
            :root { --ok: #2e7d32; --warnings: #b7791f; --errors: #c62828; --missing: #546e7a; --unreadable: #6a1b9a;
              --duplicate: #1565c0; --wrong-year: #d84315; --ink: #1d2733; --muted: #5f6b7a; --line: #dde2e8; }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 24px 28px 40px; font: 14px/1.55 system-ui, -apple-system, "Noto Sans CJK SC",
              "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: var(--ink); background: #f4f6f8; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 17px; margin: 28px 0 10px; }
            .meta { color: var(--muted); margin: 0 0 18px; }
            .tiles { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 18px; }
            .tile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 118px; }
            .tile b { display: block; font-size: 24px; line-height: 1.2; }
            .tile span { color: var(--muted); font-size: 13px; }
            .tile.alert b { color: var(--errors); }
            .charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
            figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
            figcaption { font-weight: 600; margin-bottom: 6px; }
            svg text { font-family: inherit; }
            .panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow-x: auto; }
            .filter { margin: 0 0 10px; }
            .filter input { font: inherit; padding: 5px 10px; width: 280px; max-width: 100%; border: 1px solid #b9c2cc; border-radius: 5px; }
            table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
            th, td { padding: 6px 7px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            thead th { background: #eef1f4; position: sticky; top: 0; white-space: nowrap; font-weight: 600; }
            th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
            th button::after { content: " \\2195"; color: #9aa5b1; font-weight: normal; }
            th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--ink); }
            th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--ink); }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.date { white-space: nowrap; }
            tbody tr:hover { background: #f8fafc; }
            .pill { display: inline-block; padding: 1px 9px; border-radius: 10px; color: #fff; font-size: 12.5px; white-space: nowrap; }
            .st-ok { background: var(--ok); } .st-warnings { background: var(--warnings); } .st-errors { background: var(--errors); }
            .st-missing { background: var(--missing); } .st-unreadable { background: var(--unreadable); }
            .st-duplicate { background: var(--duplicate); } .st-wrong-year { background: var(--wrong-year); }
            .late { color: var(--errors); font-weight: 600; }
            .nodate { color: var(--muted); }
            .bad { color: var(--errors); }
            td.unit { white-space: nowrap; }
            td.files { min-width: 160px; max-width: 260px; }
            .file { display: block; overflow-wrap: anywhere; }
            .file small { color: var(--muted); white-space: nowrap; }
            .file .why { display: block; color: var(--unreadable); font-size: 12.5px; }
            .legend { display: flex; gap: 14px; font-size: 12.5px; color: var(--muted); margin-top: 4px; }
            .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
            a { color: #1f4f99; }
            .empty { color: var(--muted); padding: 10px 12px; margin: 0; }
            footer { margin-top: 28px; color: var(--muted); font-size: 12.5px; }
            @media print { body { background: #fff; padding: 0; } .filter { display: none; } thead th { position: static; } }
            """;

    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('units');
              if (!table) { return; }
              var body = table.tBodies[0];
              var heads = table.tHead.rows[0].cells;
              function key(row, i) {
                var cell = row.cells[i];
                return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
              }
              Array.prototype.forEach.call(heads, function (th, i) {
                var button = th.querySelector('button');
                if (!button) { return; }
                button.addEventListener('click', function () {
                  var ascending = th.getAttribute('aria-sort') !== 'ascending';
                  var numeric = th.classList.contains('num') || th.hasAttribute('data-numeric');
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = key(a, i), y = key(b, i);
                    if (x === '' && y !== '') { return 1; }
                    if (y === '' && x !== '') { return -1; }
                    var c = numeric ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y, 'zh-CN');
                    if (c === 0) { c = parseFloat(key(a, 0)) - parseFloat(key(b, 0)); return c; }
                    return ascending ? c : -c;
                  });
                  Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
              var filter = document.getElementById('unit-filter');
              if (filter) {
                filter.addEventListener('input', function () {
                  var q = filter.value.trim().toLowerCase();
                  Array.prototype.forEach.call(body.rows, function (r) {
                    r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
                  });
                });
              }
            })();
            """;

    private AuditHtml() {}

    /**
     * Writes the page to {@code out} (not closed).
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(Audit audit, Writer out) {
        try {
            new Page(audit, out).write();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Page {
        private final Audit audit;
        private final Locale locale;
        private final Writer out;

        Page(Audit audit, Writer out) {
            this.audit = audit;
            this.locale = audit.locale();
            this.out = out;
        }

        private String t(String key, Object... args) {
            return AuditMessages.get(locale, key, args);
        }

        private Page raw(String s) throws IOException {
            out.write(s);
            return this;
        }

        private Page text(String s) throws IOException {
            out.write(HtmlWriter.escape(s));
            return this;
        }

        private static String attr(String s) {
            return HtmlWriter.escape(s);
        }

        void write() throws IOException {
            String title =
                    audit.year().isPresent() ? t("html.titleYear", audit.year().getAsInt()) : t("html.title");
            raw("<!DOCTYPE html>\n<html lang=\"")
                    .raw(AuditMessages.english(locale) ? "en" : "zh-CN")
                    .raw("\">\n");
            raw("<head>\n<meta charset=\"utf-8\">\n");
            raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            raw("<title>").text(title).raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
            raw("<header>\n<h1>").text(title).raw("</h1>\n<p class=\"meta\">");
            text(t(
                    "html.meta",
                    audit.profile().name(),
                    audit.totals().units(),
                    audit.unitsSource(),
                    audit.totals().files()));
            raw("</p>\n</header>\n");
            tiles();
            raw("<section class=\"charts\" aria-label=\"")
                    .text(t("html.charts"))
                    .raw("\">\n");
            statusChart();
            rulesChart();
            raw("</section>\n");
            unitsTable();
            otherFiles(t("html.unmatched"), "unmatched", audit.unmatched(), false);
            otherFiles(t("html.ambiguous"), "ambiguous", audit.ambiguous(), true);
            raw("<footer>").text(t("html.footer")).raw("</footer>\n");
            raw("<script>\n").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        }

        void tiles() throws IOException {
            AuditTotals tt = audit.totals();
            int needAction = tt.units() - tt.count(AuditStatus.OK);
            raw("<section class=\"tiles\" aria-label=\"").text(t("html.totals")).raw("\">\n");
            tile(tt.units(), t("html.tile.units"), false);
            tile(tt.reported(), t("html.tile.reported"), false);
            tile(tt.count(AuditStatus.OK), AuditStatus.OK.label(locale), false);
            tile(needAction, t("html.tile.needAction"), needAction > 0);
            tile(tt.count(AuditStatus.MISSING), AuditStatus.MISSING.label(locale), tt.count(AuditStatus.MISSING) > 0);
            tile(tt.lateSubmissions(), t("html.tile.lateSubmissions"), tt.lateSubmissions() > 0);
            tile(tt.latePublications(), t("html.tile.latePublications"), tt.latePublications() > 0);
            tile(tt.unmatchedFiles() + tt.ambiguousFiles(), t("html.tile.otherFiles"), false);
            raw("</section>\n");
        }

        void tile(int value, String label, boolean alert) throws IOException {
            raw("<div class=\"tile").raw(alert ? " alert" : "").raw("\"><b>").raw(String.valueOf(value));
            raw("</b><span>").text(label).raw("</span></div>\n");
        }

        void statusChart() throws IOException {
            int rowHeight = 26;
            int labelWidth = 96;
            int barWidth = 300;
            int height = AuditStatus.values().length * rowHeight + 8;
            int max = 1;
            for (AuditStatus s : AuditStatus.values()) {
                max = Math.max(max, audit.totals().count(s));
            }
            String caption = t("html.chart.status");
            raw("<figure>\n<figcaption id=\"chart-status-title\">")
                    .text(caption)
                    .raw("</figcaption>\n");
            raw("<svg id=\"chart-status\" role=\"img\" aria-labelledby=\"chart-status-title\" width=\"")
                    .raw(String.valueOf(labelWidth + barWidth + 50))
                    .raw("\" height=\"")
                    .raw(String.valueOf(height))
                    .raw("\" viewBox=\"0 0 ")
                    .raw(String.valueOf(labelWidth + barWidth + 50))
                    .raw(" ")
                    .raw(String.valueOf(height))
                    .raw("\">\n");
            int y = 4;
            for (AuditStatus s : AuditStatus.values()) {
                int n = audit.totals().count(s);
                int w = n == 0 ? 0 : Math.max(2, (int) Math.round((double) n * barWidth / max));
                raw("<g class=\"bar\" data-status=\"")
                        .raw(s.id())
                        .raw("\"><title>")
                        .text(s.label(locale) + " " + n);
                raw("</title>");
                raw("<text x=\"")
                        .raw(String.valueOf(labelWidth - 8))
                        .raw("\" y=\"")
                        .raw(String.valueOf(y + 17));
                raw("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2733\">")
                        .text(s.label(locale))
                        .raw("</text>");
                raw("<rect x=\"").raw(String.valueOf(labelWidth)).raw("\" y=\"").raw(String.valueOf(y + 4));
                raw("\" width=\"").raw(String.valueOf(w)).raw("\" height=\"").raw(String.valueOf(rowHeight - 8));
                raw("\" rx=\"3\" fill=\"").raw(colour(s)).raw("\"></rect>");
                raw("<text x=\"")
                        .raw(String.valueOf(labelWidth + w + 6))
                        .raw("\" y=\"")
                        .raw(String.valueOf(y + 17));
                raw("\" font-size=\"13\" fill=\"#1d2733\">")
                        .raw(String.valueOf(n))
                        .raw("</text></g>\n");
                y += rowHeight;
            }
            raw("</svg>\n</figure>\n");
        }

        void rulesChart() throws IOException {
            List<RuleCount> top = audit.topRules(TOP_RULES);
            String caption = t("html.chart.rules", TOP_RULES);
            raw("<figure>\n<figcaption id=\"chart-rules-title\">").text(caption).raw("</figcaption>\n");
            if (top.isEmpty()) {
                raw("<p class=\"empty\">").text(t("html.chart.noRules")).raw("</p>\n</figure>\n");
                return;
            }
            int rowHeight = 36;
            int labelWidth = 300;
            int barWidth = 220;
            int width = labelWidth + barWidth + 50;
            int height = top.size() * rowHeight + 8;
            int max = Math.max(1, top.get(0).findings());
            raw("<svg id=\"chart-rules\" role=\"img\" aria-labelledby=\"chart-rules-title\" width=\"")
                    .raw(String.valueOf(width))
                    .raw("\" height=\"")
                    .raw(String.valueOf(height))
                    .raw("\" viewBox=\"0 0 ")
                    .raw(width + " " + height)
                    .raw("\">\n");
            int y = 4;
            for (RuleCount r : top) {
                int w = Math.max(2, (int) Math.round((double) r.findings() * barWidth / max));
                String colour = colour(r.severity());
                raw("<g class=\"bar\" data-rule=\"").raw(attr(r.ruleId())).raw("\"><title>");
                text(r.ruleId() + "：" + r.description() + " — " + t("html.chart.ruleTip", r.findings(), r.files()));
                raw("</title>");
                raw("<text x=\"")
                        .raw(String.valueOf(labelWidth - 8))
                        .raw("\" y=\"")
                        .raw(String.valueOf(y + 15));
                raw("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2733\">").text(shorten(r.description(), 21));
                raw("</text>");
                raw("<text x=\"")
                        .raw(String.valueOf(labelWidth - 8))
                        .raw("\" y=\"")
                        .raw(String.valueOf(y + 30));
                raw(
                        "\" text-anchor=\"end\" font-size=\"11\" fill=\"#5f6b7a\" font-family=\"ui-monospace, monospace\">");
                text(r.ruleId()).raw("</text>");
                raw("<rect x=\"").raw(String.valueOf(labelWidth)).raw("\" y=\"").raw(String.valueOf(y + 8));
                raw("\" width=\"").raw(String.valueOf(w)).raw("\" height=\"").raw(String.valueOf(rowHeight - 16));
                raw("\" rx=\"3\" fill=\"").raw(colour).raw("\"></rect>");
                raw("<text x=\"")
                        .raw(String.valueOf(labelWidth + w + 6))
                        .raw("\" y=\"")
                        .raw(String.valueOf(y + 23));
                raw("\" font-size=\"13\" fill=\"#1d2733\">")
                        .raw(String.valueOf(r.findings()))
                        .raw("</text></g>\n");
                y += rowHeight;
            }
            raw("</svg>\n<div class=\"legend\">");
            for (Severity sev : Severity.values()) {
                raw("<span><i style=\"background:").raw(colour(sev)).raw("\"></i>");
                text(t("severity." + sev.jsonName())).raw("</span>");
            }
            raw("</div>\n</figure>\n");
        }

        private static String colour(Severity s) {
            return switch (s) {
                case ERROR -> colour(AuditStatus.ERRORS);
                case WARNING -> colour(AuditStatus.WARNINGS);
                case INFO -> "#2e86c1";
            };
        }

        private static String colour(AuditStatus s) {
            return switch (s) {
                case OK -> "#2e7d32";
                case WARNINGS -> "#b7791f";
                case ERRORS -> "#c62828";
                case MISSING -> "#546e7a";
                case UNREADABLE -> "#6a1b9a";
                case DUPLICATE -> "#1565c0";
                case WRONG_YEAR -> "#d84315";
            };
        }

        /** The reason a file could not be read, without the file name the reader's message starts with. */
        private static String problem(ReportSummary f) {
            String e = f.readError().orElse("");
            return e.startsWith(f.file() + ": ") ? e.substring(f.file().length() + 2) : e;
        }

        private static String shorten(String s, int max) {
            return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
        }

        void unitsTable() throws IOException {
            raw("<section aria-labelledby=\"units-title\">\n<h2 id=\"units-title\">")
                    .text(t("html.units"));
            raw("</h2>\n<p class=\"filter\"><label>").text(t("html.filter")).raw(" ");
            raw("<input id=\"unit-filter\" type=\"search\" autocomplete=\"off\"></label></p>\n");
            raw("<div class=\"panel\">\n<table id=\"units\">\n<thead><tr>");
            head(t("xlsx.units.number"), true);
            head(t("xlsx.units.unit"), false);
            head(t("xlsx.units.status"), false);
            head(t("xlsx.units.files"), false);
            head(t("xlsx.units.errors"), true);
            head(t("xlsx.units.warnings"), true);
            head(t("xlsx.units.infos"), true);
            head(t("xlsx.units.missingParts"), false);
            head(t("xlsx.units.frp"), false);
            head(t("xlsx.units.dateOfIssue"), false);
            head(t("xlsx.units.publicationDate"), false);
            head(t("xlsx.units.submission"), false);
            head(t("xlsx.units.publication"), false);
            raw("</tr></thead>\n<tbody>\n");
            for (UnitResult u : audit.units()) {
                unitRow(u);
            }
            raw("</tbody>\n</table>\n</div>\n</section>\n");
        }

        void head(String label, boolean numeric) throws IOException {
            raw("<th scope=\"col\"").raw(numeric ? " class=\"num\"" : "").raw("><button type=\"button\">");
            text(label).raw("</button></th>");
        }

        void unitRow(UnitResult u) throws IOException {
            Optional<ReportSummary> primary = u.primary();
            raw("<tr data-status=\"").raw(u.status().id()).raw("\">");
            raw("<td class=\"num\">").raw(String.valueOf(u.number())).raw("</td>");
            raw("<td class=\"unit\">");
            Optional<String> page = primary.flatMap(ReportSummary::page);
            if (page.isPresent()) {
                raw("<a href=\"")
                        .raw(attr(page.get()))
                        .raw("\">")
                        .text(u.unit().name())
                        .raw("</a>");
            } else {
                text(u.unit().name());
            }
            raw("</td>");
            raw("<td data-sort=\"")
                    .raw(String.valueOf(STATUS_RANK.indexOf(u.status())))
                    .raw("\"><span class=\"pill st-");
            raw(u.status().id()).raw("\">").text(u.status().label(locale)).raw("</span></td>");
            raw("<td class=\"files\">");
            for (SubmittedFile f : u.files()) {
                String name = f.summary().file().substring(f.summary().file().lastIndexOf('/') + 1);
                raw("<span class=\"file\">");
                if (f.summary().page().isPresent()) {
                    raw("<a href=\"")
                            .raw(attr(f.summary().page().get()))
                            .raw("\" title=\"")
                            .raw(attr(f.summary().file()));
                    raw("\">").text(name).raw("</a>");
                } else {
                    raw("<span title=\"")
                            .raw(attr(f.summary().readError().orElse(f.summary().file())))
                            .raw("\">");
                    text(name).raw("</span>");
                }
                if (f.status() != u.status() || u.files().size() > 1) {
                    raw(" <small>")
                            .text(t("html.fileStatus", f.status().label(locale)))
                            .raw("</small>");
                }
                if (f.summary().readError().isPresent()) {
                    raw("<span class=\"why\">")
                            .text(shorten(problem(f.summary()), 48))
                            .raw("</span>");
                }
                raw("</span>");
            }
            raw("</td>");
            count(primary, u, Severity.ERROR);
            count(primary, u, Severity.WARNING);
            count(primary, u, Severity.INFO);
            raw("<td").raw(u.missingParts().isEmpty() ? "" : " class=\"bad\"").raw(">");
            text(u.missingParts().stream()
                    .map(k -> t("part." + k.name()))
                    .collect(Collectors.joining(t("list.separator"))));
            raw("</td>");
            FirstResponsiblePersonVerdict v = u.firstResponsiblePerson();
            raw("<td data-sort=\"").raw(String.valueOf(v.kind().ordinal())).raw("\"");
            raw(primary.isPresent() && !v.kind().acceptable() ? " class=\"bad\"" : "")
                    .raw(">");
            if (primary.isPresent()) {
                raw("<span title=\"")
                        .raw(attr(String.join(", ", v.ruleIds())))
                        .raw("\">")
                        .text(v.label(locale));
                raw("</span>");
            }
            raw("</td>");
            date(u.dateOfIssue());
            date(u.publicationDate());
            deadline(u.submission());
            deadline(u.publication());
            raw("</tr>\n");
        }

        void count(Optional<ReportSummary> primary, UnitResult u, Severity s) throws IOException {
            raw("<td class=\"num\">");
            if (primary.isPresent()) {
                raw(String.valueOf(u.count(s)));
            }
            raw("</td>");
        }

        void date(Optional<LocalDate> d) throws IOException {
            raw("<td class=\"date\" data-sort=\"")
                    .raw(d.map(LocalDate::toString).orElse(""))
                    .raw("\">");
            if (d.isPresent()) {
                raw("<time datetime=\"")
                        .raw(d.get().toString())
                        .raw("\">")
                        .text(formatDate(d.get()))
                        .raw("</time>");
            }
            raw("</td>");
        }

        private String formatDate(LocalDate d) {
            return AuditMessages.english(locale)
                    ? d.toString()
                    : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }

        void deadline(Optional<DeadlineCheck> d) throws IOException {
            if (d.isEmpty()) {
                raw("<td data-sort=\"\"></td>");
                return;
            }
            DeadlineCheck c = d.get();
            String cls = switch (c.timeliness()) {
                case LATE -> " class=\"late\"";
                case NO_DATE -> " class=\"nodate\"";
                case ON_TIME -> "";
            };
            raw("<td")
                    .raw(cls)
                    .raw(" data-sort=\"")
                    .raw(String.valueOf(c.timeliness().ordinal() * 10000 + c.daysLate()));
            raw("\" title=\"")
                    .raw(attr(t("html.deadline", formatDate(c.deadline()))))
                    .raw("\">");
            text(c.label(locale)).raw("</td>");
        }

        void otherFiles(String title, String id, List<ReportSummary> files, boolean ambiguous) throws IOException {
            raw("<section aria-labelledby=\"")
                    .raw(id)
                    .raw("-title\">\n<h2 id=\"")
                    .raw(id)
                    .raw("-title\">")
                    .text(title);
            raw(" (").raw(String.valueOf(files.size())).raw(")</h2>\n<div class=\"panel\">\n");
            if (files.isEmpty()) {
                raw("<p class=\"empty\">").text(t("html.none")).raw("</p>\n</div>\n</section>\n");
                return;
            }
            raw("<table id=\"").raw(id).raw("\">\n<thead><tr>");
            for (String key : List.of(
                    "xlsx.others.file",
                    "xlsx.others.status",
                    "xlsx.others.issuer",
                    "xlsx.others.candidates",
                    "xlsx.others.notes")) {
                raw("<th scope=\"col\">").text(t(key)).raw("</th>");
            }
            raw("</tr></thead>\n<tbody>\n");
            for (ReportSummary f : files) {
                raw("<tr><td>");
                if (f.page().isPresent()) {
                    raw("<a href=\"")
                            .raw(attr(f.page().get()))
                            .raw("\">")
                            .text(f.file())
                            .raw("</a>");
                } else {
                    text(f.file());
                }
                raw("</td><td><span class=\"pill st-")
                        .raw(f.contentStatus().id())
                        .raw("\">");
                text(f.contentStatus().label(locale)).raw("</span></td><td>");
                text(f.issuers().isEmpty() ? "" : f.issuers().get(0)).raw("</td><td>");
                text(String.join(t("list.separator"), f.match().candidates())).raw("</td><td>");
                text(f.readError().orElse(ambiguous ? t("html.ambiguousNote") : t("html.unmatchedNote")));
                raw("</td></tr>\n");
            }
            raw("</tbody>\n</table>\n</div>\n</section>\n");
        }
    }
}
