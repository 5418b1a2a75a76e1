package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.Lexicon;
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
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code not-annual}: the title or a heading of items 1 to 3 shows the report covers other than one
 * calendar year (上半年, 季度, 五年, a range of years).
 */
@RuleDefinition(id = NotAnnualRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class NotAnnualRule extends ReportRule<NotAnnualRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "not-annual";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NotAnnualRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final Pattern NOT_ANNUAL = Lexicon.NOT_ANNUAL;

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        report.title().ifPresent(t -> check(context, t, t.text()));
        report.allSections()
                .filter(s -> s.kind() == SectionKind.MEASURES_AND_RESULTS
                        || s.kind() == SectionKind.SHORTCOMINGS_AND_CAUSES
                        || s.kind() == SectionKind.FIRST_RESPONSIBLE_PERSON)
                .forEach(s -> check(context, s, s.heading()));
    }

    private static void check(RuleContext context, Element element, String text) {
        find(text)
                .ifPresent(m -> context.at(element)
                        .param("found", m.group())
                        .detail("found", m.group())
                        .range(m.start(), m.end())
                        .fix()
                        .report());
    }

    /**
     * Every match of {@link Lexicon#NOT_ANNUAL} holds one of these: 半 (上半年, 半年度), 季 (季度), 五 (五年, 十四五),
     * 月 (1-6月, 一至三月) or 年 (2021-2025年).
     */
    private static final String MARKERS = "半季五月年";

    /**
     * {@link Lexicon#NOT_ANNUAL}, tried only where a match can start: 上半年, 下半年, 半年, 前三季, 第…季度 or 一季度
     * (also 1-4 and １-４), 季度, 五年, 十四五, 1-6月 or １-6月, 一至三月 (一 to 十), 2021-2025年 (1 or 2). A plain
     * find tries every alternative at every char (Java's regex has no first-char index for it).
     */
    private static final StartChars STARTS = new StartChars(NOT_ANNUAL, "上下半前第季五十一二三四六七八九1234１２３４");

    /**
     * The first match of {@link Lexicon#NOT_ANNUAL} in {@code text}, as {@code find()} gives it: searched only in a
     * text holding a marker, and there only where a match can start.
     */
    static Optional<MatchResult> find(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (MARKERS.indexOf(text.charAt(i)) >= 0) {
                return STARTS.first(text);
            }
        }
        return Optional.empty();
    }

    /** {@link #find} by the pattern alone: the reference the marker check is tested against. */
    static Optional<MatchResult> findByPattern(String text) {
        Matcher m = NOT_ANNUAL.matcher(text);
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }
}
