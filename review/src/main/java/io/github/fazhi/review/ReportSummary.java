package io.github.fazhi.review;

import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the audit keeps of one file once it has been read, checked and matched: enough for the roll-up
 * and every output, and never the report itself, so a jurisdiction of thousands of reports is reviewed in
 * bounded memory. Immutable.
 *
 * <pre>{@code
 * ReportSummary s = auditor.examine(Path.of("reports/司法局.docx"));
 * s.isReadable();                 // true
 * s.match().unit();               // Optional[清河市清河区司法局]
 * s.count(Severity.ERROR);        // 1
 * s.missingParts();               // [SHORTCOMINGS_AND_CAUSES]
 * s.page();                       // Optional[reports/司法局.docx-1a2b3c4d.html]
 * }</pre>
 *
 * @param file the file, as given (with {@code /} separators)
 * @param format the format told from its content ({@code text}, {@code docx}, {@code json} …), when told
 * @param readError why it could not be read, when it could not
 * @param issuers the names the report gives its issuer, in the order trusted
 * @param title the report's title, when it has one
 * @param reportingYear the year the report covers, when known
 * @param dateOfIssue the date of issue (成文日期) on the sign-off, when it parses
 * @param publicationDate the publication date from the report's disclosure record (a portal page's), when known
 * @param findings what the validator found, in document order
 * @param missingParts the mandated parts the validator found missing, in item order
 * @param firstResponsiblePerson the verdict on item 3
 * @param match the unit the report belongs to
 * @param page the report rendered with its findings marked, relative to the audit's folder, when rendered
 */
public record ReportSummary(
        String file,
        Optional<String> format,
        Optional<String> readError,
        List<String> issuers,
        Optional<String> title,
        OptionalInt reportingYear,
        Optional<LocalDate> dateOfIssue,
        Optional<LocalDate> publicationDate,
        List<Finding> findings,
        List<SectionKind> missingParts,
        FirstResponsiblePersonVerdict firstResponsiblePerson,
        UnitMatch match,
        Optional<String> page) {

    /** Checks for nulls and copies the lists. */
    public ReportSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(readError, "readError");
        issuers = List.copyOf(issuers);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reportingYear, "reportingYear");
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(publicationDate, "publicationDate");
        findings = List.copyOf(findings);
        missingParts = List.copyOf(missingParts);
        Objects.requireNonNull(firstResponsiblePerson, "firstResponsiblePerson");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(page, "page");
    }

    /** A file that could not be read: {@code problem} says why; {@code match} comes from its file name at most. */
    public static ReportSummary unreadable(String file, Optional<String> format, String problem, UnitMatch match) {
        return new ReportSummary(
                file,
                format,
                Optional.of(problem),
                List.of(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                FirstResponsiblePersonVerdict.NOT_READ,
                match,
                Optional.empty());
    }

    /** Whether the file was read as a report. */
    public boolean isReadable() {
        return readError.isEmpty();
    }

    /** How many findings have {@code severity}. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** The status of the file by itself: unreadable, or by its worst finding. */
    public AuditStatus contentStatus() {
        if (!isReadable()) {
            return AuditStatus.UNREADABLE;
        }
        if (count(Severity.ERROR) > 0) {
            return AuditStatus.ERRORS;
        }
        return count(Severity.WARNING) > 0 ? AuditStatus.WARNINGS : AuditStatus.OK;
    }

    /** This summary with the page it was rendered to. */
    ReportSummary withPage(String value) {
        return new ReportSummary(
                file,
                format,
                readError,
                issuers,
                title,
                reportingYear,
                dateOfIssue,
                publicationDate,
                findings,
                missingParts,
                firstResponsiblePerson,
                match,
                Optional.of(value));
    }
}
