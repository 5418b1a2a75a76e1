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
 * Rule {@code title-doctype}: the title does not end in the document type 报告.
 */
@RuleDefinition(id = TitleDoctypeRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class TitleDoctypeRule extends ReportRule<TitleDoctypeRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "title-doctype";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = TitleDoctypeRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        report.title().ifPresent(t -> {
            String text = Titles.core(t.text());
            if (!text.endsWith("报告") && !text.endsWith("总结")) {
                context.at(t).param("title", t.text()).fix().report();
            }
        });
    }
}
