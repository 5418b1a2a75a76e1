package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.validation.RuleCategory;
import io.github.fazhi.validation.RuleContext;
import io.github.fazhi.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code title-missing}: the report has no title.
 */
@RuleDefinition(id = TitleMissingRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class TitleMissingRule extends ReportRule<TitleMissingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "title-missing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = TitleMissingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.title().isPresent()) {
            return;
        }
        RuleContext.FindingBuilder f = context.atReport();
        if (report.issuer().isPresent() && report.reportingYear().isPresent()) {
            f.param(
                            "suggested",
                            StandardHeadings.title(
                                    report.issuer().get(),
                                    report.reportingYear().getAsInt()))
                    .fix();
        } else {
            f.fix("fixGeneric");
        }
        f.report();
    }
}
