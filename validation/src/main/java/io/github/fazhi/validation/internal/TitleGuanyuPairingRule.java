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
 * Rule {@code title-guanyu-pairing}: a title with 关于 does not end in 的报告, or one ending in 的报告 lacks 关于.
 */
@RuleDefinition(id = TitleGuanyuPairingRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class TitleGuanyuPairingRule extends ReportRule<TitleGuanyuPairingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "title-guanyu-pairing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = TitleGuanyuPairingRule.class)
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
            if (!text.endsWith("报告")) {
                return;
            }
            boolean guanyu = text.contains("关于");
            boolean de = text.endsWith("的报告");
            if (guanyu && !de) {
                context.at(t)
                        .message("guanyu")
                        .param("title", t.text())
                        .fix("fixGuanyu")
                        .report();
            } else if (!guanyu && de) {
                context.at(t)
                        .message("de")
                        .param("title", t.text())
                        .fix("fixDe")
                        .report();
            }
        });
    }
}
