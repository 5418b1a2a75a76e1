package io.github.fazhi.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The jurisdiction's figures: units by status, files, findings of the units' primary files, and the dates
 * that missed a deadline.
 *
 * <pre>{@code
 * AuditTotals t = audit.totals();
 * t.units();                          // 12
 * t.byStatus().get(AuditStatus.MISSING);   // 1
 * t.lateSubmissions();                // 2
 * }</pre>
 *
 * @param units how many units must report
 * @param reported how many of them sent at least one file
 * @param byStatus units by status (every status present, 0 when none)
 * @param files how many files were examined
 * @param unreadableFiles how many of them could not be read
 * @param unmatchedFiles files that belong to no unit of the list
 * @param ambiguousFiles files whose issuer fits several units
 * @param errors errors in the units' primary files
 * @param warnings warnings in the units' primary files
 * @param infos notes in the units' primary files
 * @param lateSubmissions units whose date of issue is after the submission deadline
 * @param latePublications units whose publication date is after the publication deadline
 * @param withoutPublicationDate units with a report of the year that gives no publication date
 */
public record AuditTotals(
        int units,
        int reported,
        Map<AuditStatus, Integer> byStatus,
        int files,
        int unreadableFiles,
        int unmatchedFiles,
        int ambiguousFiles,
        int errors,
        int warnings,
        int infos,
        int lateSubmissions,
        int latePublications,
        int withoutPublicationDate) {

    /** Checks for nulls and copies the counts. */
    public AuditTotals {
        Objects.requireNonNull(byStatus, "byStatus");
        EnumMap<AuditStatus, Integer> copy = new EnumMap<>(AuditStatus.class);
        for (AuditStatus s : AuditStatus.values()) {
            copy.put(s, byStatus.getOrDefault(s, 0));
        }
        byStatus = Collections.unmodifiableMap(copy);
    }

    /** How many units have {@code status}. */
    public int count(AuditStatus status) {
        return byStatus.get(status);
    }
}
