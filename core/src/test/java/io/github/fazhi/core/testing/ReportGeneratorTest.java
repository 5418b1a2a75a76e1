package io.github.fazhi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.InlineEnumeration;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.core.testing.ReportGenerator.Defect;
import io.github.fazhi.core.testing.ReportGenerator.GeneratedReport;
import io.github.fazhi.core.testing.ReportGenerator.Options;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportGeneratorTest {

    private static final Options SMALL = Options.defaults().withSize(3_000, 5_000);

    /** Small reports, half of them defective: quick to make, and every defect shows up often. */
    private static final List<GeneratedReport> DEFECTIVE_SAMPLE = new ReportGenerator(11, SMALL.withDefectRate(0.5))
            .generatedReports(200)
            .toList();

    /** Reports of the default options. */
    private static final List<GeneratedReport> DEFAULT_SAMPLE =
            new ReportGenerator(20250123).generatedReports(60).toList();

    private static final Pattern HALF_WIDTH = Pattern.compile("\\p{IsHan}[,;:()?!]|[,;:()?!]\\p{IsHan}");
    private static final Pattern PLACEHOLDERS = Pattern.compile("××|XX|xx|某某");
    private static final Pattern STANDARD_DATE = Pattern.compile("(\\d{4})年([1-9]|1[0-2])月([1-9]|[12]\\d|3[01])日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    // --- determinism

    @Test
    void theSameSeedGivesTheSameReportsInAnyOrder() {
        ReportGenerator first = new ReportGenerator(99);
        ReportGenerator second = new ReportGenerator(99);
        List<AnnualReport> forwards = first.reports(12).toList();
        List<AnnualReport> backwards = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            backwards.add(0, second.generate(i));
        }
        assertThat(backwards).isEqualTo(forwards);
        assertThat(second.generated(5).text()).isEqualTo(first.generated(5).text());
        assertThat(IntStream.range(0, 12).parallel().mapToObj(second::generate).toList())
                .isEqualTo(forwards);
    }

    @Test
    void seedsAndIndicesGiveDifferentReports() {
        Set<String> texts = new HashSet<>();
        for (long seed : new long[] {1, 2, 3}) {
            new ReportGenerator(seed, SMALL).generatedReports(10).forEach(g -> texts.add(g.text()));
        }
        assertThat(texts).hasSize(30);
    }

    // --- size

    @Test
    void defaultSizesStayWithin3000To30000AndSpreadOverTheRange() {
        List<Integer> sizes = DEFAULT_SAMPLE.stream()
                .map(g -> ReportGenerator.chineseCharacters(g.report()))
                .toList();
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(3_000, 30_000));
        assertThat(sizes.stream().filter(s -> s < 10_000)).isNotEmpty();
        assertThat(sizes.stream().filter(s -> s > 20_000)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2000, 2400", "3000, 3400", "9500, 10500", "27000, 30000"})
    void sizesStayWithinNarrowRanges(int min, int max) {
        new ReportGenerator(5, Options.defaults().withSize(min, max))
                .generatedReports(12)
                .forEach(g -> assertThat(ReportGenerator.chineseCharacters(g.report()))
                        .as("report %d with %s", g.index(), g.defects())
                        .isBetween(min, max));
    }

    @Test
    void targetSizeMeansWithinFivePercent() {
        Options options = Options.defaults().withTargetSize(12_000);
        assertThat(options.minChars()).isEqualTo(11_400);
        assertThat(options.maxChars()).isEqualTo(12_600);
        new ReportGenerator(8, options)
                .reports(5)
                .forEach(r -> assertThat(ReportGenerator.chineseCharacters(r)).isBetween(11_400, 12_600));
    }

    @Property(tries = 60)
    void anySeedGivesAReportOfTheWantedSizeAndACompleteOneWhenClean(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 100_000) int index) {
        GeneratedReport g = new ReportGenerator(seed, SMALL).generated(index);
        assertThat(ReportGenerator.chineseCharacters(g.report())).isBetween(3_000, 5_000);
        if (g.isClean()) {
            assertComplete(g.report());
        }
    }

    // --- clean reports

    @Test
    void cleanReportsHaveEveryRequiredPartAndGapFreeNumbering() {
        List<GeneratedReport> clean =
                allSamples().filter(GeneratedReport::isClean).toList();
        assertThat(clean).hasSizeGreaterThan(100);
        clean.forEach(g -> assertComplete(g.report()));
    }

    @Test
    void cleanReportsHaveRunInHeadingsEnumerationsFiguresAndTwoToFourLevels() {
        allSamples().filter(GeneratedReport::isClean).forEach(g -> {
            AnnualReport r = g.report();
            int depth = r.allSections().mapToInt(Section::level).max().orElse(0);
            assertThat(depth).as("depth of report %d", g.index()).isBetween(2, 4);
            assertThat(r.allSections().filter(Section::runIn)).isNotEmpty();
            assertThat(r.query(Paragraph.class, p -> p.enumerations().size() >= 2))
                    .isNotEmpty();
            Section measures = r.sections(SectionKind.MEASURES_AND_RESULTS).get(0);
            assertThat(Pattern.compile("\\d+(\\.\\d+)?(件|项|次|个|%|人次|份|名)")
                            .matcher(measures.fullText())
                            .results()
                            .count())
                    .isGreaterThan(5);
            for (Paragraph p : r.query(Paragraph.class, p -> true)) {
                List<Integer> ordinals = p.enumerations().stream()
                        .map(InlineEnumeration::ordinal)
                        .toList();
                assertThat(ordinals)
                        .as(p.text())
                        .isEqualTo(IntStream.rangeClosed(1, ordinals.size())
                                .boxed()
                                .toList());
            }
        });
    }

    @Test
    void reportsVaryInSubjectYearStructureAndOrder() {
        List<AnnualReport> reports = allSamples().map(GeneratedReport::report).toList();
        assertThat(reports.stream().map(r -> r.metadata().subjectType().orElseThrow()))
                .contains(
                        SubjectType.LOCAL_GOVERNMENT,
                        SubjectType.GOVERNMENT_DEPARTMENT,
                        SubjectType.PARTY_AND_GOVERNMENT_JOINT);
        assertThat(reports.stream().map(r -> r.reportingYear().getAsInt()).distinct())
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(reports.stream()
                        .map(r -> r.allSections().mapToInt(Section::level).max().orElse(0)))
                .contains(2, 3, 4);
        assertThat(reports.stream().filter(r -> r.sections().get(0).kind() == SectionKind.FIRST_RESPONSIBLE_PERSON))
                .as("reports with the first-responsible-person part first")
                .isNotEmpty();
        assertThat(reports.stream().filter(r -> r.hasSection(SectionKind.OTHER)))
                .isNotEmpty();
        assertThat(reports.stream().filter(r -> r.issuer().orElseThrow().contains("街道")))
                .isNotEmpty();
        assertThat(reports.stream()
                        .map(r -> r.title().orElseThrow().text().replaceAll("^.*?\\d{4}", ""))
                        .distinct())
                .as("title forms")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void textIsNotTriviallyRepetitive() {
        DEFAULT_SAMPLE.stream()
                .filter(g -> ReportGenerator.chineseCharacters(g.report()) > 15_000)
                .forEach(g -> {
                    List<String> sentences = Arrays.stream(g.text().split("[。；：\n]"))
                            .map(s -> s.replaceAll("[0-9.]+", "#").trim())
                            .filter(s -> s.length() > 8)
                            .toList();
                    double distinct = sentences.stream().distinct().count() / (double) sentences.size();
                    assertThat(distinct)
                            .as("share of distinct sentences in report %d", g.index())
                            .isGreaterThan(0.8);
                    List<String> paragraphs = g.report().query(Paragraph.class, p -> true).stream()
                            .map(Paragraph::text)
                            .toList();
                    assertThat(paragraphs.stream().distinct().count() / (double) paragraphs.size())
                            .as("share of distinct paragraphs in report %d", g.index())
                            .isGreaterThan(0.95);
                });
    }

    // --- defects

    @Test
    void everyDefectOccursAtSomeIndex() {
        Set<Defect> seen = DEFECTIVE_SAMPLE.stream()
                .flatMap(g -> g.defects().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Defect.class)));
        assertThat(seen).containsExactlyInAnyOrder(Defect.values());

        Set<SectionKind> missing =
                DEFECTIVE_SAMPLE.stream().flatMap(g -> g.missingPart().stream()).collect(Collectors.toSet());
        assertThat(missing)
                .containsExactlyInAnyOrder(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN);
    }

    @Test
    void defectRateIsRoughlyTheShareOfDefectiveReports() {
        long defective = new ReportGenerator(3, SMALL)
                .generatedReports(200)
                .filter(g -> !g.isClean())
                .count();
        assertThat(defective).isBetween(25L, 75L);
    }

    @Test
    void eachDefectIsWhereTheGeneratedReportSaysItIs() {
        List<GeneratedReport> defective =
                DEFECTIVE_SAMPLE.stream().filter(g -> !g.isClean()).toList();
        assertThat(defective).hasSizeGreaterThan(60);
        defective.forEach(this::assertDefectsPresent);
    }

    @Test
    void defectsCanBeSwitchedOffOrChosen() {
        assertThat(new ReportGenerator(4, SMALL.withoutDefects()).generatedReports(40))
                .allSatisfy(g -> assertThat(g.isClean()).isTrue());
        assertThat(new ReportGenerator(4, SMALL.withDefects(Defect.PLACEHOLDER).withDefectRate(1)).generatedReports(20))
                .allSatisfy(g -> {
                    assertThat(g.defects()).containsExactly(Defect.PLACEHOLDER);
                    assertDefectsPresent(g);
                });
    }

    // --- options

    @Test
    void optionsRejectRangesTheGeneratorCannotKeep() {
        assertThatThrownBy(() -> Options.defaults().withSize(1_000, 5_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.defaults().withSize(5_000, 5_100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.defaults().withDefectRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportGenerator(1).generate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Options.defaults()).isEqualTo(new Options(3_000, 30_000, 0.25, EnumSet.allOf(Defect.class)));
    }

    @Test
    void countsChineseCharactersOnly() {
        assertThat(ReportGenerator.chineseCharacters("一、2024年推进（法治）abc，。十")).isEqualTo(7);
    }

    // --- helpers

    private static java.util.stream.Stream<GeneratedReport> allSamples() {
        return java.util.stream.Stream.concat(DEFAULT_SAMPLE.stream(), DEFECTIVE_SAMPLE.stream());
    }

    private static void assertComplete(AnnualReport r) {
        int year = r.reportingYear().getAsInt();
        assertThat(r.sections())
                .extracting(Section::kind)
                .contains(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN);
        assertGapFree(r.sections());
        assertThat(r.allSections())
                .allSatisfy(s -> assertThat(s.printedNumber()).isEmpty());

        Section plan = r.sections(SectionKind.NEXT_YEAR_PLAN).get(0);
        yearIn(plan.heading()).ifPresent(y -> assertThat(y).isEqualTo(year + 1));
        Section measures = r.sections(SectionKind.MEASURES_AND_RESULTS).get(0);
        yearIn(measures.heading()).ifPresent(y -> assertThat(y).isEqualTo(year));
        assertThat(r.sections(SectionKind.FIRST_RESPONSIBLE_PERSON).get(0).fullText())
                .contains("第一责任人")
                .containsAnyOf("主要负责同志", "主要负责人");
        assertThat(r.sections(SectionKind.SHORTCOMINGS_AND_CAUSES).get(0).fullText())
                .contains("原因");

        assertThat(r.title().orElseThrow().text())
                .contains(year + "年", "法治政府建设")
                .endsWith("报告");
        assertThat(r.preamble().get(r.preamble().size() - 1).text()).endsWith("如下：");
        assertThat(r.signOff()).isPresent();
        assertThat(r.signOff().get().issuers()).isEqualTo(r.metadata().issuers());
        String date = r.signOff().get().dateText().orElseThrow();
        assertThat(date).matches(STANDARD_DATE);
        LocalDate issued = r.dateOfIssue().orElseThrow();
        assertThat(issued).isAfter(LocalDate.of(year, 12, 31)).isBefore(LocalDate.of(year + 1, 3, 1));

        String text = PlainTextWriter.standard().write(r);
        assertThat(PLACEHOLDERS.matcher(text).find())
                .as("placeholder in clean report")
                .isFalse();
        assertThat(HALF_WIDTH
                        .matcher(text)
                        .results()
                        .map(java.util.regex.MatchResult::group)
                        .toList())
                .as("half-width punctuation in clean report")
                .isEmpty();
        assertThat(r.walk().map(Element::id)).doesNotHaveDuplicates();
    }

    private static void assertGapFree(List<Section> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            assertThat(siblings.get(i).number().ordinal())
                    .as(siblings.get(i).id())
                    .isEqualTo(i + 1);
            assertGapFree(siblings.get(i).subsections());
        }
    }

    private static Optional<Integer> yearIn(String heading) {
        Matcher m = YEAR.matcher(heading);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private void assertDefectsPresent(GeneratedReport g) {
        AnnualReport r = g.report();
        int year = r.reportingYear().getAsInt();
        for (Defect d : g.defects()) {
            String where = g.locations().get(d);
            switch (d) {
                case MISSING_PART -> {
                    SectionKind kind = g.missingPart().orElseThrow();
                    assertThat(kind.isRequired()).isTrue();
                    assertThat(r.hasSection(kind)).as("%s left out", kind).isFalse();
                }
                case SKIPPED_NUMBER, DUPLICATE_NUMBER -> {
                    Section s = (Section) r.findById(where).orElseThrow();
                    List<Section> siblings = where.contains(".")
                            ? ((Section) r.findById(where.substring(0, where.lastIndexOf('.')))
                                            .orElseThrow())
                                    .subsections()
                            : r.sections();
                    int at = siblings.indexOf(s);
                    assertThat(at).isPositive();
                    int expected = siblings.get(at - 1).number().ordinal() + (d == Defect.SKIPPED_NUMBER ? 2 : 0);
                    assertThat(s.number().ordinal()).isEqualTo(expected);
                    assertThat(s.label()).isEqualTo(s.number().label());
                    assertThat(s.printedNumber()).contains(s.number().label());
                }
                case PLACEHOLDER ->
                    assertThat(PLACEHOLDERS
                                    .matcher(((Paragraph) r.findById(where).orElseThrow()).text())
                                    .find())
                            .as("placeholder in %s", where)
                            .isTrue();
                case HALF_WIDTH_PUNCTUATION ->
                    assertThat(HALF_WIDTH
                                    .matcher(((Paragraph) r.findById(where).orElseThrow()).text())
                                    .find())
                            .isTrue();
                case WRONG_PLAN_YEAR -> {
                    Section plan = (Section) r.findById(where).orElseThrow();
                    assertThat(plan.kind()).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
                    assertThat(yearIn(plan.heading())).isPresent().get().isNotEqualTo(year + 1);
                }
                case ZERO_PADDED_DATE -> {
                    assertThat(where).isEqualTo("signoff");
                    assertThat(r.signOff().orElseThrow().dateText().orElseThrow())
                            .matches("\\d{4}年0\\d月\\d{2}日");
                }
                case MISSING_SIGN_OFF -> assertThat(r.signOff()).isEmpty();
            }
        }
        if (!g.has(Defect.MISSING_PART)) {
            assertThat(g.missingPart()).isEmpty();
        }
    }
}
