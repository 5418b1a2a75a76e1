package io.github.fazhi.review;

import io.github.fazhi.review.internal.AuditMessages;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an {@link Audit} as {@code audit.xlsx} with Apache POI, in the layout an office keeps by hand:
 * a sheet of units ({@code 序号, 单位, 状态, 报送文件, 错误, 警告, 提示, 缺少的必备内容, 第一责任人, 成文日期, 发布日期,
 * 报送期限, 公开期限, 报告年度, 匹配方式, 说明}), a sheet of every finding, a sheet of totals with the most
 * frequent rules, and a sheet of the files that belong to no unit. Headers in the audit's language (Chinese
 * by default), the header row frozen, an auto-filter on each sheet, dates as dates. Rows are streamed
 * ({@code SXSSFWorkbook}), so thousands of units take little memory.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("out/audit.xlsx"))) {
 *     AuditXlsx.write(audit, out);
 * }
 * }</pre>
 */
public final class AuditXlsx {

    private static final int MAX_WIDTH = 60;

    private AuditXlsx() {}

    /**
     * Writes the workbook to {@code out} (not closed).
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(Audit audit, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            new Book(audit, wb).write();
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Book {
        private final Audit audit;
        private final Locale locale;
        private final SXSSFWorkbook wb;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle wrap;
        private final CellStyle date;
        private final CellStyle number;

        Book(Audit audit, SXSSFWorkbook wb) {
            this.audit = audit;
            this.locale = audit.locale();
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            wrap = wb.createCellStyle();
            wrap.setVerticalAlignment(VerticalAlignment.CENTER);
            wrap.setWrapText(true);
            date = wb.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.CENTER);
            date.setDataFormat(wb.createDataFormat()
                    .getFormat(AuditMessages.english(locale) ? "yyyy-mm-dd" : "yyyy\"年\"m\"月\"d\"日\""));
            number = wb.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.CENTER);
        }

        private String t(String key, Object... args) {
            return AuditMessages.get(locale, key, args);
        }

        void write() {
            units();
            findings();
            totals();
            others();
        }

        void units() {
            Table table = new Table(
                    t("xlsx.sheet.units"),
                    List.of(
                            "xlsx.units.number",
                            "xlsx.units.unit",
                            "xlsx.units.status",
                            "xlsx.units.files",
                            "xlsx.units.errors",
                            "xlsx.units.warnings",
                            "xlsx.units.infos",
                            "xlsx.units.missingParts",
                            "xlsx.units.frp",
                            "xlsx.units.dateOfIssue",
                            "xlsx.units.publicationDate",
                            "xlsx.units.submission",
                            "xlsx.units.publication",
                            "xlsx.units.year",
                            "xlsx.units.matchedBy",
                            "xlsx.units.notes"));
            for (UnitResult u : audit.units()) {
                Row row = table.row();
                Optional<ReportSummary> primary = u.primary();
                table.number(row, 0, u.number());
                table.text(row, 1, u.unit().name());
                table.text(row, 2, u.status().label(locale));
                table.wrapped(
                        row, 3, u.files().stream().map(f -> f.summary().file()).collect(Collectors.joining("\n")));
                if (primary.isPresent()) {
                    table.number(row, 4, u.count(Severity.ERROR));
                    table.number(row, 5, u.count(Severity.WARNING));
                    table.number(row, 6, u.count(Severity.INFO));
                }
                table.text(
                        row,
                        7,
                        u.missingParts().stream()
                                .map(k -> t("part." + k.name()))
                                .collect(Collectors.joining(t("list.separator"))));
                if (primary.isPresent()) {
                    table.text(row, 8, frp(u.firstResponsiblePerson()));
                }
                table.date(row, 9, u.dateOfIssue());
                table.date(row, 10, u.publicationDate());
                u.submission().ifPresent(d -> table.text(row, 11, d.label(locale)));
                u.publication().ifPresent(d -> table.text(row, 12, d.label(locale)));
                primary.flatMap(p -> p.reportingYear().isPresent()
                                ? Optional.of(p.reportingYear().getAsInt())
                                : Optional.empty())
                        .ifPresent(y -> table.number(row, 13, y));
                primary.flatMap(p -> p.match().method())
                        .or(() -> u.files().stream()
                                .findFirst()
                                .flatMap(f -> f.summary().match().method()))
                        .ifPresent(m -> table.text(row, 14, m.label(locale)));
                table.wrapped(row, 15, notes(u));
            }
            table.finish();
        }

        private String frp(FirstResponsiblePersonVerdict v) {
            if (v.ruleIds().isEmpty() || v.kind() == FirstResponsiblePersonVerdict.Kind.OWN_PART) {
                return v.label(locale);
            }
            return v.label(locale) + t("xlsx.rules", String.join(", ", v.ruleIds()));
        }

        private String notes(UnitResult u) {
            List<String> notes = new ArrayList<>();
            switch (u.status()) {
                case DUPLICATE ->
                    notes.add(t(
                            "xlsx.note.duplicate",
                            u.primary().map(ReportSummary::file).orElse("")));
                case WRONG_YEAR ->
                    notes.add(t(
                            "xlsx.note.wrongYear",
                            u.primary()
                                    .map(p -> String.valueOf(p.reportingYear().orElse(0)))
                                    .orElse(""),
                            audit.year().isPresent()
                                    ? String.valueOf(audit.year().getAsInt())
                                    : ""));
                default -> {}
            }
            for (SubmittedFile f : u.files()) {
                f.summary().readError().ifPresent(e -> notes.add(e));
            }
            return String.join("\n", notes);
        }

        void findings() {
            Table table = new Table(
                    t("xlsx.sheet.findings"),
                    List.of(
                            "xlsx.findings.number",
                            "xlsx.findings.unit",
                            "xlsx.findings.file",
                            "xlsx.findings.severity",
                            "xlsx.findings.rule",
                            "xlsx.findings.line",
                            "xlsx.findings.element",
                            "xlsx.findings.message",
                            "xlsx.findings.fix"));
            int n = 0;
            for (UnitResult u : audit.units()) {
                for (SubmittedFile f : u.files()) {
                    n = findingRows(table, n, u.unit().name(), f.summary());
                }
            }
            for (ReportSummary f : audit.unmatched()) {
                n = findingRows(table, n, "", f);
            }
            for (ReportSummary f : audit.ambiguous()) {
                n = findingRows(table, n, "", f);
            }
            table.finish();
        }

        private int findingRows(Table table, int n, String unit, ReportSummary f) {
            if (f.readError().isPresent()) {
                Row row = table.row();
                table.number(row, 0, ++n);
                table.text(row, 1, unit);
                table.text(row, 2, f.file());
                table.text(row, 3, t("severity.error"));
                table.text(row, 4, AuditSarif.READ_ERROR);
                table.wrapped(row, 7, f.readError().get());
                return n;
            }
            for (Finding x : f.findings()) {
                Row row = table.row();
                table.number(row, 0, ++n);
                table.text(row, 1, unit);
                table.text(row, 2, f.file());
                table.text(row, 3, t("severity." + x.severity().jsonName()));
                table.text(row, 4, x.ruleId());
                x.span().ifPresent(s -> table.number(row, 5, s.line()));
                table.text(row, 6, x.isAboutReport() ? t("xlsx.findings.wholeReport") : x.elementId());
                table.wrapped(row, 7, x.message());
                x.suggestedFix().ifPresent(fix -> table.wrapped(row, 8, fix));
            }
            return n;
        }

        void totals() {
            Table table = new Table(t("xlsx.sheet.totals"), List.of("xlsx.totals.item", "xlsx.totals.count"));
            AuditTotals tt = audit.totals();
            table.pair(t("xlsx.totals.units"), tt.units());
            table.pair(t("xlsx.totals.reported"), tt.reported());
            for (AuditStatus s : AuditStatus.values()) {
                table.pair(s.label(locale), tt.count(s));
            }
            table.pair(t("xlsx.totals.files"), tt.files());
            table.pair(t("xlsx.totals.unreadableFiles"), tt.unreadableFiles());
            table.pair(t("xlsx.totals.unmatchedFiles"), tt.unmatchedFiles());
            table.pair(t("xlsx.totals.ambiguousFiles"), tt.ambiguousFiles());
            table.pair(t("xlsx.totals.errors"), tt.errors());
            table.pair(t("xlsx.totals.warnings"), tt.warnings());
            table.pair(t("xlsx.totals.infos"), tt.infos());
            table.pair(t("xlsx.totals.lateSubmissions"), tt.lateSubmissions());
            table.pair(t("xlsx.totals.latePublications"), tt.latePublications());
            table.pair(t("xlsx.totals.withoutPublicationDate"), tt.withoutPublicationDate());
            int filterEnd = table.rows - 1;
            table.row();
            Row head = table.row();
            List<String> ruleHeads = List.of(
                    "xlsx.rules.rule",
                    "xlsx.rules.description",
                    "xlsx.rules.severity",
                    "xlsx.rules.findings",
                    "xlsx.rules.files");
            for (int c = 0; c < ruleHeads.size(); c++) {
                table.header(head, c, t(ruleHeads.get(c)));
            }
            for (RuleCount r : audit.rules()) {
                Row row = table.row();
                table.text(row, 0, r.ruleId());
                table.text(row, 1, r.description());
                table.text(row, 2, t("severity." + r.severity().jsonName()));
                table.number(row, 3, r.findings());
                table.number(row, 4, r.files());
            }
            table.finish(filterEnd, 1);
        }

        void others() {
            Table table = new Table(
                    t("xlsx.sheet.others"),
                    List.of(
                            "xlsx.others.file",
                            "xlsx.others.status",
                            "xlsx.others.issuer",
                            "xlsx.others.candidates",
                            "xlsx.others.notes"));
            for (ReportSummary f : audit.unmatched()) {
                other(table, f, t("xlsx.others.unmatched"));
            }
            for (ReportSummary f : audit.ambiguous()) {
                other(table, f, t("xlsx.others.ambiguous"));
            }
            table.finish();
        }

        private void other(Table table, ReportSummary f, String status) {
            Row row = table.row();
            table.text(row, 0, f.file());
            table.text(row, 1, status);
            table.text(row, 2, f.issuers().isEmpty() ? "" : f.issuers().get(0));
            table.text(row, 3, String.join(t("list.separator"), f.match().candidates()));
            table.wrapped(row, 4, f.readError().orElse(""));
        }

        /** One sheet: a header row, rows, widths from the content, the header frozen, a filter. */
        private final class Table {
            final SXSSFSheet sheet;
            final int columns;
            final int[] widths;
            int rows;

            Table(String name, List<String> headerKeys) {
                sheet = wb.createSheet(name);
                columns = headerKeys.size();
                widths = new int[Math.max(columns, 5)];
                Row head = row();
                head.setHeightInPoints(20);
                for (int c = 0; c < headerKeys.size(); c++) {
                    header(head, c, t(headerKeys.get(c)));
                }
            }

            Row row() {
                return sheet.createRow(rows++);
            }

            void header(Row row, int column, String value) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(header);
                measure(column, value);
            }

            void text(Row row, int column, String value) {
                if (value.isEmpty()) {
                    return;
                }
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(text);
                measure(column, value);
            }

            void wrapped(Row row, int column, String value) {
                if (value.isEmpty()) {
                    return;
                }
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(wrap);
                int lines = 0;
                for (String line : value.split("\n")) {
                    int w = measure(column, line);
                    lines += Math.max(1, (w + MAX_WIDTH - 1) / MAX_WIDTH); // a line wider than a column wraps
                }
                if (lines > 1) {
                    // streamed rows are not measured by the spreadsheet: give the lines their height
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * 15f + 2));
                }
            }

            void number(Row row, int column, double value) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(number);
                measure(column, value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            }

            void date(Row row, int column, Optional<LocalDate> value) {
                value.ifPresent(d -> {
                    Cell cell = row.createCell(column);
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                    measure(column, "2026年12月31日");
                });
            }

            void pair(String label, int value) {
                Row row = row();
                text(row, 0, label);
                number(row, 1, value);
            }

            /** Widens {@code column} for {@code value} (up to the widest column) and returns its width in characters. */
            private int measure(int column, String value) {
                int w = 0;
                for (int i = 0; i < value.length(); ) {
                    int cp = value.codePointAt(i);
                    i += Character.charCount(cp);
                    w += cp < 0x1100 ? 10 : 17; // tenths of a character: a Chinese character is about 1.7 wide
                }
                int chars = (w + 9) / 10;
                widths[column] = Math.max(widths[column], Math.min(MAX_WIDTH, chars));
                return chars;
            }

            void finish() {
                finish(rows - 1, columns - 1);
            }

            void finish(int lastFilterRow, int lastFilterColumn) {
                for (int c = 0; c < widths.length; c++) {
                    if (widths[c] > 0) {
                        sheet.setColumnWidth(c, Math.max(6, widths[c] + 2) * 256);
                    }
                }
                sheet.createFreezePane(0, 1);
                // printed as offices print it: A4 landscape, one page wide, the header on every page
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
                if (lastFilterRow >= 1) {
                    sheet.setAutoFilter(new CellRangeAddress(0, lastFilterRow, 0, lastFilterColumn));
                } else {
                    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, lastFilterColumn));
                }
            }
        }
    }
}
