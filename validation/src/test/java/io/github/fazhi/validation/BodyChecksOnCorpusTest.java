package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The body and formulation checks on the real published reports of {@code shared/corpus}: they find the
 * defects the copies really have, each once, and nothing else (read, never copied: the test names files and
 * lines only).
 */
class BodyChecksOnCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("fazhi.corpus", "../../shared/corpus"));

    private static final Set<String> BODY_RULES = Set.of(
            "plan-year-stale",
            "encoding-damage",
            "document-number-malformed",
            "year-range-malformed",
            "paired-punctuation-unbalanced",
            "reporting-verb-colloquial",
            "preamble-year-missing",
            "formulation-nonstandard",
            "citation-anachronism",
            "not-a-report");

    @Test
    void theyFindWhatTheCopiesReallyHaveAndNothingElse() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the corpus (shared/corpus) is not beside the project: " + CORPUS);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                AnnualReport report = PlainTextReader.standard().read(p);
                String name = p.getFileName().toString();
                for (Finding f : Samples.NATIONAL.validate(report, name).findings()) {
                    if (BODY_RULES.contains(f.ruleId())) {
                        found.add(name + ":" + f.span().map(s -> s.line()).orElse(0) + " " + f.ruleId());
                    }
                }
            }
        }
        assertThat(found)
                .containsExactly(
                        // 《》 lost in the published page: 法治日报》 has no 《
                        "005_wuhan-huangpi-2020.txt:7 paired-punctuation-unbalanced",
                        // 现将 damaged into ?,F将 in the copy
                        "016_zhejiang-dandong-street-2021.txt:1 encoding-damage",
                        // 汇报如下 in a department's report to its superiors
                        "040_chongqing-dazu-health-commission-2025.txt:3 reporting-verb-colloquial");
    }

    @Test
    void theCorpusReadmeIsNoReport() throws IOException {
        Path readme = CORPUS.resolve("README.md");
        assumeTrue(Files.isRegularFile(readme), "the corpus (shared/corpus) is not beside the project: " + readme);
        AnnualReport read = PlainTextReader.standard().read(readme);

        assertThat(Samples.NATIONAL.validate(read).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("not-a-report"));
    }
}
