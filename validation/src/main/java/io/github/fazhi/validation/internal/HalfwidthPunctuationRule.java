package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Finding;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code halfwidth-punctuation}: ASCII punctuation , : ; ( ) ? ! stands between Chinese characters, where
 * the full-width form belongs.
 */
@RuleDefinition(id = HalfwidthPunctuationRule.ID, severity = Severity.INFO, category = RuleCategory.STYLE)
public final class HalfwidthPunctuationRule extends ReportRule<HalfwidthPunctuationRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "halfwidth-punctuation";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = HalfwidthPunctuationRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    private static final String BETWEEN = ",:;?!";
    private static final String FULL = "，：；？！";

    /** The ASCII marks {@link #hits} counts: {@link #BETWEEN} and the round brackets. */
    static final long ASCII_MARKS = CharSignature.of(BETWEEN + "()");

    /** Per text unit: how many marks, the first one's offset, which marks. */
    private record Hits(Texts.Unit unit, int count, int first, Set<String> chars) {}

    /**
     * Whether the whole text uses ASCII marks with no full-width mark anywhere, the case this rule reports once
     * for the whole text; other rules leave ASCII forms of their own marks (the parentheses of {@code (一)}) to
     * that finding.
     */
    static boolean asciiThroughout(AnnualReport report) {
        int units = 0;
        for (Texts.Unit u : Texts.units(report)) {
            if (u.text().chars().anyMatch(c -> FULL.indexOf(c) >= 0 || c == '（' || c == '）')) {
                return false;
            }
            if (hits(u).count() > 0) {
                units++;
            }
        }
        return units >= THROUGHOUT;
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        List<Texts.Unit> units = Texts.units(report);
        List<Hits> hits = new ArrayList<>();
        boolean anyFullWidth = false;
        for (Texts.Unit u : units) {
            // once one full-width mark is seen the text is not ASCII throughout: no need to look again
            anyFullWidth = anyFullWidth || hasFullWidthMark(u.text());
            if (!u.holdsAny(ASCII_MARKS)) {
                continue; // no mark it counts
            }
            Hits h = hits(u);
            if (h.count() > 0) {
                hits.add(h);
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        if (!anyFullWidth && hits.size() >= THROUGHOUT) {
            // the whole text uses ASCII marks (typed so, or converted on the way): one finding, not one a paragraph
            int count = hits.stream().mapToInt(Hits::count).sum();
            Set<String> chars = new LinkedHashSet<>();
            hits.forEach(h -> chars.addAll(h.chars()));
            // about the whole text, pointing at its first mark, with every other passage as a place
            Hits firstHit = hits.get(0);
            RuleContext.FindingBuilder t = context.at(firstHit.unit().element())
                    .range(firstHit.first(), firstHit.first() + 1)
                    .message("throughout")
                    .param("count", count)
                    .param("elements", hits.size())
                    .param("found", String.join(" ", chars))
                    .param("expected", fullWidth(chars))
                    .detail("count", count)
                    .detail("found", List.copyOf(chars))
                    .detail(
                            "elementIds",
                            hits.stream().map(h -> h.unit().element().id()).toList());
            for (Hits h : hits.subList(1, hits.size())) {
                t.also(h.unit().element(), h.first(), h.first() + 1);
            }
            t.fix().report();
            return;
        }
        // one finding with every paragraph as a place, pointing at the first mark of each
        int count = hits.stream().mapToInt(Hits::count).sum();
        Set<String> chars = new LinkedHashSet<>();
        hits.forEach(h -> chars.addAll(h.chars()));
        Hits first = hits.get(0);
        RuleContext.FindingBuilder b = context.at(first.unit().element())
                .message(hits.size() > 1 ? "repeated" : "message")
                .param("count", count)
                .param("elements", hits.size())
                .param("found", String.join(" ", chars))
                .param("expected", fullWidth(chars))
                .detail("count", count)
                .detail("found", List.copyOf(chars))
                .range(first.first(), first.first() + 1);
        for (Hits h : hits.subList(1, hits.size())) {
            b.also(h.unit().element(), h.first(), h.first() + 1);
        }
        b.fix().report();
    }

    private static boolean hasFullWidthMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && (c == '（' || c == '）' || FULL.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code f} is this rule's finding that the whole text uses ASCII marks (a text typed or converted
     * so), rather than a passage that does: only that finding lists the passages as {@code elementIds}.
     */
    static boolean isThroughout(Finding f) {
        return f.ruleId().equals(ID) && f.detail().containsKey("elementIds");
    }

    /** How many text units must carry ASCII marks, with no full-width mark anywhere, for one finding on the report. */
    private static final int THROUGHOUT = 3;

    private static Hits hits(Texts.Unit u) {
        String t = u.text();
        int count = 0;
        int first = -1;
        Set<String> chars = new LinkedHashSet<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean hit;
            if (c >= 0x80) {
                // BETWEEN and the brackets are ASCII: most chars of a report need no look-up
                hit = false;
            } else if (BETWEEN.indexOf(c) >= 0) {
                // a ? standing for a lost char is encoding-damage's finding, not a half-width question mark
                hit = Texts.isHanAt(t, i - 1)
                        && Texts.isHanAt(t, i + 1)
                        && !(c == '?' && EncodingDamageRule.lostChar(t, i));
            } else if (c == '(' || c == ')') {
                hit = Texts.isHanAt(t, i - 1) || Texts.isHanAt(t, i + 1);
            } else {
                hit = false;
            }
            if (hit) {
                count++;
                chars.add(String.valueOf(c));
                if (first < 0) {
                    first = i;
                }
            }
        }
        return new Hits(u, count, first, chars);
    }

    private static String fullWidth(Set<String> chars) {
        List<String> full = new ArrayList<>();
        for (String c : chars) {
            full.add(c.equals("(") ? "（" : c.equals(")") ? "）" : String.valueOf(FULL.charAt(BETWEEN.indexOf(c))));
        }
        return String.join(" ", full);
    }
}
