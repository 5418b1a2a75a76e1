package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.validation.Profile;
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
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule {@code date-out-of-range}: the date of issue is outside the year after the reporting year, or after the
 * disclosure deadline (1 April by default) or a submission deadline the profile sets.
 */
@RuleDefinition(id = DateOutOfRangeRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class DateOutOfRangeRule extends ReportRule<DateOutOfRangeRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "date-out-of-range";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = DateOutOfRangeRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The disclosure deadline as {@code --MM-DD}. */
        String disclosureDeadline() default "--04-01";

        /** The submission deadline as {@code --MM-DD}, or empty when not checked. */
        String submissionDeadline() default "";
    }

    private MonthDay disclosureDeadline = Profile.DEFAULT_DISCLOSURE_DEADLINE;
    private Optional<MonthDay> submissionDeadline = Optional.empty();

    @Override
    public void initialize(Check check) {
        disclosureDeadline = MonthDay.parse(check.disclosureDeadline());
        submissionDeadline = check.submissionDeadline().isEmpty()
                ? Optional.empty()
                : Optional.of(MonthDay.parse(check.submissionDeadline()));
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.reportingYear().isEmpty() || report.dateOfIssue().isEmpty()) {
            return;
        }
        int next = report.reportingYear().getAsInt() + 1;
        LocalDate date = report.dateOfIssue().get();
        SignOff s = report.signOff().orElseThrow();
        String printed = s.dateText().orElse(SignOff.formatDate(date));
        if (date.getYear() != next) {
            context.at(s)
                    .message("year")
                    .param("date", printed)
                    .param("expected", next)
                    .detail("date", date.toString())
                    .detail("expectedYear", next)
                    .fix("fixYear")
                    .report();
            return;
        }
        LocalDate disclosure = disclosureDeadline.atYear(next);
        if (date.isAfter(disclosure)) {
            context.at(s)
                    .message("disclosure")
                    .param("date", printed)
                    .param("deadline", format(disclosure, context.locale()))
                    .detail("date", date.toString())
                    .detail("deadline", disclosure.toString())
                    .fix("fixDeadline")
                    .report();
            return;
        }
        submissionDeadline
                .map(d -> d.atYear(next))
                .filter(date::isAfter)
                .ifPresent(d -> context.at(s)
                        .message("submission")
                        .param("date", printed)
                        .param("deadline", format(d, context.locale()))
                        .detail("date", date.toString())
                        .detail("deadline", d.toString())
                        .fix("fixDeadline")
                        .report());
    }

    private static String format(LocalDate d, Locale locale) {
        return Messages.language(locale).equals("en")
                ? d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH))
                : SignOff.formatDate(d);
    }
}
