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
 * Rule {@code frp-leader-not-named}: the first-responsible-person content never names the principal leader or
 * the leadership.
 */
@RuleDefinition(id = FrpLeaderNotNamedRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class FrpLeaderNotNamedRule extends ReportRule<FrpLeaderNotNamedRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "frp-leader-not-named";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = FrpLeaderNotNamedRule.class)
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
                .filter(c -> !c.headingNamesLeader()
                        && !FirstResponsiblePerson.LEADER.matcher(c.text()).find())
                .ifPresent(c -> context.at(c.anchor()).fix().report());
    }
}
