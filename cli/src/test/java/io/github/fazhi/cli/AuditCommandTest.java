package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.testing.TestJurisdiction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    TestJurisdiction.Files files;

    @BeforeEach
    void jurisdiction() throws Exception {
        files = TestJurisdiction.write(dir);
    }

    @Test
    void auditWritesTheJsonTheHtmlTheWorkbookAndTheReportPages() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run(
                "audit",
                "--expect",
                files.unitsTxt().toString(),
                "-o",
                out.toString(),
                files.reports().toString());
        assertThat(out.resolve("audit.json")).isRegularFile();
        assertThat(out.resolve("audit.html")).isRegularFile();
        assertThat(out.resolve("audit.xlsx")).isRegularFile();
        assertThat(out.resolve("audit.sarif")).isRegularFile();
        try (var pages = Files.list(out.resolve("reports"))) {
            assertThat(pages.count()).isEqualTo(14); // every readable file
        }
        // the transport bureau's file is cut off: exit 3, as check does for an unreadable input
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.out()).contains("未报送  清河市清河区民政局", "无法读取  清河市清河区交通运输局", "应报单位 13 个", "结果已写入 " + out);
        JsonNode root = JSON.readTree(Files.readString(out.resolve("audit.json")));
        assertThat(root.get("units")).hasSize(13);
        // a plain list has no aliases: the report issued as 区外事办 belongs to no unit
        assertThat(unitStatus(root, TestJurisdiction.FOREIGN_AFFAIRS)).isEqualTo("missing");
        try (InputStream in = Files.newInputStream(out.resolve("audit.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("单位").getLastRowNum()).isEqualTo(13);
        }
    }

    @Test
    void withTheCsvAndTheYearEveryUnitGetsItsStatus() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run(
                "audit",
                "--expect",
                files.unitsCsv().toString(),
                "--year",
                "2025",
                "-o",
                out.toString(),
                files.reports().toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.UNREADABLE);
        JsonNode root = JSON.readTree(Files.readString(out.resolve("audit.json")));
        Map<String, String> statuses = new LinkedHashMap<>();
        root.get("units")
                .forEach(u ->
                        statuses.put(u.get("unit").asString(), u.get("status").asString()));
        Map<String, String> expected = new LinkedHashMap<>();
        TestJurisdiction.EXPECTED.forEach((k, v) -> expected.put(k, v.id()));
        assertThat(statuses).containsExactlyEntriesOf(expected);
    }

    @Test
    void exitCodesFollowCheck() throws Exception {
        Path reports = dir.resolve("fine");
        Files.createDirectories(reports);
        Files.copy(files.reports().resolve("司法局.docx"), reports.resolve("司法局.docx"));
        Path list = dir.resolve("two.txt");
        Files.writeString(list, TestJurisdiction.JUSTICE + "\n", StandardCharsets.UTF_8);
        assertThat(CliRun.run(
                                "audit",
                                "--expect",
                                list.toString(),
                                "-o",
                                dir.resolve("o1").toString(),
                                reports.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.OK);
        Files.writeString(list, TestJurisdiction.JUSTICE + "\n" + TestJurisdiction.CIVIL_AFFAIRS + "\n");
        CliRun missing = CliRun.run(
                "audit", "--expect", list.toString(), "-o", dir.resolve("o2").toString(), reports.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(missing.out()).contains("未报送  " + TestJurisdiction.CIVIL_AFFAIRS);
        assertThat(CliRun.run(
                                "audit",
                                "--fail-on",
                                "never",
                                "--expect",
                                list.toString(),
                                "-o",
                                dir.resolve("o3").toString(),
                                reports.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void aListThatCannotBeUsedIsAUsageErrorNamingTheLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "单位,类型\n清河市清河区司法局,部委\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run(
                "audit",
                "--expect",
                csv.toString(),
                "-o",
                dir.resolve("o").toString(),
                files.reports().toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(csv + ":2: 未知的单位类型“部委”");
        assertThat(CliRun.run("audit", "-o", "x", "y").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun none = CliRun.run("audit", "--expect", dir.resolve("none.txt").toString(), "-o", "x", "y");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("none.txt");
    }

    @Test
    void englishOnRequest() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run(
                "audit",
                "--locale",
                "en",
                "--expect",
                files.unitsCsv().toString(),
                "--year",
                "2025",
                "-o",
                out.toString(),
                files.reports().toString());
        assertThat(r.out()).contains("Missing  " + TestJurisdiction.CIVIL_AFFAIRS, "13 unit(s) must report");
        assertThat(Files.readString(out.resolve("audit.html"))).contains("<html lang=\"en\">");
    }

    @Test
    void theOutputFolderInsideTheInputIsNotReadAgain() throws Exception {
        Path out = files.reports().resolve("out");
        CliRun.run(
                "audit",
                "--expect",
                files.unitsCsv().toString(),
                "-o",
                out.toString(),
                files.reports().toString());
        CliRun again = CliRun.run(
                "audit",
                "--expect",
                files.unitsCsv().toString(),
                "-o",
                out.toString(),
                files.reports().toString());
        JsonNode root = JSON.readTree(Files.readString(out.resolve("audit.json")));
        assertThat(root.get("totals").get("files").asInt()).as(again.out()).isEqualTo(15);
    }

    private static String unitStatus(JsonNode root, String name) {
        for (JsonNode u : root.get("units")) {
            if (u.get("unit").asString().equals(name)) {
                return u.get("status").asString();
            }
        }
        throw new AssertionError(name);
    }
}
