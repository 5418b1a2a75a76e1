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
 * Rule {@code numbering-gap}: a heading number is skipped: （二） follows （一）…, or the first is not 一、（一）1.（1）; the
 * fix names the missing label.
 */
@RuleDefinition(id = NumberingGapRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class NumberingGapRule extends ReportRule<NumberingGapRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-gap";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingGapRule.class)
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
            if (issue.kind() != NumberingAnalysis.Kind.GAP) {
                continue;
            }
            String missing = String.join("", issue.missing());
            RuleContext.FindingBuilder f = context.at(issue.section())
                    .param("found", issue.found().printed())
                    .param("missing", missing)
                    .detail("found", issue.found().printed())
                    .detail("missing", issue.missing())
                    .detail("level", issue.found().level());
            if (issue.unlabelled().isPresent()) {
                f.param(
                                "before",
                                Texts.shorten(
                                        Texts.firstSentence(
                                                issue.unlabelled().get().text().strip()),
                                        24))
                        .detail("unlabelledElementId", issue.unlabelled().get().id())
                        .fix("fixBefore");
            } else {
                f.fix();
            }
            f.report();
        }
    }
}
