package io.github.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.core.Title;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleReportTest {

    private static final String REGENERATE =
            "examples/sample-report.txt no longer matches SampleReport.build(); regenerate it from the project root with:"
                    + " ./mvnw -q -pl examples -am compile exec:java > examples/sample-report.txt";

    private final AnnualReport report = SampleReport.build();

    @Test
    void keptTextFileIsWhatTheWriterWrites() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("sample-report.txt");
        assertThat(file).as("examples/sample-report.txt").exists();
        String kept = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");

        assertThat(kept).as(REGENERATE).isEqualTo(PlainTextWriter.standard().write(report));
    }

    @Test
    void keptTextFileReadsBackIntoTheSampleReport() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("sample-report.txt");
        AnnualReport read = PlainTextReader.standard().read(file);

        assertThat(read.title()).map(Title::text).isEqualTo(report.title().map(Title::text));
        assertThat(read.reportingYear()).hasValue(SampleReport.REPORTING_YEAR);
        assertThat(read.header()).extracting(HeaderLine::text).containsExactly("区委、区政府、市司法局：");
        assertThat(read.preambleParagraphs()).extracting(Paragraph::text).isEqualTo(texts(report.preambleParagraphs()));
        assertThat(read.allSections().map(SampleReportTest::shape).toList())
                .isEqualTo(report.allSections().map(SampleReportTest::shape).toList());
        assertThat(read.dateOfIssue()).contains(SampleReport.DATE_OF_ISSUE);
        assertThat(read.signOff().orElseThrow().issuers()).containsExactly(SampleReport.ISSUER);
        assertThat(PlainTextWriter.standard().write(read))
                .isEqualTo(PlainTextWriter.standard().write(report));
    }

    private static String shape(Section s) {
        return s.kind() + " " + s.label() + (s.runIn() ? " run-in " : " ") + s.heading() + " " + texts(s.paragraphs());
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    @Test
    void printSampleReportPrintsTheSameTextAsUtf8() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.ISO_8859_1));
            PrintSampleReport.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(PlainTextWriter.standard().write(report));
    }

    @Test
    void buildIsRepeatable() {
        assertThat(SampleReport.build()).isEqualTo(report);
    }

    @Test
    void hasEveryRequiredPartUnderItsStandardHeadingInOrder() {
        assertThat(report.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN,
                        SectionKind.OTHER);
        for (SectionKind kind : SectionKind.values()) {
            if (kind.isRequired()) {
                assertThat(report.sections(kind)).as(kind.name()).hasSize(1);
                assertThat(report.sections(kind).get(0).heading())
                        .isEqualTo(StandardHeadings.of(kind, SampleReport.REPORTING_YEAR));
            }
        }
        assertThat(report.sections())
                .extracting(Section::headingLine)
                .containsExactly(
                        "一、2025年推进法治政府建设的主要举措和成效",
                        "二、2025年推进法治政府建设存在的不足和原因",
                        "三、2025年党政主要负责人履行推进法治建设第一责任人职责情况",
                        "四、2026年推进法治政府建设的主要安排",
                        "五、其他需要报告的情况");
        assertThat(report.title().orElseThrow().text()).isEqualTo("清河市清河区司法局2025年法治政府建设年度报告");
    }

    @Test
    void partOneHasAtLeastSixRunInSubsectionsWithEnumerationsAndFigures() {
        Section measures = report.sections(SectionKind.MEASURES_AND_RESULTS).get(0);
        assertThat(measures.subsections()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(sub -> {
            assertThat(sub.runIn()).isTrue();
            assertThat(sub.level()).isEqualTo(2);
            assertThat(sub.heading()).endsWith("。");
            assertThat(sub.fullText().length()).isGreaterThan(150);
        });
        assertThat(measures.subsections().get(0).headingLine()).startsWith("（一）坚持");
        long withEnumeration = measures.subsections().stream()
                .filter(s ->
                        s.paragraphs().stream().anyMatch(p -> p.enumerations().size() >= 3))
                .count();
        assertThat(withEnumeration).isGreaterThanOrEqualTo(3);
        String text = measures.fullText();
        for (String topic : List.of("行政复议", "出庭应诉率", "合法性审查", "规范性文件", "备案", "普法", "%")) {
            assertThat(text).as(topic).contains(topic);
        }
        assertThat(Pattern.compile("\\d+件").matcher(text).results().count()).isGreaterThan(10);
    }

    @Test
    void partTwoNamesProblemsAndCauses() {
        String text =
                report.sections(SectionKind.SHORTCOMINGS_AND_CAUSES).get(0).fullText();
        assertThat(text).contains("存在的主要问题", "原因");
    }

    @Test
    void partThreeCoversThePrincipalLeadersDuties() {
        String text =
                report.sections(SectionKind.FIRST_RESPONSIBLE_PERSON).get(0).fullText();
        assertThat(text).contains("主要负责同志", "第一责任人");
        // domain.md §2.1: G1 to G6 and X1, one keyword of each
        assertThat(text)
                .contains("组织领导", "局务会议")
                .contains("重大行政决策", "合法性审查", "法律顾问")
                .contains("督促依法行政", "行政执法监督")
                .contains("出庭应诉")
                .contains("行政复议", "矛盾纠纷")
                .contains("会前学法", "习近平法治思想")
                .contains("述法");
    }

    @Test
    void partFourPlansSeveralMeasuresForTheNextYear() {
        Section plan = report.sections(SectionKind.NEXT_YEAR_PLAN).get(0);
        assertThat(plan.subsections()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(plan.paragraphs().get(0).text()).startsWith("2026年");
    }

    @Test
    void preambleAndSignOffFollowTheConventions() {
        List<Paragraph> preamble = report.preambleParagraphs();
        assertThat(preamble).isNotEmpty();
        assertThat(preamble.get(preamble.size() - 1).text()).endsWith("现将有关情况报告如下：");
        assertThat(report.signOff().orElseThrow().issuers()).containsExactly("清河市清河区司法局");
        assertThat(report.signOff().orElseThrow().dateText()).contains("2026年1月23日");
        assertThat(report.dateOfIssue()).contains(SampleReport.DATE_OF_ISSUE);
    }

    @Test
    void bodyTextIsOfRealisticLength() {
        int length = nonBlankLength(bodyText());
        assertThat(length).as("characters of body text").isBetween(4_000, 6_000);
    }

    @Test
    void textHasNoPlaceholdersHalfWidthPunctuationOrPaddedDates() {
        String text = PlainTextWriter.standard().write(report);
        assertThat(text).doesNotContain("××", "XX", "xx", "某某", "【", "此处");
        assertThat(Pattern.compile("\\p{IsHan}[,.:;()?!]|[,.:;()?!]\\p{IsHan}")
                        .matcher(text)
                        .results()
                        .map(m -> m.group())
                        .collect(Collectors.toList()))
                .as("half-width punctuation next to Chinese characters")
                .isEmpty();
        assertThat(Pattern.compile("\\d{4}年0\\d月|月0\\d日").matcher(text).find())
                .as("zero-padded date")
                .isFalse();
    }

    private String bodyText() {
        StringBuilder body = new StringBuilder();
        report.preamble().forEach(p -> body.append(p.text()));
        report.allSections().forEach(s -> {
            body.append(s.heading());
            s.paragraphs().forEach(p -> body.append(p.text()));
        });
        return body.toString();
    }

    private static int nonBlankLength(String s) {
        return (int) Arrays.stream(s.split("")).filter(c -> !c.isBlank()).count();
    }
}
