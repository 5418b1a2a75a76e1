package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
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
import java.util.List;
import java.util.regex.Matcher;

/**
 * Rule {@code preamble-year-missing}: the preamble names the year it reports on only as {@code 今年以来} or
 * {@code 本年度}, and nowhere by its number. A report is written in the next year, so the words name the wrong
 * year, or none, once it is read. Info.
 */
@RuleDefinition(id = PreambleYearMissingRule.ID, severity = Severity.INFO, category = RuleCategory.STYLE)
public final class PreambleYearMissingRule extends ReportRule<PreambleYearMissingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "preamble-year-missing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PreambleYearMissingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        List<Paragraph> preamble = report.preambleParagraphs();
        if (preamble.isEmpty()) {
            return;
        }
        for (Paragraph p : preamble) {
            if (Lexicon.yearIn(p.text()).isPresent()) {
                return;
            }
        }
        for (Paragraph p : preamble) {
            Matcher m = Lexicon.RELATIVE_YEAR.matcher(p.text());
            if (m.find()) {
                String year = report.reportingYear().isPresent()
                        ? report.reportingYear().getAsInt() + "年"
                        : "";
                context.at(p)
                        .message(year.isEmpty() ? "noYear" : "message")
                        .param("found", m.group())
                        .param("expected", year)
                        .range(m.start(), m.end())
                        .fix(year.isEmpty() ? "fixNoYear" : "fix")
                        .report();
                return;
            }
        }
    }
}
