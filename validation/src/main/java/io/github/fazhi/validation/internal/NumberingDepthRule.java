package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Paragraph;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code numbering-depth}: headings are numbered beyond the four levels of GB/T 9704 (a fifth level, or ①,
 * a), 1) items under （1））.
 */
@RuleDefinition(id = NumberingDepthRule.ID, severity = Severity.WARNING, category = RuleCategory.STRUCTURE)
public final class NumberingDepthRule extends ReportRule<NumberingDepthRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-depth";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingDepthRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern FIFTH_LEVEL =
            Pattern.compile("^\\s*([①-⑳]|[（(][a-zA-Z][）)]|[a-zA-Z][.．)）]|[0-9]{1,2}[)）])");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Section s : report.sections()) {
            check(s, 1, context);
        }
    }

    private static void check(Section s, int depth, RuleContext context) {
        if (depth > Numbering.MAX_LEVEL) {
            context.at(s).param("depth", depth).detail("depth", depth).fix().report();
            return;
        }
        boolean fourth = depth == Numbering.MAX_LEVEL
                || NumberingAnalysis.labelOf(s)
                        .map(l -> l.level() == Numbering.MAX_LEVEL)
                        .orElse(false);
        if (fourth) {
            for (Paragraph p : s.paragraphs()) {
                Matcher m = FIFTH_LEVEL.matcher(p.text());
                if (m.find()) {
                    context.at(p)
                            .message("item")
                            .param("found", m.group(1))
                            .detail("found", m.group(1))
                            .range(m.start(1), m.end(1))
                            .fix()
                            .report();
                }
            }
        }
        for (Section sub : s.subsections()) {
            check(sub, depth + 1, context);
        }
    }
}
