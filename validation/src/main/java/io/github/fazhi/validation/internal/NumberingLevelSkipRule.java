package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Section;
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
import java.util.Optional;

/**
 * Rule {@code numbering-level-skip}: a heading skips a level: 1. directly under 一、, or （1） under （一）.
 */
@RuleDefinition(id = NumberingLevelSkipRule.ID, severity = Severity.WARNING, category = RuleCategory.STRUCTURE)
public final class NumberingLevelSkipRule extends ReportRule<NumberingLevelSkipRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-level-skip";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingLevelSkipRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Section s : report.sections()) {
            check(s, 0, context);
        }
    }

    private static void check(Section s, int parentLevel, RuleContext context) {
        Optional<NumberLabel> label = NumberingAnalysis.labelOf(s);
        if (label.isPresent() && parentLevel >= 0 && label.get().level() > parentLevel + 1) {
            String expected = new Numbering(parentLevel + 1, label.get().ordinal()).label();
            context.at(s)
                    .param("found", label.get().printed())
                    .param("expected", expected)
                    .param("level", parentLevel + 1)
                    .detail("found", label.get().printed())
                    .detail("foundLevel", label.get().level())
                    .detail("expectedLevel", parentLevel + 1)
                    .detail("expected", expected)
                    .fix()
                    .report();
        }
        int level = label.map(NumberLabel::level).orElse(-1);
        for (Section sub : s.subsections()) {
            check(sub, level, context);
        }
    }
}
