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
 * Rule {@code part-empty}: a mandated part has a heading and nothing under it.
 */
@RuleDefinition(id = PartEmptyRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class PartEmptyRule extends ReportRule<PartEmptyRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "part-empty";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PartEmptyRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        report.allSections()
                .filter(s -> s.kind().isMandated() && !Texts.hasBody(s))
                .forEach(s -> context.at(s)
                        .param("part", Parts.name(s.kind(), context.locale()))
                        .param("heading", s.heading())
                        .detail("item", s.kind().mandatedItem())
                        .fix()
                        .report());
    }
}
