package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule {@code shortcomings-causes-missing}: the shortcomings part names problems but not their causes (不足和原因):
 * no cause wording under its heading.
 */
@RuleDefinition(id = ShortcomingsCausesMissingRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class ShortcomingsCausesMissingRule extends ReportRule<ShortcomingsCausesMissingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "shortcomings-causes-missing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = ShortcomingsCausesMissingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern CAUSES = Lexicon.anyOf(Lexicon.CAUSE_WORDS);

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        List<Section> parts = report.sections(SectionKind.SHORTCOMINGS_AND_CAUSES);
        if (parts.isEmpty()) {
            return;
        }
        for (Section s : parts) {
            // the part's own heading (…不足和原因) promises causes; look for them in what stands under it
            String body = s.fullText().substring(s.heading().length());
            if (CAUSES.matcher(body).find()) {
                return;
            }
        }
        context.at(parts.get(0)).param("heading", parts.get(0).heading()).fix().report();
    }
}
