package io.github.fazhi.review;

import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit in the roll-up: its status, its files, and the figures of its primary file (the report of the
 * year, or the latest of two), with the dates against the deadlines. Immutable.
 *
 * <pre>{@code
 * UnitResult u = audit.unit("清河市清河区司法局").orElseThrow();
 * u.status();                         // ERRORS
 * u.count(Severity.ERROR);            // 2
 * u.missingParts();                   // [FIRST_RESPONSIBLE_PERSON]
 * u.firstResponsiblePerson().kind();  // MISSING
 * u.submission().map(DeadlineCheck::isLate);   // Optional[false]
 * }</pre>
 *
 * @param number the unit's place in the list, from 1 (序号)
 * @param unit the unit
 * @param status where it stands
 * @param files its files, primary first, then in file order
 * @param submission the date of issue against the submission deadline, when the unit has a report of the year
 * @param publication the publication date against the publication deadline, when the unit has a report of the year
 */
public record UnitResult(
        int number,
        Unit unit,
        AuditStatus status,
        List<SubmittedFile> files,
        Optional<DeadlineCheck> submission,
        Optional<DeadlineCheck> publication) {

    /** Checks that the number counts from 1, checks for nulls and copies the lists. */
    public UnitResult {
        if (number < 1) {
            throw new IllegalArgumentException("units are numbered from 1: " + number);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        files = List.copyOf(files);
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(publication, "publication");
    }

    /** The file the unit's figures come from, when it has a readable one. */
    public Optional<ReportSummary> primary() {
        return files.stream()
                .filter(SubmittedFile::primary)
                .map(SubmittedFile::summary)
                .findFirst();
    }

    /** How many findings of {@code severity} the primary file has (0 without one). */
    public int count(Severity severity) {
        return primary().map(p -> p.count(severity)).orElse(0);
    }

    /** The mandated parts the primary file lacks. */
    public List<SectionKind> missingParts() {
        return primary().map(ReportSummary::missingParts).orElse(List.of());
    }

    /** The verdict on item 3 of the primary file. */
    public FirstResponsiblePersonVerdict firstResponsiblePerson() {
        return primary().map(ReportSummary::firstResponsiblePerson).orElse(FirstResponsiblePersonVerdict.NOT_READ);
    }

    /** The date of issue of the primary file. */
    public Optional<LocalDate> dateOfIssue() {
        return primary().flatMap(ReportSummary::dateOfIssue);
    }

    /** The publication date of the primary file. */
    public Optional<LocalDate> publicationDate() {
        return primary().flatMap(ReportSummary::publicationDate);
    }
}
