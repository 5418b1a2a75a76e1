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

/**
 * Rule {@code title-topic}: the title does not name 法治政府建设 or the year.
 */
@RuleDefinition(id = TitleTopicRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class TitleTopicRule extends ReportRule<TitleTopicRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "title-topic";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = TitleTopicRule.class)
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
            if (!t.text().replace(" ", "").replace("\u3000", "").contains(Lexicon.REPORT_TOPIC)) {
                context.at(t)
                        .message("topic")
                        .param("title", t.text())
                        .fix("fixTopic")
                        .report();
            }
            if (Texts.years(t.text()).isEmpty()) {
                RuleContext.FindingBuilder f = context.at(t).message("year").param("title", t.text());
                if (report.reportingYear().isPresent()) {
                    f.param("year", report.reportingYear().getAsInt()).fix("fixYear");
                }
                f.report();
            }
        });
    }
}
