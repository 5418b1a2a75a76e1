package io.github.fazhi.review;

import io.github.fazhi.validation.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A jurisdiction's reports reviewed as one piece of work: every unit of the list with its status and
 * figures, the files that belong to no unit, the files whose issuer fits several units, the totals and how
 * often each rule fired. Immutable and safe to share between threads. Made by {@link Auditor}; written as
 * {@code audit.json}, {@code audit.html}, {@code audit.xlsx} and {@code audit.sarif} by {@link #writeTo}.
 *
 * <pre>{@code
 * Audit audit = auditor.audit(List.of(Path.of("reports")));
 * audit.totals().count(AuditStatus.MISSING);       // 1
 * audit.topRules(5);                                // the five rules that fired most
 * audit.writeTo(Path.of("out"));                    // out/audit.json, audit.html, audit.xlsx, audit.sarif
 * }</pre>
 *
 * @param year the year audited, when given
 * @param profile the profile reports were checked against
 * @param locale the language of messages and labels
 * @param unitsSource where the list of units came from
 * @param units every unit of the list, in list order
 * @param unmatched readable files that belong to no unit, and unreadable files whose names name none
 * @param ambiguous readable files whose issuer fits several units
 * @param totals the jurisdiction's figures
 * @param rules every rule that fired, most frequent first
 */
public record Audit(
        OptionalInt year,
        Profile profile,
        Locale locale,
        String unitsSource,
        List<UnitResult> units,
        List<ReportSummary> unmatched,
        List<ReportSummary> ambiguous,
        AuditTotals totals,
        List<RuleCount> rules) {

    /** The file names {@link #writeTo} writes. */
    public static final String JSON = "audit.json", HTML = "audit.html", XLSX = "audit.xlsx", SARIF = "audit.sarif";

    /** Checks for nulls and copies the lists. */
    public Audit {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(unitsSource, "unitsSource");
        units = List.copyOf(units);
        unmatched = List.copyOf(unmatched);
        ambiguous = List.copyOf(ambiguous);
        Objects.requireNonNull(totals, "totals");
        rules = List.copyOf(rules);
    }

    /** The unit with this name. */
    public Optional<UnitResult> unit(String name) {
        return units.stream().filter(u -> u.unit().name().equals(name)).findFirst();
    }

    /** The units with {@code status}, in list order. */
    public List<UnitResult> units(AuditStatus status) {
        return units.stream().filter(u -> u.status() == status).toList();
    }

    /** The {@code n} rules that fired most. */
    public List<RuleCount> topRules(int n) {
        return rules.subList(0, Math.min(Math.max(0, n), rules.size()));
    }

    /** Every file examined, in file order: the units' files, the unmatched and the ambiguous ones. */
    public List<ReportSummary> files() {
        List<ReportSummary> out = new ArrayList<>();
        for (UnitResult u : units) {
            for (SubmittedFile f : u.files()) {
                out.add(f.summary());
            }
        }
        out.addAll(unmatched);
        out.addAll(ambiguous);
        out.sort(Comparator.comparing(ReportSummary::file));
        return out;
    }

    /**
     * Writes {@value #JSON}, {@value #HTML}, {@value #XLSX} and {@value #SARIF} into {@code dir} (made when
     * missing) and returns their paths. The report pages the HTML links to are written while the reports
     * are examined ({@link Auditor.Builder#reportPages(Path)}).
     *
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(JSON);
        Path html = dir.resolve(HTML);
        Path xlsx = dir.resolve(XLSX);
        Path sarif = dir.resolve(SARIF);
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            AuditJson.write(this, w);
        }
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            AuditHtml.write(this, w);
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            AuditXlsx.write(this, out);
        }
        try (Writer w = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
            AuditSarif.write(this, w);
        }
        return List.of(json, html, xlsx, sarif);
    }
}
