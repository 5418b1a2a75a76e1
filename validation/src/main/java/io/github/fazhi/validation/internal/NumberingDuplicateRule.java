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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        // each section's following sibling, to see whether renumbering would collide with it
        Map<Section, Section> next = new IdentityHashMap<>();
        siblings(report.sections(), next);
        for (NumberingAnalysis.Issue issue : NumberingAnalysis.analyze(report)) {
            if (issue.kind() == NumberingAnalysis.Kind.DUPLICATE) {
                RuleContext.FindingBuilder f = context.at(issue.section())
                        .param("found", issue.found().printed())
                        .detail("found", issue.found().printed())
                        .detail("level", issue.found().level());
                Optional<NumberLabel> following =
                        Optional.ofNullable(next.get(issue.section())).flatMap(NumberingAnalysis::labelOf);
                boolean collides = issue.expected().isPresent()
                        && following.isPresent()
                        && following.get().level() == issue.found().level()
                        && following
                                .get()
                                .numbering()
                                .label()
                                .equals(issue.expected().get());
                if (collides) {
                    // 一、 一、 二、: the second 一、 is not a 二、 (one follows); most likely a sub-heading of the
                    // first, written at the wrong level
                    String lower = new Numbering(issue.found().level() + 1, 1).label();
                    f.param("expected", issue.expected().get())
                            .param("lower", lower)
                            .detail("expected", lower)
                            .detail("collides", issue.expected().get())
                            .fix("fixLower");
                } else {
                    issue.expected()
                            .ifPresent(e ->
                                    f.param("expected", e).detail("expected", e).fix());
                }
                f.report();
            }
        }
    }

    private static void siblings(List<Section> sections, Map<Section, Section> next) {
        for (int i = 0; i < sections.size(); i++) {
            if (i + 1 < sections.size()) {
                next.put(sections.get(i), sections.get(i + 1));
            }
            siblings(sections.get(i).subsections(), next);
        }
    }
}
