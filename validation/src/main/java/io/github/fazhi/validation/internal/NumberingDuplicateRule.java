package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
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
 * Rule {@code numbering-duplicate}: a heading number repeats an earlier sibling’s.
 */
@RuleDefinition(id = NumberingDuplicateRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class NumberingDuplicateRule extends ReportRule<NumberingDuplicateRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-duplicate";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingDuplicateRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (NumberingAnalysis.Issue issue : NumberingAnalysis.analyze(report)) {
            if (issue.kind() == NumberingAnalysis.Kind.DUPLICATE) {
                RuleContext.FindingBuilder f = context.at(issue.section())
                        .param("found", issue.found().printed())
                        .detail("found", issue.found().printed())
                        .detail("level", issue.found().level());
                issue.expected()
                        .ifPresent(e ->
                                f.param("expected", e).detail("expected", e).fix());
                f.report();
            }
        }
    }
}
