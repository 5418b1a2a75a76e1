package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLineKind;
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
import java.util.regex.Pattern;

/**
 * Rule {@code issuer-missing}: the report names no issuer: no sign-off name, no issuer line, no organ in the
 * title. Not reported when the report has neither title nor sign-off, which {@code title-missing} and {@code
 * signoff-missing} report.
 */
@RuleDefinition(id = IssuerMissingRule.ID, severity = Severity.ERROR, category = RuleCategory.STRUCTURE)
public final class IssuerMissingRule extends ReportRule<IssuerMissingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "issuer-missing";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = IssuerMissingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Where a title splits into the issuer and the rest: 关于, the year, the topic, spaces. */
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(Lexicon.ABOUT) + "|" + Lexicon.YEAR.pattern()
            + "|" + Pattern.quote(Lexicon.REPORT_TOPIC) + "|[ \\u3000]+");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.issuer().filter(s -> !s.isBlank()).isPresent()
                || report.header().stream()
                        .anyMatch(h ->
                                h.kind() == HeaderLineKind.ISSUER && !h.text().isBlank())
                || report.signOff()
                        .map(s -> s.issuers().stream().anyMatch(i -> !i.isBlank()))
                        .orElse(false)
                || report.title().map(t -> titleNamesOrgan(t.text())).orElse(false)) {
            return;
        }
        // with neither title nor sign-off, title-missing and signoff-missing say it already
        if (report.title().isEmpty()
                && report.signOff().isEmpty()
                && context.profile().isEnabled(TitleMissingRule.ID)
                && context.profile().isEnabled(SignoffMissingRule.ID)) {
            return;
        }
        context.atReport().fix().report();
    }

    static boolean titleNamesOrgan(String title) {
        for (String part : SPLIT.split(title)) {
            if (Lexicon.endsWithOrganSuffix(part.strip())) {
                return true;
            }
        }
        return false;
    }
}
