package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SignOff;
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
import java.util.regex.Pattern;

/**
 * Rule {@code date-format}: the date of issue is not written 2022年1月5日: zero padding, Chinese numerals, dots or
 * dashes.
 */
@RuleDefinition(id = DateFormatRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class DateFormatRule extends ReportRule<DateFormatRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "date-format";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = DateFormatRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern STANDARD = Pattern.compile("[0-9]{4}年([1-9]|1[0-2])月([1-9]|[12][0-9]|3[01])日");
    private static final Pattern PADDED = Pattern.compile("年0[0-9]月|月0[0-9]日");
    private static final Pattern CHINESE = Pattern.compile("[〇○零一二三四五六七八九十]");
    private static final Pattern SEPARATED = Pattern.compile("[0-9]{2,4}\\s*[.．\\-－/／]\\s*[0-9]{1,2}");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        report.signOff()
                .ifPresent(s -> s.dateText()
                        .map(String::strip)
                        .filter(d -> !d.isEmpty())
                        .ifPresent(d -> {
                            if (STANDARD.matcher(d).matches()) {
                                return;
                            }
                            String reason = CHINESE.matcher(d).find()
                                    ? "chinese"
                                    : PADDED.matcher(d).find()
                                            ? "padded"
                                            : SEPARATED.matcher(d).find() ? "separated" : "other";
                            RuleContext.FindingBuilder f = context.at(s)
                                    .message(reason)
                                    .param("found", d)
                                    .detail("found", d)
                                    .detail("reason", reason);
                            s.date()
                                    .ifPresent(date -> f.param("expected", SignOff.formatDate(date))
                                            .detail("expected", SignOff.formatDate(date))
                                            .detail(Finding.REPLACE_FROM, d)
                                            .detail(Finding.REPLACE_TO, SignOff.formatDate(date))
                                            .fix());
                            f.report();
                        }));
    }
}
