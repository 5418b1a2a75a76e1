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
import java.util.OptionalInt;
import java.util.regex.Matcher;

/**
 * Rule {@code encoding-damage}: characters lost in an encoding conversion: U+FFFD, a private-use char, the
 * signatures of a wrong charset ({@code 锟斤拷}, {@code Ã©}), or a {@code ?} standing for a Chinese character
 * ({@code ?,F将} for 现将, {@code 依?行政}). A {@code ?} that ends a real question ({@code 好不好?}, {@code 是否合法?})
 * is left alone. One finding per paragraph, at the first damaged spot.
 */
@RuleDefinition(id = EncodingDamageRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class EncodingDamageRule extends ReportRule<EncodingDamageRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "encoding-damage";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = EncodingDamageRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * What {@link #firstDamage} looks for: U+FFFD, the private-use area, a {@code ?}, and the chars its mojibake
     * search needs (锟, 烫, 屯, a Latin-1 letter); a text with none of them has no damage it finds.
     */
    static final long DAMAGE = CharSignature.of("\uFFFD\uE000?锟烫屯\u00C2");

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        for (Texts.Unit u : Texts.units(report)) {
            if (!u.holdsAny(DAMAGE)) {
                continue;
            }
            OptionalInt at = firstDamage(u.text());
            if (at.isPresent()) {
                int i = at.getAsInt();
                String t = u.text();
                int from = Math.max(0, i - 6);
                int to = Math.min(t.length(), i + 6);
                context.at(u.element())
                        .param("excerpt", t.substring(from, to).strip())
                        .detail("offset", i)
                        .range(i, i + 1)
                        .fix()
                        .report();
            }
        }
    }

    /** The offset of the first damaged char in {@code text}, if any. */
    static OptionalInt firstDamage(String text) {
        int best = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
                best = i;
                break;
            }
            if (c == '?' && lostChar(text, i)) {
                best = i;
                break;
            }
        }
        if (text.indexOf('锟') >= 0 || text.indexOf('烫') >= 0 || text.indexOf('屯') >= 0 || hasLatin1(text)) {
            Matcher m = Lexicon.MOJIBAKE.matcher(text);
            if (m.find() && (best < 0 || m.start() < best)) {
                best = m.start();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static boolean hasLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00EF') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the {@code ?} at {@code i} stands for a char the conversion lost rather than ending a question
     * (then it is damage, not a half-width question mark).
     */
    static boolean lostChar(String text, int i) {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        boolean hanBefore = Texts.isHan(prev);
        boolean hanAfter = Texts.isHan(next);
        if (next == '?' || (hanBefore || hanAfter) && (isAsciiLetter(next) || ",.;:!".indexOf(next) >= 0)) {
            // ?? or ?,F: a two-byte char read one byte at a time
            return true;
        }
        if (!hanBefore || !hanAfter) {
            return false;
        }
        return !isQuestion(text, i);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Whether the clause before {@code ?} at {@code i} asks a question (吗, 如何, 是否, 好不好). */
    private static boolean isQuestion(String text, int i) {
        int from = i - 1;
        while (from >= 0 && "。！？；，!;,".indexOf(text.charAt(from)) < 0) {
            from--;
        }
        String clause = text.substring(from + 1, i);
        for (int k = 0; k < clause.length(); k++) {
            if (Lexicon.QUESTION_ENDINGS.indexOf(clause.charAt(k)) >= 0) {
                return true;
            }
            if (k + 2 < clause.length() && clause.charAt(k + 1) == '不' && clause.charAt(k) == clause.charAt(k + 2)) {
                return true;
            }
        }
        return false;
    }
}
