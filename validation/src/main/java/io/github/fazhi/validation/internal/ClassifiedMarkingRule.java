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
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Rule {@code classified-marking}: a 密级 marking (秘密★, 机密, 绝密) or a 保密期限 stands in a report meant for
 * publication.
 */
@RuleDefinition(id = ClassifiedMarkingRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class ClassifiedMarkingRule extends ReportRule<ClassifiedMarkingRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "classified-marking";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = ClassifiedMarkingRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern MARKING = Lexicon.CLASSIFIED_MARKING;

    /** Where a marking can start: the first chars of the lexicon's alternatives (and the start of the text). */
    private static final StartChars MARKINGS = new StartChars(MARKING, Lexicon.CLASSIFIED_START_CHARS);

    /** Every marking contains 密: each secrecy level (绝密, 机密, 秘密) and 保密期限 do. */
    static final long MARKERS = CharSignature.of("密");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(MARKERS)) {
                continue;
            }
            Optional<MatchResult> found = MARKINGS.first(u.text());
            if (found.isPresent()) {
                MatchResult m = found.get();
                context.at(u.element())
                        .param("found", m.group().strip())
                        .detail("found", m.group().strip())
                        .range(m.start(), m.end())
                        .fix()
                        .report();
            }
        }
    }
}
