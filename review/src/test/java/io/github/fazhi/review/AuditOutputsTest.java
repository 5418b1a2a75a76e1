package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.testing.TestJurisdiction;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The four files {@link Audit#writeTo} writes, read back the way their users read them. */
class AuditOutputsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    static Path out;
    static Audit audit;

    @BeforeAll
    static void write() throws Exception {
        TestJurisdiction.Files files = TestJurisdiction.write(dir);
        out = dir.resolve("out");
        audit = Auditor.builder()
                .units(UnitList.read(files.unitsCsv()))
                .year(TestJurisdiction.YEAR)
                .reportPages(out)
                .build()
                .audit(List.of(files.reports()));
        assertThat(audit.writeTo(out))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("audit.json", "audit.html", "audit.xlsx", "audit.sarif");
    }

    @Test
    void theJsonListsEveryUnitWithItsStatusAndFiles() throws Exception {
        JsonNode root = JSON.readTree(Files.readString(out.resolve("audit.json")));
        assertThat(root.get("schemaVersion").asString()).isEqualTo(AuditJson.SCHEMA_VERSION);
        assertThat(root.get("year").asInt()).isEqualTo(TestJurisdiction.YEAR);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode u : root.get("units")) {
            statuses.put(u.get("unit").asString(), u.get("status").asString());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        TestJurisdiction.EXPECTED.forEach((k, v) -> expected.put(k, v.id()));
        assertThat(statuses).containsExactlyEntriesOf(expected);

        JsonNode foreign = unitNode(root, TestJurisdiction.FOREIGN_AFFAIRS);
        assertThat(foreign.get("files").get(0).get("matchedBy").asString()).isEqualTo("alias");
        assertThat(foreign.get("aliases").get(0).asString()).isEqualTo(TestJurisdiction.FOREIGN_AFFAIRS_ALIAS);
        JsonNode missing = unitNode(root, TestJurisdiction.CIVIL_AFFAIRS);
        assertThat(missing.get("files")).isEmpty();
        JsonNode duplicate = unitNode(root, TestJurisdiction.EMERGENCY);
        assertThat(duplicate.get("files")).hasSize(2);
        assertThat(duplicate.get("files").get(0).get("primary").asBoolean()).isTrue();
        JsonNode street = unitNode(root, TestJurisdiction.STREET);
        assertThat(street.get("missingParts").get(0).get("item").asInt()).isEqualTo(3);
        assertThat(street.get("firstResponsiblePerson").get("verdict").asString())
                .isEqualTo("missing");
        assertThat(street.get("submission").get("timeliness").asString()).isEqualTo("late");
        assertThat(street.get("publication").get("daysLate").asInt()).isEqualTo(14);
        assertThat(street.get("publicationDate").asString()).isEqualTo("2026-04-15");
        JsonNode finance = unitNode(root, TestJurisdiction.FINANCE);
        JsonNode placeholder = finance.get("files")
                .get(0)
                .get("findings")
                .valueStream()
                .filter(f -> f.get("ruleId").asString().equals("placeholder"))
                .findFirst()
                .orElseThrow();
        assertThat(placeholder.get("severity").asString()).isEqualTo("error");
        assertThat(placeholder.get("line").asInt()).isPositive();

        assertThat(root.get("unmatchedFiles")).hasSize(1);
        assertThat(root.get("ambiguousFiles").get(0).get("candidates")).hasSize(2);
        assertThat(root.get("totals").get("status").get("missing").asInt()).isEqualTo(1);
        assertThat(root.get("topRules").get(0).get("findings").asInt())
                .isEqualTo(audit.rules().get(0).findings());
    }

    private static JsonNode unitNode(JsonNode root, String name) {
        for (JsonNode u : root.get("units")) {
            if (u.get("unit").asString().equals(name)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + name);
    }

    @Test
    void theWorkbookHasTheUnitsFindingsAndTotalsSheetsInTheOfficesColumnOrder() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("audit.xlsx"));
                Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("单位");
            assertThat(wb.getSheetName(1)).isEqualTo("问题");
            assertThat(wb.getSheetName(2)).isEqualTo("汇总");
            Sheet units = wb.getSheet("单位");
            assertThat(row(units.getRow(0)))
                    .startsWith("序号", "单位", "状态", "报送文件", "错误", "警告", "提示", "缺少的必备内容", "第一责任人", "成文日期", "发布日期");
            assertThat(units.getLastRowNum()).isEqualTo(13);
            for (int r = 1; r <= 13; r++) {
                Row row = units.getRow(r);
                String name = row.getCell(1).getStringCellValue();
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r);
                assertThat(row.getCell(2).getStringCellValue())
                        .as(name)
                        .isEqualTo(TestJurisdiction.EXPECTED.get(name).label(Locale.CHINA));
            }
            Row street = units.getRow(12);
            assertThat(street.getCell(1).getStringCellValue()).isEqualTo(TestJurisdiction.STREET);
            assertThat(street.getCell(7).getStringCellValue()).isEqualTo("第一责任人履职情况");
            assertThat(street.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC); // a date, not text
            assertThat(street.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 3, 10));
            assertThat(street.getCell(11).getStringCellValue()).isEqualTo("逾期9天");
            for (String name : List.of("单位", "问题", "汇总")) {
                XSSFSheet sheet = (XSSFSheet) wb.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .as(name)
                        .isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            }
            Sheet findings = wb.getSheet("问题");
            assertThat(row(findings.getRow(0))).startsWith("序号", "单位", "文件", "级别", "规则");
            int expectedRows = audit.files().stream()
                    .mapToInt(f -> f.isReadable() ? f.findings().size() : 1)
                    .sum();
            assertThat(findings.getLastRowNum()).isEqualTo(expectedRows);
            Sheet totals = wb.getSheet("汇总");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("应报单位");
            assertThat(totals.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(13);
        }
    }

    private static List<String> row(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    @Test
    void theSarifLogHasEveryFindingAndTheUnreadableFile() throws Exception {
        JsonNode sarif = JSON.readTree(Files.readString(out.resolve("audit.sarif")));
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        JsonNode results = sarif.get("runs").get(0).get("results");
        int findings = audit.files().stream()
                .mapToInt(f -> f.isReadable() ? f.findings().size() : 1)
                .sum();
        assertThat(results).hasSize(findings);
        assertThat(results.valueStream().map(r -> r.get("ruleId").asString())).contains(AuditSarif.READ_ERROR);
    }

    @Test
    void theHtmlPageIsSelfContainedWithTheTableTheChartsAndLinksToTheReportPages() throws Exception {
        Path page = out.resolve("audit.html");
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("table#units > tbody > tr")).hasSize(13);
        assertThat(doc.select("svg#chart-status g.bar")).hasSize(AuditStatus.values().length);
        assertThat(doc.select("svg#chart-rules g.bar"))
                .hasSize(Math.min(AuditHtml.TOP_RULES, audit.rules().size()));
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script[src], link[href], img, iframe, object")).isEmpty();
        assertThat(doc.html()).doesNotContain("http://", "https://").as("nothing is fetched");
        for (Element row : doc.select("table#units > tbody > tr")) {
            String status = row.attr("data-status");
            String name = row.select("td.unit").text();
            assertThat(status)
                    .as(name)
                    .isEqualTo(TestJurisdiction.EXPECTED.get(name).id());
        }
        for (Element a : doc.select("table a[href]")) {
            assertThat(out.resolve(a.attr("href"))).as(a.attr("href")).isRegularFile();
        }
        // the unit links to its report, where the placeholder is marked where it stands
        Element finance = doc.select("table#units td.unit a").stream()
                .filter(a -> a.text().equals(TestJurisdiction.FINANCE))
                .findFirst()
                .orElseThrow();
        Document report = Jsoup.parse(out.resolve(finance.attr("href")).toFile(), "UTF-8");
        Element note = report.selectFirst("aside.au-note.au-error");
        assertThat(note).isNotNull();
        assertThat(note.text()).contains("placeholder", "××");
        Element flagged = note.previousElementSibling();
        assertThat(flagged.text()).contains("××");
        assertThat(report.select(".au-summary a[href=#" + flagged.id() + "]")).isNotEmpty();
        assertThat(report.select("article.fz-report h1").text()).contains("清河市清河区财政局");
    }

    @Test
    void everyOutputSpeaksEnglishWhenAskedTo(@TempDir Path english) throws Exception {
        TestJurisdiction.Files files = TestJurisdiction.write(english);
        Audit en = Auditor.builder()
                .units(UnitList.read(files.unitsCsv()))
                .year(TestJurisdiction.YEAR)
                .locale(Locale.ENGLISH)
                .build()
                .audit(List.of(files.reports()));
        en.writeTo(english.resolve("out"));
        JsonNode root = JSON.readTree(Files.readString(english.resolve("out/audit.json")));
        assertThat(unitNode(root, TestJurisdiction.CIVIL_AFFAIRS)
                        .get("statusLabel")
                        .asString())
                .isEqualTo("Missing");
        try (InputStream in = Files.newInputStream(english.resolve("out/audit.xlsx"));
                Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Units");
            assertThat(row(wb.getSheetAt(0).getRow(0))).startsWith("No.", "Unit", "Status", "Files");
        }
        Document doc = Jsoup.parse(english.resolve("out/audit.html").toFile(), "UTF-8");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.title()).startsWith("Review of the 2025");
        // the findings' own messages come from the validator in the same language
        assertThat(en.unit(TestJurisdiction.MARKET)
                        .orElseThrow()
                        .primary()
                        .orElseThrow()
                        .findings())
                .anySatisfy(f -> assertThat(f.message()).containsPattern("[A-Za-z]{4,}"));
    }
}
