package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.validation.Finding;
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
 * Rule {@code not-a-report}: the text does not read as a 法治政府建设年度报告 at all (a README, a letter, a
 * notice): no title about the rule of law, no reporting formula ({@code 现将……报告如下}) and no part of its
 * own (一、二、…). Checking it item by item would list every part as missing and bury the one thing worth
 * saying, so when this rule fires the validator reports it alone: it explains every other finding
 * ({@link Explanations}).
 */
@RuleDefinition(id = NotAReportRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class NotAReportRule extends ReportRule<NotAReportRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "not-a-report";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NotAReportRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Whether {@code finding} (of this rule) explains {@code other}: it explains every other rule's finding. */
    static boolean explains(Finding finding, Finding other) {
        return !other.ruleId().equals(ID);
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (!readsAsAReport(report)) {
            context.atReport().fix().report();
        }
    }

    /** Whether {@code report} has anything of a report: parts, a title on the topic, or the reporting formula. */
    static boolean readsAsAReport(AnnualReport report) {
        if (!report.sections().isEmpty()) {
            return true;
        }
        if (report.title().isPresent()
                && Lexicon.containsAny(report.title().get().text(), Lexicon.TITLE_TOPICS)) {
            return true;
        }
        for (Paragraph p : report.preambleParagraphs()) {
            if (Lexicon.REPORTING_FORMULA.matcher(p.text()).find()) {
                return true;
            }
        }
        return false;
    }
}
