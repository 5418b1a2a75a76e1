package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
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
 * Rule {@code other-part-absent}: item 5, 其他需要报告的情况, is absent. Item 5 is optional (domain.md §1.2), so
 * the rule is off in the national profile; a profile that wants item 5 written out enables it.
 */
@RuleDefinition(
        id = OtherPartAbsentRule.ID,
        severity = Severity.INFO,
        category = RuleCategory.STRUCTURE,
        enabledByDefault = false)
public final class OtherPartAbsentRule extends ReportRule<OtherPartAbsentRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "other-part-absent";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = OtherPartAbsentRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (!report.hasSection(SectionKind.OTHER)) {
            context.atReport().detail("item", 5).fix().report();
        }
    }
}
