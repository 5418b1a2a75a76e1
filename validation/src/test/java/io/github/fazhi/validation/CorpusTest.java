package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.PlainTextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validator on the real published reports of {@code shared/corpus} (read, never copied: the tests
 * locate what they change through the findings and the line numbers).
 */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("fazhi.corpus", "../../shared/corpus"));
    private static final String COMPLETE = "000_7f1d76fdd1737266.txt";

    /** Rules that must not fire on a published report as it stands: they would be false alarms there. */
    private static final Set<String> NEVER_ON_PUBLISHED = Set.of(
            "year-mismatch",
            "not-annual",
            "placeholder",
            "classified-marking",
            "request-in-report",
            "numbering-duplicate",
            "date-format",
            "date-out-of-range",
            "part-empty",
            "part-order");

    private static Path corpusFile(String name) {
        Path file = CORPUS.resolve(name);
        assumeTrue(Files.isRegularFile(file), "the corpus (shared/corpus) is not beside the project: " + file);
        return file;
    }

    private static List<Path> corpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the corpus (shared/corpus) is not beside the project: " + CORPUS);
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theCompleteReportHasExactlyOneErrorTheGapInPartThree() throws IOException {
        AnnualReport report = PlainTextReader.standard().read(corpusFile(COMPLETE));

        ValidationReport result = Samples.NATIONAL.validate(report, COMPLETE);

        assertThat(result.errors()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("numbering-gap");
            assertThat(f.elementId()).startsWith("s3.");
            assertThat(report.findById(f.elementId()).orElseThrow())
                    .isInstanceOfSatisfying(
                            io.github.fazhi.core.Section.class,
                            s -> assertThat(s.label()).isEqualTo("（二）"));
            assertThat(f.span().orElseThrow().line()).isEqualTo(30);
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("（一）"));
            assertThat(f.detail()).containsEntry("missing", List.of("（一）"));
        });
        assertThat(result.findings())
                .extracting(Finding::ruleId)
                .doesNotContain("part-missing", "year-mismatch")
                .noneMatch(id -> id.startsWith("title-"));
    }

    @Test
    void theCompleteReportWithTheLabelRestoredHasNoError() throws IOException {
        Path file = corpusFile(COMPLETE);
        AnnualReport report = PlainTextReader.standard().read(file);
        Finding gap = Samples.NATIONAL.validate(report).errors().get(0);
        String unlabelled = (String) gap.detail().get("unlabelledElementId");
        int line =
                report.findById(unlabelled).flatMap(Element::span).orElseThrow().line();

        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(line - 1, "（一）" + lines.get(line - 1).strip());
        AnnualReport restored = PlainTextReader.standard().read(String.join("\n", lines), COMPLETE);

        ValidationReport result = Samples.NATIONAL.validate(restored);
        assertThat(line).isLessThan(30);
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings("numbering-gap")).isEmpty();
    }

    @Test
    void noPublishedReportSetsOffAFalseAlarm() throws IOException {
        List<ValidatedFile> files = new ArrayList<>();
        for (Path p : corpus()) {
            AnnualReport report = PlainTextReader.standard().read(p);
            ValidationReport result =
                    Samples.NATIONAL.validate(report, p.getFileName().toString());
            List<String> ids = report.walk().map(Element::id).toList();
            assertThat(result.findings()).as(p.toString()).allSatisfy(f -> {
                assertThat(NEVER_ON_PUBLISHED).as(f.toString()).doesNotContain(f.ruleId());
                assertThat(f.isAboutReport() || ids.contains(f.elementId())).isTrue();
            });
            files.add(new ValidatedFile(p.getFileName().toString(), result));
        }
        assertThat(files).hasSizeGreaterThan(5);
        // the partial copies (openings only) stop mid-sentence: one finding at the cut says so, and explains the
        // later parts and the sign-off, which are not listed as missing one by one
        assertThat(files.stream().filter(f -> !f.uri().equals(COMPLETE))).allSatisfy(f -> {
            assertThat(f.report().findings("text-truncated")).as(f.uri()).singleElement();
            assertThat(f.report().findings("part-missing")).as(f.uri()).isEmpty();
            assertThat(f.report().findings("signoff-missing")).as(f.uri()).isEmpty();
        });
        // the complete report ends with its full stop: no cut, and its missing sign-off is reported
        assertThat(files.stream().filter(f -> f.uri().equals(COMPLETE)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.report().findings("text-truncated")).isEmpty();
                    assertThat(f.report().findings("signoff-missing")).singleElement();
                });
        // a report for 2016 was written before the 2019 规定 fixed the five items: none is missing
        assertThat(files.stream().filter(f -> !f.report().era().isCurrent())).allSatisfy(f -> {
            assertThat(f.report().era()).isEqualTo(RuleEra.GUIDELINE_2015);
            assertThat(f.report().findings("part-missing")).isEmpty();
        });
        String sarif = Sarif.write(files);
        assertThat(sarif).contains("\"uri\" : \"" + COMPLETE + "\"");
    }
}
