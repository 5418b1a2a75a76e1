package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SignOff;
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
 * Rule {@code signoff-missing}: the report ends without a dated sign-off (落款 with the issuer and the date of
 * issue).
 */
@RuleDefinition(id = SignoffMissingRule.ID, severity = Severity.INFO, category = RuleCategory.STRUCTURE)
public final class SignoffMissingRule extends ReportRule<SignoffMissingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "signoff-missing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = SignoffMissingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.signOff().isEmpty()) {
            context.atReport()
                    .message("absent")
                    .detail("reason", "absent")
                    .fix()
                    .report();
            return;
        }
        SignOff s = report.signOff().get();
        if (s.dateText().filter(d -> !d.isBlank()).isEmpty()) {
            context.at(s)
                    .message("undated")
                    .detail("reason", "undated")
                    .fix("fixUndated")
                    .report();
        }
        if (s.issuers().stream().allMatch(String::isBlank)) {
            context.at(s)
                    .message("unnamed")
                    .detail("reason", "unnamed")
                    .fix("fixUnnamed")
                    .report();
        }
    }
}
