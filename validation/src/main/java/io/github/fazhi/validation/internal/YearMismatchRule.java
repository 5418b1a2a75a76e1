package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.SectionKind;
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
 * Rule {@code year-mismatch}: a year in the title or in the heading of items 1 to 3 differs from the reporting
 * year, or one in the item-4 heading differs from the next year.
 */
@RuleDefinition(id = YearMismatchRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class YearMismatchRule extends ReportRule<YearMismatchRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "year-mismatch";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = YearMismatchRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.reportingYear().isEmpty()) {
            return;
        }
        int year = report.reportingYear().getAsInt();
        report.title().ifPresent(t -> check(context, t, t.text(), year, "title"));
        report.allSections().forEach(s -> {
            SectionKind k = s.kind();
            if (k == SectionKind.MEASURES_AND_RESULTS
                    || k == SectionKind.SHORTCOMINGS_AND_CAUSES
                    || k == SectionKind.FIRST_RESPONSIBLE_PERSON) {
                check(context, s, s.heading(), year, "heading");
            } else if (k == SectionKind.NEXT_YEAR_PLAN) {
                check(context, s, s.heading(), year + 1, "plan");
            }
        });
    }

    private static void check(RuleContext context, Element element, String text, int expected, String variant) {
        for (Texts.Year y : Texts.years(text)) {
            if (!y.inRange() && !y.since() && y.year() != expected) {
                context.at(element)
                        .message(variant)
                        .param("found", y.year())
                        .param("expected", expected)
                        .detail("found", y.year())
                        .detail("expected", expected)
                        .detail(Finding.REPLACE_FROM, text.substring(y.start(), y.end()))
                        .detail(
                                Finding.REPLACE_TO,
                                text.substring(y.start(), y.end())
                                        .replace(String.valueOf(y.year()), String.valueOf(expected)))
                        .range(y.start(), y.end())
                        .fix()
                        .report();
                return;
            }
        }
    }
}
