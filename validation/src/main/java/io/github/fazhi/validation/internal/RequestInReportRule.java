package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.RuleContext;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code request-in-report}: a request for instructions or approval (妥否，请批示; 请予批准) stands inside a report.
 */
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

    private static final Pattern REQUEST = Pattern.compile("妥否|当否|请予?批示|请予?批准|请予?审批|请予?批复|特此请示|以上请示|请示如下");

    @Override
    protected String ruleId() {
        return ID;
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            Matcher m = REQUEST.matcher(u.text());
            if (m.find()) {
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
