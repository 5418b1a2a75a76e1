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

/**
 * Rule {@code paired-punctuation-unbalanced}: in a paragraph (a heading, the title) a 书名号, quotation mark or
 * parenthesis opens and is not closed, or closes without having opened ({@code 法治日报》}, {@code 《中国税务报国家级…}).
 * The ASCII parentheses count as the full-width ones (copies turn one into the other; the width is
 * {@code halfwidth-punctuation}'s business), and a paragraph's leading label ({@code 1)}) is not a half of a
 * pair. One finding per paragraph, at the first mark out of place.
 */
@RuleDefinition(id = PairedPunctuationUnbalancedRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class PairedPunctuationUnbalancedRule extends ReportRule<PairedPunctuationUnbalancedRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "paired-punctuation-unbalanced";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PairedPunctuationUnbalancedRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A mark out of place: its offset, the mark, and the one its pair lacks. */
    record Stray(int offset, char mark, char missing, boolean unclosed) {}

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(MARKS)) {
                continue;
            }
            Optional<Stray> s = firstStray(u.text());
            if (s.isPresent()) {
                Stray st = s.get();
                context.at(u.element())
                        .message(st.unclosed() ? "message" : "unopened")
                        .param("mark", String.valueOf(st.mark()))
                        .param("missing", String.valueOf(st.missing()))
                        .param("excerpt", excerpt(u.text(), st.offset()))
                        .detail("mark", String.valueOf(st.mark()))
                        .detail("missing", String.valueOf(st.missing()))
                        .range(st.offset(), st.offset() + 1)
                        .fix(st.unclosed() ? "fix" : "fixUnopened")
                        .report();
            }
        }
    }

    private static String excerpt(String t, int i) {
        int from = Math.max(0, i - 8);
        int to = Math.min(t.length(), i + 9);
        return t.substring(from, to).strip();
    }

    /** The first mark out of place in {@code text}, if any. */
    /** The marks of {@link Lexicon#PAIRED_MARKS} and the ASCII brackets: a text with none has no stray. */
    static final long MARKS = CharSignature.of(String.join("", Lexicon.PAIRED_MARKS) + "()");

    /** A bit per char of {@link #OPENS}, {@link #CLOSES} and the ASCII brackets: what the walk looks at. */
    private static final long[] PAIRED = new long[1024];

    private static final String OPENS;
    private static final String CLOSES;

    static {
        StringBuilder opens = new StringBuilder();
        StringBuilder closes = new StringBuilder();
        for (String pair : Lexicon.PAIRED_MARKS) {
            opens.append(pair.charAt(0));
            closes.append(pair.charAt(1));
        }
        OPENS = opens.toString();
        CLOSES = closes.toString();
        for (char c : (OPENS + CLOSES + "()").toCharArray()) {
            PAIRED[c >>> 6] |= 1L << c;
        }
    }

    /**
     * The first mark out of place in {@code text}: every pair followed in one walk (each pair as {@link
     * #firstStrayPairByPair} follows it in a walk of its own).
     */
    static Optional<Stray> firstStray(String text) {
        int skip = leadingLabel(text);
        int pairs = OPENS.length();
        int paren = OPENS.indexOf('（');
        int[] depth = new int[pairs];
        int[] firstOpen = new int[pairs];
        Stray[] found = new Stray[pairs];
        for (int i = skip; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((PAIRED[c >>> 6] & (1L << c)) == 0) {
                continue; // no mark: most chars
            }
            int p;
            boolean opens;
            if (c == '(' || c == ')') {
                p = paren;
                opens = c == '(';
            } else if ((p = OPENS.indexOf(c)) >= 0) {
                opens = true;
            } else if ((p = CLOSES.indexOf(c)) >= 0) {
                opens = false;
            } else {
                continue;
            }
            if (found[p] != null) {
                continue;
            }
            if (opens) {
                if (depth[p] == 0) {
                    firstOpen[p] = i;
                }
                depth[p]++;
            } else if (depth[p] == 0 && p == paren && closesALabel(text, i)) {
                // 1) or 二） inside a paragraph: an enumeration label, which has no opening half
            } else if (depth[p] == 0) {
                found[p] = new Stray(i, c, c == ')' ? '(' : OPENS.charAt(p), false);
            } else {
                depth[p]--;
            }
        }
        Optional<Stray> best = Optional.empty();
        for (int p = 0; p < pairs; p++) {
            Stray s = found[p];
            if (s == null && depth[p] > 0) {
                char mark = text.charAt(firstOpen[p]);
                s = new Stray(firstOpen[p], mark, mark == '(' ? ')' : CLOSES.charAt(p), true);
            }
            if (s != null && (best.isEmpty() || s.offset() < best.get().offset())) {
                best = Optional.of(s);
            }
        }
        return best;
    }

    /** {@link #firstStray} walking the text once per pair: the reference the one walk is tested against. */
    static Optional<Stray> firstStrayPairByPair(String text) {
        int skip = leadingLabel(text);
        Optional<Stray> best = Optional.empty();
        for (String pair : Lexicon.PAIRED_MARKS) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            boolean paren = open == '（';
            if (absent(text, skip, open, close) && (!paren || absent(text, skip, '(', ')'))) {
                continue; // neither half of the pair: nothing out of place (a fast search, not a walk)
            }
            int depth = 0;
            int firstOpen = -1;
            Stray found = null;
            for (int i = skip; i < text.length() && found == null; i++) {
                char c = text.charAt(i);
                if (c == open || (paren && c == '(')) {
                    if (depth == 0) {
                        firstOpen = i;
                    }
                    depth++;
                } else if (c == close || (paren && c == ')')) {
                    if (depth == 0 && paren && closesALabel(text, i)) {
                        // 1) or 二） inside a paragraph: an enumeration label, which has no opening half
                        continue;
                    }
                    if (depth == 0) {
                        found = new Stray(i, c, c == ')' ? '(' : open, false);
                    } else {
                        depth--;
                    }
                }
            }
            if (found == null && depth > 0) {
                char mark = text.charAt(firstOpen);
                found = new Stray(firstOpen, mark, mark == '(' ? ')' : close, true);
            }
            if (found != null && (best.isEmpty() || found.offset() < best.get().offset())) {
                best = Optional.of(found);
            }
        }
        return best;
    }

    private static boolean absent(String text, int from, char open, char close) {
        return text.indexOf(open, from) < 0 && text.indexOf(close, from) < 0;
    }

    /** The length of a label such as {@code 1)} or {@code 二）} opening the text (its opening half is not printed). */
    private static int leadingLabel(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int digits = i;
        while (digits < text.length() && digits - i < 3 && isNumeral(text.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < text.length() && (text.charAt(digits) == ')' || text.charAt(digits) == '）')) {
            return digits + 1;
        }
        return 0;
    }

    /** Whether the {@code )} at {@code i} closes a label such as {@code ；2)} that starts a clause. */
    private static boolean closesALabel(String text, int i) {
        int j = i - 1;
        while (j >= 0 && i - j <= 3 && isNumeral(text.charAt(j))) {
            j--;
        }
        if (j == i - 1) {
            return false;
        }
        return j < 0 || "，,；;：:。、 ".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || Lexicon.INLINE_MARKER_NUMERALS.indexOf(c) >= 0;
    }
}
