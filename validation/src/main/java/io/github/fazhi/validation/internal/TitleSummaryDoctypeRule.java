package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code title-summary-doctype}: the title uses 总结 as the document type (…工作总结, …总结的报告).
 */
@RuleDefinition(id = TitleSummaryDoctypeRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class TitleSummaryDoctypeRule extends ReportRule<TitleSummaryDoctypeRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "title-summary-doctype";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = TitleSummaryDoctypeRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern SUMMARY = Lexicon.SUMMARY_DOCTYPE;

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        report.title().ifPresent(t -> {
            String text = Titles.core(t.text());
            Matcher m = SUMMARY.matcher(text);
            if (m.find()) {
                context.at(t)
                        .param("title", t.text())
                        .param("found", m.group())
                        .detail("found", m.group())
                        .fix()
                        .report();
            }
        });
    }
}
