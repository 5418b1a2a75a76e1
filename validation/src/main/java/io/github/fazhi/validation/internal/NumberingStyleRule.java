package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Numbering;
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
 * Rule {@code numbering-style}: a heading label is not in the GB/T 9704 form (一、（一）1.（1））: (一), 一., 1、, （一）、 and
 * the like, or a level numbered on across parents.
 */
@RuleDefinition(id = NumberingStyleRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class NumberingStyleRule extends ReportRule<NumberingStyleRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-style";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingStyleRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        report.allSections()
                .forEach(s -> NumberingAnalysis.labelOf(s)
                        .filter(l -> !l.standard())
                        .ifPresent(l -> {
                            String expected = l.numbering().label();
                            context.at(s)
                                    .param("found", l.printed())
                                    .param("expected", expected)
                                    .detail("found", l.printed())
                                    .detail("expected", expected)
                                    .detail("level", l.level())
                                    .fix()
                                    .report();
                        }));
        // a label printed without its numeral (、坚持…) or otherwise unreadable: the reader inferred the number
        report.allSections()
                .filter(s -> s.printedNumber().filter(p -> !p.isBlank()).isPresent()
                        && NumberingAnalysis.labelOf(s).isEmpty())
                .forEach(s -> {
                    String expected = s.number().label();
                    context.at(s)
                            .message("malformed")
                            .param("found", s.printedNumber().get())
                            .param("expected", expected)
                            .detail("found", s.printedNumber().get())
                            .detail("expected", expected)
                            .detail("level", s.level())
                            .fix()
                            .report();
                });
        for (NumberingAnalysis.Issue issue : NumberingAnalysis.analyze(report)) {
            if (issue.kind() == NumberingAnalysis.Kind.CONTINUATION) {
                String expected = new Numbering(issue.found().level(), 1).label();
                context.at(issue.section())
                        .message("continuous")
                        .param("found", issue.found().printed())
                        .param("expected", expected)
                        .detail("found", issue.found().printed())
                        .detail("expected", expected)
                        .detail("continuous", true)
                        .fix("fixContinuous")
                        .report();
            }
        }
    }
}
