package io.github.fazhi.validation;

import io.github.fazhi.core.AnnualReport;

/**
 * The check behind a rule a profile adds: looks at a report and reports findings through the context.
 * Runs inside Hibernate Validator as a constraint of its own; must be thread-safe (a stateless lambda is).
 *
 * <pre>{@code
 * ReportCheck guidelineTitle = (report, context) -> report.title()
 *         .filter(t -> !t.text().endsWith("法治政府建设年度报告"))
 *         .ifPresent(t -> context.at(t).param("title", t.text()).report());
 * }</pre>
 */
@FunctionalInterface
public interface ReportCheck {

    /** Checks {@code report}, reporting each finding through {@code context}. */
    void check(AnnualReport report, RuleContext context);
}
