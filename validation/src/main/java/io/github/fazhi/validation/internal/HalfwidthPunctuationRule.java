package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.RuleContext;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code halfwidth-punctuation}: ASCII punctuation , : ; ( ) ? ! stands between Chinese characters, where the full-width form belongs.
 */
public final class HalfwidthPunctuationRule extends ReportRule<HalfwidthPunctuationRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "halfwidth-punctuation";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = HalfwidthPunctuationRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected String ruleId() {
        return ID;
    }

    private static final String BETWEEN = ",:;?!";
    private static final String FULL = "，：；？！";

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            String t = u.text();
            int count = 0;
            int first = -1;
            Set<String> chars = new LinkedHashSet<>();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                boolean hit;
                if (BETWEEN.indexOf(c) >= 0) {
                    hit = Texts.isHanAt(t, i - 1) && Texts.isHanAt(t, i + 1);
                } else if (c == '(' || c == ')') {
                    hit = Texts.isHanAt(t, i - 1) || Texts.isHanAt(t, i + 1);
                } else {
                    hit = false;
                }
                if (hit) {
                    count++;
                    chars.add(String.valueOf(c));
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (count > 0) {
                List<String> full = new ArrayList<>();
                for (String c : chars) {
                    full.add(
                            c.equals("(")
                                    ? "（"
                                    : c.equals(")") ? "）" : String.valueOf(FULL.charAt(BETWEEN.indexOf(c))));
                }
                context.at(u.element())
                        .param("count", count)
                        .param("found", String.join(" ", chars))
                        .param("expected", String.join(" ", full))
                        .detail("count", count)
                        .detail("found", List.copyOf(chars))
                        .range(first, first + 1)
                        .fix()
                        .report();
            }
        }
    }
}
