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
 * Rule {@code document-number-malformed}: a 发文字号 whose year lost a bracket ({@code 云发〔201632号}), or
 * stands in other brackets than the 六角括号 GB/T 9704 §7.2.4 prescribes ({@code 云发[2016]32号}), or has a year
 * of the wrong length ({@code 云发〔16〕32号}). One finding per 文号.
 */
@RuleDefinition(id = DocumentNumberMalformedRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class DocumentNumberMalformedRule extends ReportRule<DocumentNumberMalformedRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "document-number-malformed";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = DocumentNumberMalformedRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Every document number ends in 号. */
    static final long HAO = CharSignature.of("号");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(HAO) || !mayHoldNumber(u.text())) {
                continue;
            }
            String t = u.text();
            Matcher m = Lexicon.DOCUMENT_NUMBER_DAMAGED.matcher(t);
            while (m.find()) {
                String year = first(m, "year", "year2", "year3", "year4");
                String serial = first(m, "serial", "serial2", "serial3", "serial4");
                boolean yearLength = m.group("year4") != null;
                String found = t.substring(m.start() + 1, m.end());
                context.at(u.element())
                        .message(yearLength ? "year" : "message")
                        .param("found", found)
                        .param("expected", "〔" + year + "〕" + serial + "号")
                        .detail("found", found)
                        .detail("expected", "〔" + year + "〕" + serial + "号")
                        .range(m.start() + 1, m.end())
                        .fix(yearLength ? "fixYear" : "fix")
                        .report();
            }
        }
    }

    /**
     * Whether a 号 in {@code t} follows an ASCII digit, as every match of {@link Lexicon#DOCUMENT_NUMBER_DAMAGED} ends
     * ({@code 〔2024〕3号}): most texts that hold a 号 hold none so, and the pattern, which starts with any Han char,
     * is not tried in them.
     */
    static boolean mayHoldNumber(String t) {
        for (int i = t.indexOf('号', 1); i >= 0; i = t.indexOf('号', i + 1)) {
            char c = t.charAt(i - 1);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String first(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }
}
