package io.github.fazhi.render.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where the unsealed sign-off goes (GB/T 9704-2012 §7.3.5.2).
 *
 * <p>Widths are counted in characters: 1 for a Chinese character, ½ for a digit or Latin letter (set in
 * Times New Roman, whose digits are half an em wide). With {@code C} the characters per line (28),
 * {@code R} the name's distance from the right edge (2), {@code S} the date's shift (2), {@code N} the widest
 * issuer name and {@code D} the date:
 *
 * <ul>
 *   <li>normally every issuer line is right-aligned {@code R} characters in from the right edge, so the
 *       widest name starts at {@code C − R − N}; the date is left-aligned and starts {@code S} characters
 *       right of that, at {@code C − R − N + S} (a left indent). Both positions depend only on the names,
 *       whose Chinese characters have exact widths, so the date's first character lands where the standard
 *       puts it whatever width the digits take;
 *   <li>when the date is longer than that leaves room for ({@code D > N − S}), the date is right-aligned
 *       {@code R} characters in and the names move left to start {@code S} characters before it: their right
 *       indent is {@code R + D + S − N}.
 * </ul>
 *
 * @param nameRightHalfChars right indent of each (right-aligned) issuer line, in half characters
 * @param dateLeftAligned whether the date is left-aligned with a left indent (else right-aligned)
 * @param dateIndentHalfChars the date's left indent (left-aligned) or right indent (right-aligned)
 */
public record SignOffGeometry(int nameRightHalfChars, boolean dateLeftAligned, int dateIndentHalfChars) {

    /** The geometry for {@code issuers} and {@code date} on lines of {@code charsPerLine} characters. */
    public static SignOffGeometry of(
            List<String> issuers, Optional<String> date, int charsPerLine, int rightChars, int shiftChars) {
        int n = 0;
        for (String i : issuers) {
            n = Math.max(n, TextWidth.halfChars(i));
        }
        int c = 2 * charsPerLine;
        int r = 2 * rightChars;
        int s = 2 * shiftChars;
        if (date.isEmpty() || issuers.isEmpty()) {
            return new SignOffGeometry(r, false, r);
        }
        int d = TextWidth.halfChars(date.get());
        if (d > n - s) {
            return new SignOffGeometry(r + d + s - n, false, r);
        }
        return new SignOffGeometry(r, true, Math.max(0, c - r - n + s));
    }
}
