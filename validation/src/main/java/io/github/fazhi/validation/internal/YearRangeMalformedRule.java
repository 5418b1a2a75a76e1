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
 * Rule {@code year-range-malformed}: a range of years that lost its dash ({@code （20212025年）}) or runs
 * backwards ({@code 2025—2021年}). One finding per range.
 */
@RuleDefinition(id = YearRangeMalformedRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class YearRangeMalformedRule extends ReportRule<YearRangeMalformedRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "year-range-malformed";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = YearRangeMalformedRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(NIAN) || !u.holdsAny(DIGITS)) {
                continue;
            }
            String t = u.text();
            RANGES.each(t, m -> {
                int from = Integer.parseInt(m.group("from"));
                int to = Integer.parseInt(m.group("to"));
                boolean noMark = m.group("mark").isEmpty();
                boolean damaged = noMark ? to > from && to - from <= 30 : to < from;
                if (!damaged) {
                    return;
                }
                int low = Math.min(from, to);
                int high = Math.max(from, to);
                context.at(u.element())
                        .message(noMark ? "message" : "reversed")
                        .param("found", m.group())
                        .param("expected", low + "—" + high + "年")
                        .detail("found", m.group())
                        .detail("expected", low + "—" + high + "年")
                        .range(m.start(), m.end())
                        .fix()
                        .report();
            });
        }
    }

    /** A damaged range starts with its first year, 19xx or 20xx. */
    private static final StartChars RANGES = new StartChars(Lexicon.YEAR_RANGE_DAMAGED, "12");

    /** A damaged range ends in 年 and has ASCII digits ({@code 20212025年}). */
    static final long NIAN = CharSignature.of("年");

    static final long DIGITS = CharSignature.of("0");
}
