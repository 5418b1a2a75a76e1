package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.validation.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    Path clean;
    Path gap;

    @BeforeEach
    void files() throws IOException {
        clean = dir.resolve("clean.txt");
        Files.writeString(
                clean,
                PlainTextWriter.standard()
                        .write(new ReportGenerator(
                                        7, ReportGenerator.Options.defaults().withoutDefects())
                                .generate(0)),
                StandardCharsets.UTF_8);
        gap = dir.resolve("gap.txt");
        try (InputStream in = getClass().getResourceAsStream("gap.txt")) {
            Files.write(gap, in.readAllBytes());
        }
    }

    @Test
    void aCleanReportExitsZeroWithASummary() {
        CliRun r = CliRun.run("check", clean.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("共检查 1 个文件：错误 0 个");
        assertThat(r.out()).doesNotContain("  error  ");
    }

    @Test
    void findingsArePrintedOneLineEachWithFileLineColumnSeverityRuleAndMessage() {
        CliRun r = CliRun.run("check", gap.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out().lines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith(gap + ":19:1  error  numbering-gap  ")
                        .contains("（一）"));
        assertThat(r.out()).contains("共检查 1 个文件：错误 1 个");
        assertThat(r.err()).doesNotContain("HV000001");
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(CliRun.run("check", "--fail-on", "never", gap.toString()).exitCode())
                .isZero();
        assertThat(CliRun.run("check", "--fail-on", "error", gap.toString()).exitCode())
                .isEqualTo(1);
        Path warningOnly = dir.resolve("warn.txt");
        String text = readString(gap).replace("（二）严格落实法律顾问制度", "（一）严格落实法律顾问制度").replace("原因在于培训覆盖不够。", "主要是培训覆盖不够。");
        write(warningOnly, text);
        CliRun errorLevel = CliRun.run("check", warningOnly.toString());
        assertThat(errorLevel.exitCode()).as(errorLevel.out()).isZero();
        assertThat(errorLevel.out()).contains("  warning  shortcomings-causes-missing  ");
        assertThat(CliRun.run("check", "--fail-on", "warning", warningOnly.toString())
                        .exitCode())
                .isEqualTo(1);
    }

    @Test
    void aReportOfAnEarlierEraSaysSoInOneLine() {
        Path old = dir.resolve("2017.txt");
        write(old, readString(gap).replace("2025", "2018").replace("2024", "2017"));
        CliRun r = CliRun.run("check", old.toString());
        assertThat(r.out().lines().filter(l -> l.contains("按报告年度施行的规则检查")))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith(old + "  ").contains("法治政府建设实施纲要（2015－2020年）"));
        assertThat(CliRun.run("check", "--locale", "en", old.toString()).out())
                .contains("checked under the rules in force for its year: the 2015 Outline");
        // the current rules are not announced
        assertThat(CliRun.run("check", gap.toString()).out()).doesNotContain("按报告年度施行的规则检查");
    }

    @Test
    void englishMessages() {
        CliRun r = CliRun.run("check", "--locale", "en", gap.toString());
        assertThat(r.out()).contains("numbering-gap").contains("Checked 1 file(s): 1 error(s)");
        assertThat(r.out()).doesNotContain("共检查");
    }

    @Test
    void aFolderWithABrokenFileChecksTheOthersAndExitsThree() throws IOException {
        Path folder = dir.resolve("batch");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(clean, folder.resolve("a.txt"));
        Files.copy(gap, folder.resolve("sub/b.txt"));
        Files.write(folder.resolve("c.txt"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, 0, 1, 2});
        Files.writeString(folder.resolve("d.json"), "{\"schemaVersion\": \"9.0\", \"sections\": []}");
        Files.writeString(folder.resolve("notes.md"), "# not a report");
        CliRun r = CliRun.run("check", folder.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        List<String> lines = r.out().lines().toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(folder.resolve("c.txt") + "  error  read-error  ")
                        .contains("byte"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(folder.resolve("d.json") + "  error  read-error  ")
                        .contains("不支持的格式版本 9.0"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith(folder.resolve("sub/b.txt") + ":19:1  error  numbering-gap"));
        // every file is listed, whatever its name: a text file is read as text and found to be no report, once
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(folder.resolve("notes.md") + "  error  not-a-report  ")
                        .contains("不是法治政府建设年度报告"));
        assertThat(lines)
                .filteredOn(l -> l.startsWith(folder.resolve("notes.md").toString()))
                .hasSize(1);
        assertThat(r.out()).contains("共检查 5 个文件").contains("无法读取的文件 2 个");
    }

    @Test
    void docxReportsAreCheckedLikeTextOnes() throws IOException {
        Path folder = dir.resolve("docx");
        Files.createDirectories(folder);
        CliRun render = CliRun.run("render", "--to", "docx", "-o", folder.toString(), gap.toString());
        assertThat(render.exitCode()).as(render.err()).isZero();
        Path docx = folder.resolve("gap.docx");
        assertThat(docx).isNotEmptyFile();
        Files.write(folder.resolve("fake.docx"), "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = CliRun.run("check", folder.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        // in a DOCX the line is the paragraph index; the finding is the same as for the text
        assertThat(r.out()).contains(docx + ":").contains("  error  numbering-gap  ");
        assertThat(r.out()).contains(folder.resolve("fake.docx") + "  error  read-error  ");
        assertThat(r.err()).doesNotContain("log4j").doesNotContain("StatusLogger");
    }

    @Test
    void aMissingPathIsReportedAndExitsThree() {
        CliRun r = CliRun.run("check", dir.resolve("nope.txt").toString(), clean.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.out()).contains("nope.txt  error  read-error").contains("共检查 2 个文件");
    }

    @Test
    void resultsComeInAStableOrderWhateverTheThreads() throws IOException {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        ReportGenerator g = new ReportGenerator(11);
        for (int i = 0; i < 24; i++) {
            write(folder.resolve(String.format("r%02d.txt", i)), g.generated(i).text());
        }
        String first =
                CliRun.run("check", "--fail-on", "never", folder.toString()).out();
        String second =
                CliRun.run("check", "--fail-on", "never", folder.toString()).out();
        assertThat(first).isEqualTo(second);
        List<String> files = first.lines()
                .filter(l -> l.startsWith(folder.toString()))
                .map(l -> l.substring(0, l.indexOf(".txt") + 4))
                .distinct()
                .toList();
        assertThat(files).isSorted();
    }

    @Test
    void jsonCoversAllFilesInOneDocument() throws IOException {
        Path out = dir.resolve("out/findings.json");
        CliRun r = CliRun.run("check", "--format", "json", "-o", out.toString(), clean.toString(), gap.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("共检查 2 个文件").contains("结果已写入 " + out);
        JsonNode root = JSON.readTree(Files.readString(out));
        assertThat(root.get("files")).hasSize(2);
        assertThat(root.get("files").get(1).get("findings").toString()).contains("numbering-gap");
    }

    @Test
    void sarifValidatesAgainstTheSarifSchema() throws IOException {
        Path shared = Path.of(System.getProperty("fazhi.shared", "../../shared"));
        Path schemaFile = shared.resolve("schemas/sarif-2.1.0.json");
        Assumptions.assumeTrue(Files.isRegularFile(schemaFile), "the SARIF schema in ../shared/schemas is absent");
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8});
        CliRun r = CliRun.run("check", "--format", "sarif", clean.toString(), gap.toString(), broken.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        Schema schema =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(Files.readString(schemaFile));
        JsonNode sarif = JSON.readTree(r.out());
        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.get("version").stringValue()).isEqualTo("2.1.0");
        String results = sarif.get("runs").get(0).get("results").toString();
        assertThat(results).contains("numbering-gap").contains("read-error").contains("broken.txt");
    }

    @Test
    void rulesListsEveryRule() {
        CliRun zh = CliRun.run("rules");
        CliRun en = CliRun.run("rules", "--locale", "en");
        assertThat(zh.exitCode()).isZero();
        Rules.all().forEach(rule -> {
            assertThat(zh.out()).contains(rule.id());
            assertThat(en.out()).contains(rule.id() + " ").contains(rule.description(java.util.Locale.ENGLISH));
        });
        assertThat(en.out().lines())
                .anySatisfy(l -> assertThat(l).startsWith("part-missing").contains("error"));
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path p, String s) {
        try {
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
