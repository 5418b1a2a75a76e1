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
import java.util.function.Consumer;
import java.util.regex.Matcher;

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
            eachRange(t, m -> {
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

    /**
     * Gives {@code action} the matcher at each match of {@link Lexicon#YEAR_RANGE_DAMAGED} in {@code text}, as repeated
     * {@code find()} finds them: searched only in a text where a 年 follows eight ASCII digits with at most two chars
     * among them (every match ends so), and there only where a year starts.
     */
    static void eachRange(String text, Consumer<Matcher> action) {
        if (mayHoldRange(text)) {
            RANGES.each(text, action);
        }
    }

    /** {@link #eachRange} by the pattern alone: the reference the fast search is tested against. */
    static void eachRangeByPattern(String text, Consumer<Matcher> action) {
        Matcher m = Lexicon.YEAR_RANGE_DAMAGED.matcher(text);
        while (m.find()) {
            action.accept(m);
        }
    }

    /**
     * Whether a 年 in {@code t} follows four ASCII digits that follow, with up to two chars between, four more: what
     * every match ends with ({@code 2021—2025年}, {@code 20212025年}). The chars between are not looked at: the
     * pattern's class of marks, {@code [—–-－~～至到]}, spans U+2013 to U+FF0D and so most of what a report holds.
     */
    private static boolean mayHoldRange(String t) {
        for (int n = t.indexOf('年', 8); n >= 0; n = t.indexOf('年', n + 1)) {
            if (!digits(t, n - 4)) {
                continue;
            }
            for (int k = 0; k <= 2; k++) {
                if (n - 8 - k >= 0 && digits(t, n - 8 - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the four chars at {@code from} are ASCII digits. */
    private static boolean digits(String t, int from) {
        for (int i = from; i < from + 4; i++) {
            if (!isAsciiDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A damaged range starts with its first year, 19xx or 20xx. */
    private static final StartChars RANGES = new StartChars(Lexicon.YEAR_RANGE_DAMAGED, "12");

    /** A damaged range ends in 年 and has ASCII digits ({@code 20212025年}). */
    static final long NIAN = CharSignature.of("年");

    static final long DIGITS = CharSignature.of("0");
}
