package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.Describe;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.Rule;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Assertions on the result of a check, a {@link ValidationReport}. Failure messages list the findings, one a line,
 * with severity, rule id, place ({@code line:column} and element id, prefixed with the file when the report names
 * its source) and message, in the locale the report was checked in.
 *
 * <pre>{@code
 * ValidationReport result = validator.validate(report, "2024.txt");
 * assertThat(result).hasNoErrors();
 * assertThat(result).hasNoFindingsOtherThan("other-part-absent", "frp-shufa-absent");
 * assertThat(result).hasFinding("numbering-gap").at("s3.s2").atLine(30).withSeverity(Severity.ERROR);
 * }</pre>
 *
 * <p>A rule id the profile does not know makes an assertion about it throw {@link IllegalArgumentException}
 * rather than pass: a misspelt id would otherwise make the assertion pass whatever the report.
 */
public class ValidationReportAssert extends AbstractFazhiAssert<ValidationReportAssert, ValidationReport> {

    /**
     * An assertion on {@code actual}, with messages in its locale; prefer
     * {@link FazhiAssertions#assertThat(ValidationReport)}. Public so that soft assertions can proxy it.
     */
    public ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
        if (actual != null) {
            locale = actual.locale();
        }
    }

    /** Verifies that no finding has severity ERROR. */
    public ValidationReportAssert hasNoErrors() {
        if (skip()) {
            return myself;
        }
        if (actual.hasErrors()) {
            fail(text("validation.noErrors", actual.errors().size(), lines(actual.errors())));
        }
        return myself;
    }

    /** Verifies that no finding has severity WARNING (errors and infos are not looked at). */
    public ValidationReportAssert hasNoWarnings() {
        if (skip()) {
            return myself;
        }
        if (!actual.warnings().isEmpty()) {
            fail(text("validation.noWarnings", actual.warnings().size(), lines(actual.warnings())));
        }
        return myself;
    }

    /** Verifies that there are no findings at all, of any severity. */
    public ValidationReportAssert hasNoFindings() {
        if (skip()) {
            return myself;
        }
        if (!actual.findings().isEmpty()) {
            fail(text("validation.noFindings", actual.findings().size(), lines(actual.findings())));
        }
        return myself;
    }

    /**
     * Verifies that there is at least one finding of the rule {@code ruleId}, and navigates to those findings to
     * narrow them down.
     *
     * <pre>{@code
     * assertThat(result).hasFinding("part-missing").withMessageContaining("不足和原因");
     * }</pre>
     */
    public FindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (detached || actual == null) {
            return fromNothing(FindingAssert.class, FindingAssert.ACTUAL_TYPE, FindingAssert::new);
        }
        requireKnown(actual.profile(), ruleId);
        List<Finding> found = actual.findings(ruleId);
        if (found.isEmpty()) {
            String message = text("validation.finding", ruleId, lines(actual.findings()))
                    + (actual.profile().isEnabled(ruleId)
                            ? ""
                            : text(
                                    "validation.ruleDisabled",
                                    ruleId,
                                    actual.profile().name()));
            return missing(message, FindingAssert.class, FindingAssert.ACTUAL_TYPE, FindingAssert::new)
                    .about(ruleId, actual.source());
        }
        return child(FindingAssert.class, FindingAssert.ACTUAL_TYPE, found, FindingAssert::new)
                .about(ruleId, actual.source());
    }

    /** Verifies that there is no finding of the rule {@code ruleId}, of any severity. */
    public ValidationReportAssert hasNoFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (skip()) {
            return myself;
        }
        assertNoFinding(this, actual, ruleId);
        return myself;
    }

    static void assertNoFinding(AbstractFazhiAssert<?, ?> owner, ValidationReport result, String ruleId) {
        requireKnown(result.profile(), ruleId);
        List<Finding> found = result.findings(ruleId);
        if (!found.isEmpty()) {
            Locale in = result.locale();
            owner.fail(owner.text(
                    in, "validation.noFinding", ruleId, found.size(), Describe.findings(found, result.source(), in)));
        }
    }

    /**
     * Verifies that every finding belongs to one of {@code ruleIds} and that each of them has at least one
     * finding: the findings are exactly those rules' (like {@code containsOnly} on a list).
     */
    public ValidationReportAssert hasOnlyFindings(String... ruleIds) {
        Set<String> expected = ids(ruleIds);
        if (skip()) {
            return myself;
        }
        expected.forEach(id -> requireKnown(actual.profile(), id));
        Set<String> unexpected = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>(expected);
        for (Finding f : actual.findings()) {
            missing.remove(f.ruleId());
            if (!expected.contains(f.ruleId())) {
                unexpected.add(f.ruleId());
            }
        }
        if (!unexpected.isEmpty() || !missing.isEmpty()) {
            List<String> why = new ArrayList<>();
            if (!unexpected.isEmpty()) {
                why.add(text("validation.unexpectedRules", Describe.names(List.copyOf(unexpected), locale)));
            }
            if (!missing.isEmpty()) {
                why.add(text("validation.missingRules", Describe.names(List.copyOf(missing), locale)));
            }
            fail(text(
                    "validation.onlyFindings",
                    Describe.names(List.copyOf(expected), locale),
                    String.join(text("separator"), why),
                    lines(actual.findings())));
        }
        return myself;
    }

    /**
     * Verifies that every finding belongs to one of {@code ruleIds}; unlike {@link #hasOnlyFindings(String...)},
     * those rules need not have any.
     */
    public ValidationReportAssert hasNoFindingsOtherThan(String... ruleIds) {
        Set<String> allowed = ids(ruleIds);
        if (skip()) {
            return myself;
        }
        allowed.forEach(id -> requireKnown(actual.profile(), id));
        List<Finding> others = actual.findings().stream()
                .filter(f -> !allowed.contains(f.ruleId()))
                .toList();
        if (!others.isEmpty()) {
            fail(text(
                    "validation.otherThan",
                    Describe.names(List.copyOf(allowed), locale),
                    others.size(),
                    lines(others)));
        }
        return myself;
    }

    /** Verifies that there are {@code expected} findings in all. */
    public ValidationReportAssert hasFindingCount(int expected) {
        if (skip()) {
            return myself;
        }
        if (actual.findings().size() != expected) {
            fail(text("validation.count", expected, actual.findings().size(), lines(actual.findings())));
        }
        return myself;
    }

    /** Verifies that the rule {@code ruleId} has {@code expected} findings. */
    public ValidationReportAssert hasFindingCount(String ruleId, int expected) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (skip()) {
            return myself;
        }
        requireKnown(actual.profile(), ruleId);
        int count = actual.findings(ruleId).size();
        if (count != expected) {
            fail(text("validation.countRule", expected, ruleId, count, lines(actual.findings())));
        }
        return myself;
    }

    /** Verifies that {@code expected} findings have {@code severity}. */
    public ValidationReportAssert hasFindingCount(Severity severity, int expected) {
        Objects.requireNonNull(severity, "severity");
        if (skip()) {
            return myself;
        }
        long count = actual.count(severity);
        if (count != expected) {
            fail(text(
                    "validation.countSeverity",
                    expected,
                    Describe.severity(severity, locale),
                    count,
                    lines(actual.findings())));
        }
        return myself;
    }

    /**
     * Verifies that there is nothing beyond what {@code baseline} records. The baseline must hold the findings of
     * this report's file (its {@link ValidationReport#source() source}) or of one file only; otherwise use
     * {@link #hasNoNewFindings(FindingsBaseline, String)}.
     */
    public ValidationReportAssert hasNoNewFindings(FindingsBaseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        if (skip()) {
            return myself;
        }
        String file = baseline.fileFor(actual.source(), locale);
        BaselineComparisonAssert.assertNoNew(this, baseline.compare(file, actual), locale);
        return myself;
    }

    /** Verifies that there is nothing beyond what {@code baseline} records for {@code file}. */
    public ValidationReportAssert hasNoNewFindings(FindingsBaseline baseline, String file) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(file, "file");
        if (skip()) {
            return myself;
        }
        BaselineComparisonAssert.assertNoNew(this, baseline.compare(file, actual), locale);
        return myself;
    }

    private String lines(List<Finding> findings) {
        return Describe.findings(findings, actual.source(), locale);
    }

    private static Set<String> ids(String... ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds");
        Set<String> out = new LinkedHashSet<>();
        for (String id : ruleIds) {
            out.add(Objects.requireNonNull(id, "rule id"));
        }
        return out;
    }

    /** Throws when {@code profile} knows no rule {@code ruleId}, enabled or not. */
    static void requireKnown(Profile profile, String ruleId) {
        if (profile.rule(ruleId).isEmpty()) {
            List<String> known = new ArrayList<>();
            for (Rule r : profile.rules()) {
                known.add(r.id());
            }
            throw new IllegalArgumentException(io.github.fazhi.assertj.internal.Texts.format(
                    Locale.ENGLISH, "validation.unknownRule", ruleId, profile.name(), String.join(", ", known)));
        }
    }
}
