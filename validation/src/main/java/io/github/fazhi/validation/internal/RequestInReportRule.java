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
 * Rule {@code request-in-report}: a request for instructions or approval (妥否，请批示; 请予批准) stands inside a report.
 */
@RuleDefinition(id = RequestInReportRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class RequestInReportRule extends ReportRule<RequestInReportRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "request-in-report";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = RequestInReportRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern REQUEST = Lexicon.REQUEST;

    /** Where a request can start: the first chars of the lexicon's alternatives. */
    private static final StartChars REQUESTS = new StartChars(REQUEST, Lexicon.REQUEST_START_CHARS);

    /** Every request contains one of these (妥否, 批示, 请示…). */
    static final long MARKERS = CharSignature.of("否批示");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(MARKERS)) {
                continue;
            }
            Optional<MatchResult> found = REQUESTS.first(u.text());
            if (found.isPresent()) {
                MatchResult m = found.get();
                context.at(u.element())
                        .param("found", m.group())
                        .detail("found", m.group())
                        .range(m.start(), m.end())
                        .fix()
                        .report();
            }
        }
    }
}
