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
 * Rule {@code frp-shufa-absent}: the first-responsible-person content does not mention the leader's year-end
 * report on the rule of law (述法, or the 述职 that includes it). Not reported when {@code frp-duty-coverage}
 * already lists 述法 among the missing themes.
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
                .filter(c -> c.hasBody() && c.namesLeader())
                .filter(c -> !FirstResponsiblePerson.namesShufa(c.leaderText()))
                .filter(c -> !coverageNamesShufa(report, c, context))
                .ifPresent(c -> context.at(c.anchor()).fix().report());
    }

    /** Whether frp-duty-coverage reports the content and lists 述法 (X1) among what is missing. */
    private static boolean coverageNamesShufa(
            AnnualReport report, FirstResponsiblePerson.Content content, RuleContext context) {
        if (!context.profile().isEnabled(FrpDutyCoverageRule.ID)) {
            return false;
        }
        FirstResponsiblePerson.Coverage coverage = FirstResponsiblePerson.coverage(report, content);
        return coverage.found().size() < context.profile().minDutyCoverage()
                && coverage.missing().contains("X1");
    }
}
