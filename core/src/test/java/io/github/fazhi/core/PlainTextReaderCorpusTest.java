package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real reports in the shared corpus (system property {@code fazhi.corpus}). Their text is not
 * copied here: expectations come from the corpus README, except those the issue states for file 000.
 * Skips when the corpus folder is absent.
 */
class PlainTextReaderCorpusTest {

    private static final PlainTextReader READER = PlainTextReader.standard();
    private static final String COMPLETE_REPORT = "000_7f1d76fdd1737266.txt";

    static Path corpus() {
        String dir = System.getProperty("fazhi.corpus", "../../shared/corpus");
        return Path.of(dir);
    }

    static void assumeCorpus() {
        assumeTrue(
                Files.isDirectory(corpus()),
                "the shared corpus folder " + corpus() + " is absent (set -Dfazhi.corpus to run these tests)");
    }

    static Stream<String> corpusFiles() throws IOException {
        if (!Files.isDirectory(corpus())) {
            return Stream.of("(corpus absent)");
        }
        try (Stream<Path> files = Files.list(corpus())) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** What the README says about one file. */
    record Expectation(OptionalInt year, boolean noTitle, Optional<String> titleForm, List<String> titleLines) {}

    static Map<String, Expectation> readme() throws IOException {
        String text = Files.readString(corpus().resolve("README.md"), StandardCharsets.UTF_8);
        Map<String, Expectation> out = new TreeMap<>();
        String[] parts = text.split("\n### ");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String file = part.substring(0, part.indexOf('\n')).strip();
            Matcher year = Pattern.compile("Report year: (\\d{4})").matcher(part);
            Matcher form = Pattern.compile("Title form \"([^\"]+)\"").matcher(part);
            Matcher split = Pattern.compile("Title split over two lines \\(\"([^\"]+)\" / \"([^\"]+)\"\\)")
                    .matcher(part);
            out.put(
                    file,
                    new Expectation(
                            year.find() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty(),
                            part.contains("no title in this copy"),
                            form.find() ? Optional.of(form.group(1)) : Optional.empty(),
                            split.find() ? List.of(split.group(1), split.group(2)) : List.of()));
        }
        return out;
    }

    private static AnnualReport read(String file) throws IOException {
        return READER.read(corpus().resolve(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void readsWithoutErrorAndWritesBackTheSameText(String file) throws IOException {
        assumeCorpus();
        String text = Files.readString(corpus().resolve(file), StandardCharsets.UTF_8);
        AnnualReport report = read(file);
        assertThat(PlainTextReaderTest.withoutWhitespace(
                        PlainTextWriter.standard().write(report)))
                .isEqualTo(PlainTextReaderTest.withoutWhitespace(text));
        assertThat(report.walk())
                .allSatisfy(e -> assertThat(e.span()).as(e.id()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void yearAndTitleMatchTheReadme(String file) throws IOException {
        assumeCorpus();
        AnnualReport report = read(file);
        if (file.equals(COMPLETE_REPORT)) {
            assertThat(report.title()).map(Title::text).contains("2021年法治政府建设年度报告");
            assertThat(report.reportingYear()).isEqualTo(OptionalInt.of(2021));
            return;
        }
        Expectation expected = readme().get(file);
        assertThat(expected).as("README notes for %s", file).isNotNull();
        assertThat(expected.year()).as("README year for %s", file).isPresent();
        assertThat(report.reportingYear()).isEqualTo(expected.year());
        if (expected.noTitle()) {
            assertThat(report.title()).isEmpty();
            return;
        }
        assertThat(report.title()).isPresent();
        Title title = report.title().get();
        assertThat(title.text()).contains(expected.year().getAsInt() + "年").contains("法治政府建设");
        expected.titleForm().ifPresent(form -> assertThat(title.text()).isEqualTo(form));
        if (!expected.titleLines().isEmpty()) {
            assertThat(title.lines()).isEqualTo(expected.titleLines());
        }
    }

    @Test
    void completeReportHasItsIssuerTitleYearAndFourParts() throws IOException {
        assumeCorpus();
        AnnualReport report = read(COMPLETE_REPORT);
        assertThat(report.issuer()).contains("重庆市沙坪坝区人民政府外事办公室");
        assertThat(report.header())
                .extracting(HeaderLine::kind, HeaderLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HeaderLineKind.ISSUER, "重庆市沙坪坝区人民政府外事办公室"));
        assertThat(report.title()).map(Title::text).contains("2021年法治政府建设年度报告");
        assertThat(report.reportingYear()).isEqualTo(OptionalInt.of(2021));
        assertThat(report.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN);
        assertThat(report.sections())
                .extracting(s -> s.printedNumber().orElseThrow())
                .containsExactly("一、", "二、", "三、", "四、");
        assertThat(report.signOff()).isEmpty();
    }

    @Test
    void partOneHoldsSixRunInSubsections() throws IOException {
        assumeCorpus();
        Section partOne = read(COMPLETE_REPORT).sections().get(0);
        assertThat(partOne.subsections()).hasSize(6);
        assertThat(partOne.subsections()).allSatisfy(s -> {
            assertThat(s.runIn()).isTrue();
            assertThat(s.heading()).endsWith("。");
            assertThat(s.blocks()).isNotEmpty();
            assertThat(s.level()).isEqualTo(2);
        });
        assertThat(partOne.subsections())
                .extracting(s -> s.printedNumber().orElseThrow())
                .containsExactly("（一）", "（二）", "（三）", "（四）", "（五）", "（六）");
    }

    @Test
    void partThreeKeepsItsUnlabelledParagraphAndPrintedLabels() throws IOException {
        assumeCorpus();
        Section partThree = read(COMPLETE_REPORT).sections().get(2);
        // The sub-item that lost its （一） stays a paragraph of part 三, after the part's opening paragraph.
        assertThat(partThree.blocks()).hasSize(2);
        assertThat(partThree.subsections())
                .extracting(s -> s.printedNumber().orElseThrow())
                .containsExactly("（二）", "（三）", "（四）", "（五）");
        assertThat(partThree.subsections())
                .extracting(s -> s.number().ordinal())
                .containsExactly(2, 3, 4, 5);
        Section second = partThree.subsections().get(0);
        assertThat(second.span()).map(SourceSpan::line).contains(30);
        assertThat(second.span()).map(SourceSpan::column).contains(1);
        assertThat(second.runIn()).isTrue();
    }

    @Test
    void filesWithFirstResponsiblePersonSubsectionsAreClassified() throws IOException {
        assumeCorpus();
        List<String> withFrp = new ArrayList<>();
        for (String file : corpusFiles().toList()) {
            if (read(file).hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON)) {
                withFrp.add(file);
            }
        }
        // 000 as a part; 005, 012 and 024 as sub-sections inside the measures (README notes).
        assertThat(withFrp).hasSizeGreaterThanOrEqualTo(4).contains(COMPLETE_REPORT);
    }
}
