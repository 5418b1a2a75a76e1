package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.validation.RuleContext;
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
 * title.
 */
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

    private static final Pattern SPLIT = Pattern.compile("关于|(?:19|20)[0-9]{2}\\s*年度?|法治政府建设|[ \\u3000]+");
    private static final Pattern ORGAN =
            Pattern.compile("..*(人民政府|政府|委员会|办公室|办事处|街道|局|委|办|厅|部|院|署|中心|镇|乡|区|县|市|省|自治区|州|盟|旗)$");

    @Override
    protected String ruleId() {
        return ID;
    }

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
        context.atReport().fix().report();
    }

    static boolean titleNamesOrgan(String title) {
        for (String part : SPLIT.split(title)) {
            if (ORGAN.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
