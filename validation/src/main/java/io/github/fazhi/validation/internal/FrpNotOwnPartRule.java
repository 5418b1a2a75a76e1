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
 * Rule {@code frp-not-own-part}: the first-responsible-person content is a sub-part of another part (as many
 * departments write it under part 一) rather than a part of its own. The national rules accept that, so the
 * rule is off in the national profile; a local guideline that wants item 3 as its own part enables it.
 */
@RuleDefinition(
        id = FrpNotOwnPartRule.ID,
        severity = Severity.WARNING,
        category = RuleCategory.STRUCTURE,
        enabledByDefault = false)
public final class FrpNotOwnPartRule extends ReportRule<FrpNotOwnPartRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "frp-not-own-part";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = FrpNotOwnPartRule.class)
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
                .filter(c -> !c.ownPart())
                .ifPresent(c -> context.at(c.anchor())
                        .param("heading", c.anchor().heading())
                        .param(
                                "standard",
                                Parts.standardHeading(
                                        report,
                                        io.github.fazhi.core.SectionKind.FIRST_RESPONSIBLE_PERSON,
                                        context.locale()))
                        .fix()
                        .report());
    }
}
