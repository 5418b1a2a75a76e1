package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
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
 * Rule {@code frp-shufa-absent}: the first-responsible-person content does not mention the year-end report on
 * the rule of law (述法, or the 述职 that includes it).
 */
@RuleDefinition(id = FrpShufaAbsentRule.ID, severity = Severity.INFO, category = RuleCategory.CONTENT)
public final class FrpShufaAbsentRule extends ReportRule<FrpShufaAbsentRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "frp-shufa-absent";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = FrpShufaAbsentRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        FirstResponsiblePerson.find(report)
                .filter(c -> !FirstResponsiblePerson.SHUFA.matcher(c.text()).find())
                .ifPresent(c -> context.at(c.anchor()).fix().report());
    }
}
