package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Profile;
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
import java.util.Locale;
import java.util.Optional;

/**
 * Rule {@code frp-duty-coverage}: the first-responsible-person part (with its sub-parts) covers fewer than the
 * minimum the profile sets of the duty themes (government list G1-G6 and X1, or the Party list P1-P6); a theme
 * counts only in a sentence about the leader doing it. The finding lists the themes found and missing.
 */
@RuleDefinition(id = FrpDutyCoverageRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class FrpDutyCoverageRule extends ReportRule<FrpDutyCoverageRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "frp-duty-coverage";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = FrpDutyCoverageRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The minimum number of themes (the profile's {@code minDutyCoverage}). */
        int minDutyCoverage() default Profile.DEFAULT_MIN_DUTY_COVERAGE;
    }

    private int min = Profile.DEFAULT_MIN_DUTY_COVERAGE;

    @Override
    public void initialize(Check check) {
        if (check.minDutyCoverage() < 1 || check.minDutyCoverage() > 7) {
            throw new IllegalArgumentException(
                    "the duty themes number 6 or 7; coverage must be 1 to 7, not " + check.minDutyCoverage());
        }
        min = check.minDutyCoverage();
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        Optional<FirstResponsiblePerson.Content> content = FirstResponsiblePerson.find(report);
        // a part with no body (part-empty) or naming no leader (frp-leader-not-named) is reported as such
        if (content.isEmpty() || !content.get().hasBody() || !content.get().namesLeader()) {
            return;
        }
        FirstResponsiblePerson.Coverage coverage = FirstResponsiblePerson.coverage(report, content.get());
        List<String> found = coverage.found();
        List<String> missing = coverage.missing();
        if (found.size() >= min) {
            return;
        }
        context.at(content.get().anchor())
                .param("count", found.size())
                .param("min", min)
                .param("found", themeNames(found, context.locale()))
                .param("missing", themeNames(missing, context.locale()))
                .detail("themeList", FirstResponsiblePerson.isParty(report) ? "party" : "government")
                .detail("min", min)
                .detail("found", found)
                .detail("missing", missing)
                .fix()
                .report();
    }

    private static String themeNames(List<String> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Messages.textOrKey(Messages.PREFIX + "none", locale);
        }
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            names.add(id + " " + Messages.textOrKey(Messages.PREFIX + "theme." + id, locale));
        }
        return String.join(Messages.language(locale).equals("en") ? "; " : "；", names);
    }
}
