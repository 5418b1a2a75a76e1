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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Rule {@code placeholder}: text left from a template: XX, ××, 某某, *次, x01x, 【…】 with a placeholder inside,
 * （此处…）.
 */
@RuleDefinition(id = PlaceholderRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class PlaceholderRule extends ReportRule<PlaceholderRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "placeholder";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PlaceholderRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern PLACEHOLDER = Lexicon.PLACEHOLDER;

    /** Where a placeholder can start: the first chars of the lexicon's alternatives. */
    private static final StartChars PLACEHOLDERS = new StartChars(PLACEHOLDER, Lexicon.PLACEHOLDER_START_CHARS);

    /** Every placeholder contains one of these (XX, ××, x01x, 某某, *次, 【…】, （此处…）). */
    static final long MARKERS = CharSignature.of("XxＸｘ×某*＊【此");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(MARKERS)) {
                continue;
            }
            List<String> found = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (MatchResult m : PLACEHOLDERS.all(u.text())) {
                if (start < 0) {
                    start = m.start();
                    end = m.end();
                }
                if (!found.contains(m.group())) {
                    found.add(m.group());
                }
            }
            if (!found.isEmpty()) {
                context.at(u.element())
                        .param("found", String.join("、", found))
                        .detail("found", found)
                        .range(start, end)
                        .fix()
                        .report();
            }
        }
    }
}
