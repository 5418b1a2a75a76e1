package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.render.Renderers;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndNewCommandTest {

    @TempDir
    Path dir;

    Path input;
    AnnualReport report;

    @BeforeEach
    void input() throws IOException {
        report = new ReportGenerator(3, ReportGenerator.Options.defaults().withoutDefects()).generate(1);
        input = dir.resolve("in/report.txt");
        Files.createDirectories(input.getParent());
        Files.writeString(input, PlainTextWriter.standard().write(report), StandardCharsets.UTF_8);
    }

    @Test
    void rendersEveryFormatIntoAFolderAndSaysWhere() throws IOException {
        // PDF and OFD embed fonts: without the free CJK fonts of .ci/run this test cannot run
        io.github.fazhi.paged.Fonts.assumeInstalled(io.github.fazhi.render.layout.LayoutProfile.gbt9704());
        Path out = dir.resolve("out");
        String formats = String.join(",", Renderers.formats()) + ",json";
        CliRun r = CliRun.run("render", "--to", formats, "-o", out.toString(), input.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String f : Renderers.formats()) {
            String ext = Renderers.forFormat(f).format().fileExtension();
            Path file = out.resolve("report." + ext);
            assertThat(file).isNotEmptyFile();
            assertThat(r.err()).contains(file.toString());
        }
        AnnualReport fromJson = ReportJson.read(out.resolve("report.json"));
        assertThat(fromJson.withoutSpans().sections())
                .isEqualTo(PlainTextReader.standard().read(input).withoutSpans().sections());
        assertThat(Files.readString(out.resolve("report.html"))).contains("<html lang=\"zh-CN\"");
        assertThat(r.err()).contains("共写入 " + (Renderers.formats().size() + 1) + " 个文件到 " + out.toAbsolutePath());
    }

    @Test
    void rendersPdfAndOfd() throws IOException {
        io.github.fazhi.paged.Fonts.assumeInstalled(io.github.fazhi.render.layout.LayoutProfile.gbt9704());
        Path out = dir.resolve("paged");
        CliRun r = CliRun.run("render", "--to", "pdf,ofd", "-o", out.toString(), input.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var zip = new java.util.zip.ZipFile(out.resolve("report.ofd").toFile())) {
            assertThat(zip.getEntry("OFD.xml")).isNotNull();
            assertThat(zip.getEntry("Doc_0/Document.xml")).isNotNull();
        }
        assertThat(r.err()).contains("report.pdf").contains("report.ofd");
    }

    @Test
    void aSingleOutputGoesToStandardOutput() {
        CliRun r = CliRun.run("render", "--to", "markdown", "-o", "-", input.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# ").contains("## 一、");
        CliRun two = CliRun.run("render", "--to", "markdown,html", "-o", "-", input.toString());
        assertThat(two.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(two.err()).contains("single output");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheKnownOnes() {
        CliRun r = CliRun.run("render", "--to", "pdfx", input.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err())
                .contains("pdfx")
                .contains("html")
                .contains("markdown")
                .contains("json");
    }

    @Test
    void neverOverwritesTheInputAndGoesOnPastUnreadableFiles() throws IOException {
        Path bad = input.resolveSibling("bad.txt");
        Files.write(bad, new byte[] {0, 0, 0, 1});
        CliRun r = CliRun.run(
                "render",
                "--to",
                "text",
                "-o",
                input.getParent().toString(),
                input.getParent().toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err()).contains("不覆盖输入文件").contains("bad.txt");
        assertThat(PlainTextReader.standard().read(input).withoutSpans()).isNotNull();
        CliRun json = CliRun.run(
                "render",
                "--to",
                "json",
                "-o",
                dir.resolve("j").toString(),
                input.getParent().toString());
        assertThat(json.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(dir.resolve("j/report.json")).isNotEmptyFile();
    }

    @Test
    void aScaffoldReadsBackAndHasOnlyTheFindingsOfAnUnfilledSkeleton() throws IOException {
        Path skeleton = dir.resolve("new/2025.txt");
        CliRun r = CliRun.run("new", "--year", "2025", "--issuer", "清河市清河区司法局", "-o", skeleton.toString());
        assertThat(r.exitCode()).isZero();
        AnnualReport read = PlainTextReader.standard().read(skeleton);
        assertThat(read.title()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("清河市清河区司法局2025年法治政府建设年度报告"));
        assertThat(read.sections())
                .extracting(s -> s.kind())
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN);
        assertThat(read.sections().get(3).heading()).isEqualTo("2026年推进法治政府建设的主要安排");
        Set<String> rules = ReportValidator.national().validate(read).findings().stream()
                .map(Finding::ruleId)
                .collect(Collectors.toSet());
        assertThat(rules).containsExactlyInAnyOrder("placeholder", "signoff-missing");
        String check = CliRun.run("check", skeleton.toString()).out();
        assertThat(check.lines().filter(l -> l.contains("  placeholder  ")).count())
                .isEqualTo(10);
    }

    @Test
    void scaffoldAsJsonToStandardOutput() {
        CliRun r = CliRun.run(
                "new",
                "--year",
                "2024",
                "--issuer",
                "清河市人民政府",
                "--subject-type",
                "local_government",
                "--format",
                "json");
        assertThat(r.exitCode()).isZero();
        AnnualReport report = ReportJson.read(r.out(), "stdout");
        assertThat(report.reportingYear()).hasValue(2024);
        assertThat(report.metadata().subjectType())
                .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("LOCAL_GOVERNMENT"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.run("new", "--issuer", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("new", "--year", "25", "--issuer", "x").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("check").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("check", "--format", "xml", "a.txt").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpVersionAndCompletion() {
        for (String cmd : new String[] {"check", "render", "new", "rules"}) {
            CliRun help = CliRun.run(cmd, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: fazhi " + cmd);
        }
        CliRun top = CliRun.run("--help");
        assertThat(top.out())
                .contains("check")
                .contains("render")
                .contains("new")
                .contains("rules")
                .contains("generate-completion");
        assertThat(CliRun.run("--version").out()).startsWith("fazhi ");
        CliRun completion = CliRun.run("generate-completion");
        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).contains("complete -F").contains("fazhi");
    }
}
