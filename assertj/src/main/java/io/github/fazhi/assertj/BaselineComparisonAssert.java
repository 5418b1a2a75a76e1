package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.Describe;
import io.github.fazhi.assertj.internal.Texts;
import io.github.fazhi.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Assertions on a {@link BaselineComparison}: the check for legacy reports, failing only on findings that are new.
 * The message lists the new findings, each with its file, and says how many recorded findings went away.
 *
 * <pre>{@code
 * assertThat(FindingsBaseline.freeze(baselineFile, reports)).hasNoNewFindings();
 * }</pre>
 */
public class BaselineComparisonAssert extends AbstractFazhiAssert<BaselineComparisonAssert, BaselineComparison> {

    /**
     * An assertion on {@code actual}, with messages in the baseline's locale; prefer
     * {@link FazhiAssertions#assertThat(BaselineComparison)}. Public so that soft assertions can proxy it.
     */
    public BaselineComparisonAssert(BaselineComparison actual) {
        super(actual, BaselineComparisonAssert.class);
        if (actual != null) {
            actual.shrunkBaseline().locale().ifPresent(l -> locale = l);
        }
    }

    /** Verifies that every current finding is recorded in the baseline. */
    public BaselineComparisonAssert hasNoNewFindings() {
        if (skip()) {
            return myself;
        }
        assertNoNew(this, actual, locale);
        return myself;
    }

    /** Verifies that {@code expected} findings are new. */
    public BaselineComparisonAssert hasNewFindingCount(int expected) {
        if (skip()) {
            return myself;
        }
        if (actual.newFindings().size() != expected) {
            fail(text("baseline.newCount", expected, actual.newFindings().size(), lines(actual, locale)));
        }
        return myself;
    }

    static void assertNoNew(AbstractFazhiAssert<?, ?> owner, BaselineComparison comparison, Locale in) {
        if (comparison.hasNewFindings()) {
            String message =
                    owner.text(in, "baseline.new", comparison.newFindings().size(), lines(comparison, in))
                            + (comparison.hasGoneFindings()
                                    ? owner.text(
                                            in,
                                            "baseline.gone",
                                            comparison.goneFindings().size())
                                    : "");
            owner.fail(message);
        }
    }

    private static String lines(BaselineComparison comparison, Locale in) {
        List<String> out = new ArrayList<>();
        for (BaselineComparison.NewFinding n : comparison.newFindings()) {
            Finding f = n.finding();
            out.add(Describe.finding(f, n.file().isEmpty() ? Optional.empty() : Optional.of(n.file()), in));
        }
        if (out.isEmpty()) {
            return Describe.findings(List.of(), Optional.empty(), in);
        }
        if (out.size() > Describe.MAX_LINES) {
            int more = out.size() - Describe.MAX_LINES;
            out = new ArrayList<>(out.subList(0, Describe.MAX_LINES));
            out.add("  " + Texts.format(in, "more", more));
        }
        return String.join("\n", out);
    }
}
