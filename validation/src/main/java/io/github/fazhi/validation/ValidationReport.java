package io.github.fazhi.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check of one report found: the findings in document order (findings about the report as a whole
 * first), the source the report was read from when known, and the profile and locale of the check. Writes
 * itself as SARIF 2.1.0 or as plain JSON, both stable formats.
 *
 * <pre>{@code
 * ValidationReport result = validator.validate(report, "reports/2024.txt");
 * if (result.hasErrors()) {
 *     result.errors().forEach(System.out::println);
 * }
 * Files.writeString(Path.of("findings.sarif"), result.toSarif());
 * }</pre>
 *
 * @param findings the findings in document order
 * @param source the file or URI the report was read from, when known
 * @param profile the profile of the check
 * @param locale the locale of the messages
 * @param era the era whose rules the report was checked under ({@link RuleEra}: the rules in force for its
 *     reporting year, unless the profile pins one)
 */
public record ValidationReport(
        List<Finding> findings, Optional<String> source, Profile profile, Locale locale, RuleEra era) {

    /** Checks for nulls and copies the findings. */
    public ValidationReport {
        findings = List.copyOf(findings);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(era, "era");
    }

    /** A report checked under the current rules ({@link RuleEra#current()}). */
    public ValidationReport(List<Finding> findings, Optional<String> source, Profile profile, Locale locale) {
        this(findings, source, profile, locale, RuleEra.current());
    }

    /** The findings of {@code severity}, in document order. */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The findings of rule {@code ruleId}, in document order. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The errors. */
    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }

    /** The warnings. */
    public List<Finding> warnings() {
        return findings(Severity.WARNING);
    }

    /** The infos. */
    public List<Finding> infos() {
        return findings(Severity.INFO);
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** How many findings have {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The rules that were checked: the profile's enabled rules that are in force in {@link #era()}. */
    public List<Rule> rules() {
        return profile.rules().stream().filter(r -> era.inForce(r.id())).toList();
    }

    /** This report with another source name. */
    public ValidationReport withSource(String sourceName) {
        return new ValidationReport(findings, Optional.of(sourceName), profile, locale, era);
    }

    /** The findings without source spans, to compare a read report's findings with a built one's. */
    public List<Finding> findingsWithoutSpans() {
        return findings.stream().map(Finding::withoutSpan).toList();
    }

    /** This report as a SARIF 2.1.0 log with one run. */
    public String toSarif() {
        return Sarif.write(this);
    }

    /** This report in the plain JSON form ({@link FindingsJson}). */
    public String toJson() {
        return FindingsJson.write(this);
    }
}
