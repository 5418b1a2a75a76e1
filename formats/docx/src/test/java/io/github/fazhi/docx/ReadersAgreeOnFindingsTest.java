package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.testing.ReportArbitraries;
import io.github.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code text} and {@code docx} readers and renderers agree: a report read from text, written as DOCX
 * and read again validates with the same findings (rule, severity, element and message; source spans differ
 * by nature, lines against paragraphs).
 */
class ReadersAgreeOnFindingsTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    private static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId() + " " + f.message())
                .toList();
    }

    /** Checks the findings agree and returns how many there were. */
    private static int agree(String text, String name) {
        AnnualReport fromText = PlainTextReader.standard().read(text, name + ".txt");
        AnnualReport fromDocx =
                DocxReportReader.standard().read(DocxRenderer.standard().renderToBytes(fromText), name + ".docx");
        List<String> expected = findings(fromText);
        assertThat(findings(fromDocx)).as(name).isEqualTo(expected);
        return expected.size();
    }

    @Test
    void sampleValidatesTheSameFromTextAndFromDocx() {
        String text = PlainTextWriter.standard().write(SampleReports.qingheJustice());
        agree(text, "sample");
        agree(PlainTextWriter.standard().write(SampleReports.qingheGovernment()), "government");
    }

    @Test
    void corpusReportsValidateTheSameFromTextAndFromDocx() throws IOException {
        String corpus = System.getProperty("fazhi.corpus", "");
        Path dir = Path.of(corpus.isEmpty() ? "does-not-exist" : corpus);
        Assumptions.assumeTrue(Files.isDirectory(dir), "the shared corpus is not at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int total = 0;
        for (Path f : files) {
            total += agree(
                    new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8),
                    f.getFileName().toString());
        }
        // the corpus holds openings of reports: the validator has plenty to say, and says it twice alike
        assertThat(total).isPositive();
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ReportArbitraries.reports();
    }

    @Property(tries = 200)
    void generatedReportsValidateTheSameFromTextAndFromDocx(@ForAll("reports") AnnualReport built) {
        agree(PlainTextWriter.standard().write(built), "generated");
    }
}
