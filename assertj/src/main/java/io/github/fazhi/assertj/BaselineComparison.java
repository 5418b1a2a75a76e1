package io.github.fazhi.assertj;

import io.github.fazhi.validation.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a comparison of current findings with a {@link FindingsBaseline} found: the findings that are new, the
 * recorded findings that went away, and the baseline without them.
 *
 * <pre>{@code
 * BaselineComparison c = baseline.compare(files);
 * c.newFindings();      // fail the build on these
 * c.goneFindings();     // fixed since the baseline was recorded
 * c.shrunkBaseline().write(baselineFile);
 * assertThat(c).hasNoNewFindings();
 * }</pre>
 *
 * @param newFindings the findings the baseline does not record, file by file in document order
 * @param goneFindings the recorded findings that no longer occur, sorted
 * @param shrunkBaseline the baseline without {@code goneFindings} (never with the new findings)
 */
public record BaselineComparison(
        List<NewFinding> newFindings, List<FindingsBaseline.Entry> goneFindings, FindingsBaseline shrunkBaseline) {

    /**
     * A finding the baseline does not record.
     *
     * @param file the file it was found in
     * @param finding the finding
     */
    public record NewFinding(String file, Finding finding) {
        /** Checks for nulls. */
        public NewFinding {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(finding, "finding");
        }
    }

    /** Copies the lists and checks for nulls. */
    public BaselineComparison {
        newFindings = List.copyOf(newFindings);
        goneFindings = List.copyOf(goneFindings);
        Objects.requireNonNull(shrunkBaseline, "shrunkBaseline");
    }

    /** Whether there is any finding the baseline does not record. */
    public boolean hasNewFindings() {
        return !newFindings.isEmpty();
    }

    /** Whether any recorded finding went away, so the baseline can shrink. */
    public boolean hasGoneFindings() {
        return !goneFindings.isEmpty();
    }
}
