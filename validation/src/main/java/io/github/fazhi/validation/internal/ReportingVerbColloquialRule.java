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
import java.util.regex.Matcher;

/**
 * Rule {@code reporting-verb-colloquial}: the preamble's reporting formula says {@code 汇报如下}, as one speaks
 * to a meeting; the annual report goes to superior organs as a 报告, the statutory type, which says
 * {@code 报告如下}. Info.
 */
@RuleDefinition(id = ReportingVerbColloquialRule.ID, severity = Severity.INFO, category = RuleCategory.STYLE)
public final class ReportingVerbColloquialRule extends ReportRule<ReportingVerbColloquialRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "reporting-verb-colloquial";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = ReportingVerbColloquialRule.class)
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
            String t = u.text();
            if (t.indexOf('如') < 0) {
                continue;
            }
            Matcher m = Lexicon.REPORTING_FORMULA.matcher(t);
            while (m.find()) {
                int verb = m.end() - 4;
                if (t.startsWith(Lexicon.COLLOQUIAL_REPORTING_VERB, verb)) {
                    context.at(u.element())
                            .param("found", Lexicon.COLLOQUIAL_REPORTING_VERB + "如下")
                            .param("expected", Lexicon.REPORTING_VERB + "如下")
                            .detail("found", Lexicon.COLLOQUIAL_REPORTING_VERB + "如下")
                            .detail("expected", Lexicon.REPORTING_VERB + "如下")
                            .range(verb, m.end())
                            .fix()
                            .report();
                    return;
                }
            }
        }
    }
}
