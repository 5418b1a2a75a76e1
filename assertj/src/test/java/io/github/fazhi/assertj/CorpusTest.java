package io.github.fazhi.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assertions on the real reports of {@code ../shared/corpus}: they agree with the validator, fail only with
 * assertion errors, and a baseline of the corpus matches the corpus. Skipped when the corpus is not there.
 */
class CorpusTest {

    private static final List<Path> FILES = new ArrayList<>();

    @BeforeAll
    static void findCorpus() throws IOException {
        String folder = System.getProperty("fazhi.corpus", "");
        assumeTrue(!folder.isEmpty() && Files.isDirectory(Path.of(folder)), "no corpus folder at '" + folder + "'");
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .forEach(FILES::add);
        }
        assumeTrue(!FILES.isEmpty(), "the corpus folder has no .txt files");
    }

    private static List<ValidatedFile> checked() throws IOException {
        List<ValidatedFile> out = new ArrayList<>();
        for (Path p : FILES) {
            String name = p.getFileName().toString();
            out.add(new ValidatedFile(
                    name, Fixtures.NATIONAL.validate(PlainTextReader.standard().read(p), name)));
        }
        return out;
    }

    @Test
    void isValidAgreesWithTheValidator() throws IOException {
        for (Path p : FILES) {
            AnnualReport report = PlainTextReader.standard().read(p);
            ValidationReport result = Fixtures.NATIONAL.validate(report);
            Throwable t =
                    catchThrowable(() -> FazhiAssertions.assertThat(report).isValid());
            if (result.hasErrors()) {
                assertThat(t).as(p.toString()).isInstanceOf(AssertionError.class);
                for (var error : result.errors()) {
                    assertThat(t.getMessage()).as(p.toString()).contains("[错误] " + error.ruleId());
                }
            } else {
                assertThat(t).as(p.toString()).isNull();
            }
        }
    }

    @Test
    void hasPartsInMandatedOrderAgreesWithThePartOrderRule() throws IOException {
        for (Path p : FILES) {
            AnnualReport report = PlainTextReader.standard().read(p);
            boolean anyPart = report.sections().stream().anyMatch(s -> s.kind().isMandated());
            boolean ruleFires =
                    !Fixtures.NATIONAL.validate(report).findings("part-order").isEmpty();
            Throwable t =
                    catchThrowable(() -> FazhiAssertions.assertThat(report).hasPartsInMandatedOrder());
            assertThat(t == null).as(p.toString()).isEqualTo(anyPart && !ruleFires);
        }
    }

    @Test
    void everyAssertionFailsWithAnAssertionErrorOnly() throws IOException {
        for (Path p : FILES) {
            AnnualReport report = PlainTextReader.standard().read(p);
            FazhiSoftAssertions softly = new FazhiSoftAssertions();
            softly.assertThat(report)
                    .hasTitleContaining("法治政府建设")
                    .hasReportingYear(2024)
                    .hasAllRequiredParts();
            softly.assertThat(report).hasPartsInMandatedOrder().hasSignOff().isDatedIn(2025);
            for (SectionKind kind : SectionKind.values()) {
                softly.assertThat(report)
                        .section(kind)
                        .hasSubsectionCount(2)
                        .subsection(1)
                        .containsText("法治");
            }
            softly.assertThat(report)
                    .validation()
                    .hasNoWarnings()
                    .hasFinding("part-missing")
                    .at("report");
            assertThat(softly.errorsCollected())
                    .as(p.toString())
                    .allSatisfy(e ->
                            assertThat(e).isInstanceOf(AssertionError.class).hasMessageNotContaining("null"));
        }
    }

    @Test
    void aBaselineOfTheCorpusMatchesTheCorpus() throws IOException {
        List<ValidatedFile> files = checked();
        FindingsBaseline baseline = FindingsBaseline.of(files);
        assertThat(baseline.size())
                .isEqualTo(files.stream()
                        .mapToInt(f -> f.report().findings().size())
                        .sum());
        assertThat(FindingsBaseline.parse(baseline.format())).isEqualTo(baseline);
        BaselineComparison c = baseline.compare(files);
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.goneFindings()).isEmpty();
        for (ValidatedFile f : files) {
            FazhiAssertions.assertThat(f.report()).hasNoNewFindings(baseline, f.uri());
        }
    }
}
