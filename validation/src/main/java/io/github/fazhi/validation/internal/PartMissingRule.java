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
 * Rule {@code part-missing}: one of the mandated items 1 to 4 is missing (one finding per item, naming it).
 */
@RuleDefinition(id = PartMissingRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class PartMissingRule extends ReportRule<PartMissingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "part-missing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PartMissingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (SectionKind kind : Parts.REQUIRED) {
            if (!Parts.present(report, kind)) {
                context.atReport()
                        .param("item", kind.mandatedItem())
                        .param("part", Parts.name(kind, context.locale()))
                        .param("heading", Parts.standardHeading(report, kind, context.locale()))
                        .detail("item", kind.mandatedItem())
                        .detail("kind", kind.name())
                        .fix()
                        .report();
            }
        }
    }
}
