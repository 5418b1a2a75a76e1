package io.github.fazhi.examples;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;

import io.github.fazhi.assertj.BaselineComparison;
import io.github.fazhi.assertj.FindingsBaseline;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.ValidatedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports from before an app checked them have findings nobody will fix now. The baseline records them; the test
 * fails only on findings that are new, and the baseline file shrinks by itself as old ones are fixed. Delete the
 * file to record it afresh.
 */
class LegacyReportsTest {

    private static final Path BASELINE = Path.of("src/test/resources/legacy/fazhi-baseline.txt");

    @Test
    void legacyReportsGetNoNewFindings() throws IOException {
        List<ValidatedFile> reports = FindingsBaseline.validateTextFiles(
                ReportValidator.national(), List.of(Path.of("src/test/resources/legacy/qinghe-sifaju-2022.txt")));

        BaselineComparison comparison = FindingsBaseline.freeze(BASELINE, reports);

        assertThat(comparison).hasNoNewFindings();
    }
}
