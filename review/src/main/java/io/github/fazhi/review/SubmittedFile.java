package io.github.fazhi.review;

import java.util.Objects;

/**
 * One file of a unit in the roll-up, with its own status: {@link AuditStatus#DUPLICATE} for each of two
 * reports of the year, {@link AuditStatus#WRONG_YEAR} for a report of another year, else its content
 * status.
 *
 * <pre>{@code
 * for (SubmittedFile f : unit.files()) {
 *     System.out.println(f.summary().file() + " " + f.status().id() + (f.primary() ? " *" : ""));
 * }
 * }</pre>
 *
 * @param summary the file
 * @param status its status in the roll-up
 * @param primary whether it is the file the unit's figures come from
 */
public record SubmittedFile(ReportSummary summary, AuditStatus status, boolean primary) {

    /** Checks for nulls. */
    public SubmittedFile {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
    }
}
