package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.RuleContext;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constraint behind every rule a profile adds: one constraint per added rule, its {@code ruleId}
 * naming the rule, whose {@link io.github.fazhi.validation.ReportCheck} the profile holds.
 */
public final class CustomRuleValidator extends ReportRule<CustomRuleValidator.Check> {

    /** A rule a profile added, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = CustomRuleValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The id of the rule. */
        String ruleId();
    }

    private String ruleId = "";

    @Override
    public void initialize(Check check) {
        ruleId = check.ruleId();
    }

    @Override
    protected String ruleId() {
        return ruleId;
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        context.profile().check(ruleId).ifPresent(c -> c.check(report, context));
    }
}
