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
 * Rule {@code frp-leader-not-named}: the body of the first-responsible-person part never names a leader (主要负责人,
 * 党组书记, 局长, 区长, the leading group …) doing anything, so it does not report the leaders' performance of
 * the duty: the reviewing office sends such a report back (an error). Its heading does not count.
 */
@RuleDefinition(id = FrpLeaderNotNamedRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
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
        // an empty part is part-empty's; a heading naming the leaders does not say that a leader did anything
        FirstResponsiblePerson.find(report)
                .filter(c -> c.hasBody() && !c.namesLeader())
                .ifPresent(c -> context.at(c.anchor())
                        .param("heading", c.anchor().heading())
                        .detail("ownPart", c.ownPart())
                        .fix()
                        .report());
    }
}
