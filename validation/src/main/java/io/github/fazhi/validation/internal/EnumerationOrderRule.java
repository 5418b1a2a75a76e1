package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.core.InlineEnumeration;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code enumeration-order}: inline enumeration markers skip or repeat: 一是 then 三是 with no 二是.
 */
@RuleDefinition(id = EnumerationOrderRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class EnumerationOrderRule extends ReportRule<EnumerationOrderRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "enumeration-order";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = EnumerationOrderRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (List<Paragraph> group : Texts.paragraphGroups(report)) {
            int last = 0;
            for (Paragraph p : group) {
                for (InlineEnumeration e : p.enumerations()) {
                    int n = e.ordinal();
                    if (n == 1) {
                        last = 1;
                        continue;
                    }
                    if (n > last + 1) {
                        List<String> missing = new ArrayList<>();
                        for (int i = last + 1; i < n && missing.size() < 5; i++) {
                            missing.add(ChineseNumerals.format(i) + "是");
                        }
                        context.at(p)
                                .message("gap")
                                .param("found", e.marker())
                                .param("missing", String.join("、", missing))
                                .detail("found", e.marker())
                                .detail("missing", missing)
                                .range(e.offset(), e.offset() + e.marker().length())
                                .fix("fixGap")
                                .report();
                    } else if (n <= last) {
                        String expected = ChineseNumerals.format(last + 1) + "是";
                        context.at(p)
                                .message("repeat")
                                .param("found", e.marker())
                                .param("expected", expected)
                                .detail("found", e.marker())
                                .detail("expected", expected)
                                .range(e.offset(), e.offset() + e.marker().length())
                                .fix("fixRepeat")
                                .report();
                    }
                    last = Math.max(last, n);
                }
            }
        }
    }
}
