package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import java.util.Objects;

/**
 * What Hibernate Validator validates: the report, in a bean of no members of its own. Every rule is a
 * class-level constraint of this bean, so the validator's first pass builds the metadata of one field and one
 * constructor, where on {@link AnnualReport} itself it built that of each of the record's thirty methods
 * (Hibernate Validator prepares every method for method validation) on each {@code ReportValidator}'s first
 * report.
 */
public final class ReportSubject {

    private final AnnualReport report;

    private ReportSubject(AnnualReport report) {
        this.report = report;
    }

    /** The subject for {@code report}. */
    public static ReportSubject of(AnnualReport report) {
        return new ReportSubject(Objects.requireNonNull(report, "report"));
    }

    /** The report of {@code subject} (static, so that Hibernate Validator has no method of this bean to prepare). */
    static AnnualReport report(ReportSubject subject) {
        return subject.report;
    }
}
