package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.PageFurniture;
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
import java.util.Optional;

/**
 * Rule {@code plan-year-stale}: the plan part (item 4) sets its work in the reporting year or before
 * ({@code 2021年，我办将……} in the 2021 report), as a plan copied from the year before does: the plan must speak
 * of the next year. Only a year that opens a sentence as its time ({@code 2021年，}) with planned work in it
 * counts; a year in a range, a "since" or a looking back ({@code 在2021年工作基础上}) does not.
 */
@RuleDefinition(id = PlanYearStaleRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class PlanYearStaleRule extends ReportRule<PlanYearStaleRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "plan-year-stale";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PlanYearStaleRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.reportingYear().isEmpty()) {
            return;
        }
        int year = report.reportingYear().getAsInt();
        for (Section plan : report.sections(SectionKind.NEXT_YEAR_PLAN)) {
            if (checkSection(plan, year, context)) {
                return;
            }
        }
    }

    /** Checks the section and those below it, reporting the first stale year; true when it found one. */
    private static boolean checkSection(Section s, int year, RuleContext context) {
        if (s.kind() != SectionKind.NEXT_YEAR_PLAN) {
            Optional<Texts.Year> y = staleYear(s.heading(), year);
            if (y.isPresent()) {
                report(context, s, s.heading(), y.get(), year);
                return true;
            }
        }
        for (Block b : s.blocks()) {
            if (b instanceof PageFurniture) {
                continue;
            }
            Optional<Texts.Year> y = staleYear(b.text(), year);
            if (y.isPresent()) {
                report(context, b, b.text(), y.get(), year);
                return true;
            }
        }
        for (Section sub : s.subsections()) {
            if (checkSection(sub, year, context)) {
                return true;
            }
        }
        return false;
    }

    private static void report(
            RuleContext context, io.github.fazhi.core.Element e, String text, Texts.Year y, int year) {
        context.at(e)
                .param("found", y.year())
                .param("expected", year + 1)
                .param("excerpt", Texts.shorten(text.substring(y.start()), 24))
                .detail("found", y.year())
                .detail("expected", year + 1)
                .range(y.start(), y.end())
                .fix()
                .report();
    }

    /** The first year up to {@code year} that opens a sentence of planned work in {@code text}. */
    static Optional<Texts.Year> staleYear(String text, int year) {
        if (text.indexOf('年') < 0) {
            return Optional.empty();
        }
        for (Texts.Year y : Texts.years(text)) {
            if (y.year() > year || y.inRange() || y.since()) {
                continue;
            }
            if (!opensSentence(text, y.start()) || !followedByComma(text, y.end())) {
                continue;
            }
            String sentence = Texts.firstSentence(text.substring(y.end()));
            if (Lexicon.containsAny(sentence, Lexicon.INTENT_WORDS)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean followedByComma(String text, int end) {
        return end < text.length() && (text.charAt(end) == '，' || text.charAt(end) == ',');
    }

    private static final String SENTENCE_ENDS = "。！？；!?;：:";
}
