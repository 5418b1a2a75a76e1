package io.github.fazhi.render.docx.internal;

import java.util.List;
import java.util.Optional;

/**
 * Where the unsealed sign-off goes (GB/T 9704-2012 §7.3.5.2), as right indents of right-aligned lines.
 *
 * <p>Widths are counted in characters: 1 for a Chinese character, ½ for a digit or Latin letter (set in
 * Times New Roman, whose digits are half an em wide). With {@code R} the name's distance from the right
 * edge (2), {@code S} the date's shift (2), {@code N} the widest issuer name and {@code D} the date:
 *
 * <ul>
 *   <li>normally every name line is right-aligned {@code R} characters in from the right edge, so the
 *       widest name starts at {@code C − R − N}; the date starts {@code S} characters right of it, so its
 *       right indent is {@code R + N − S − D};
 *   <li>when the date is longer than that allows ({@code D > N − S}), the date is right-aligned {@code R}
 *       characters in and the names move left to start {@code S} characters before it: their right indent
 *       is {@code R + D + S − N}.
 * </ul>
 *
 * Right alignment keeps the name's end exactly on its place whatever the real glyph widths are.
 *
 * @param nameRightHalfChars right indent of each issuer line, in half characters
 * @param dateRightHalfChars right indent of the date line, in half characters
 */
public record SignOffGeometry(int nameRightHalfChars, int dateRightHalfChars) {

    /** The geometry for {@code issuers} and {@code date}. */
    public static SignOffGeometry of(List<String> issuers, Optional<String> date, int rightChars, int shiftChars) {
        int n = 0;
        for (String i : issuers) {
            n = Math.max(n, TextWidth.halfChars(i));
        }
        int r = 2 * rightChars;
        int s = 2 * shiftChars;
        if (date.isEmpty() || issuers.isEmpty()) {
            return new SignOffGeometry(r, r);
        }
        int d = TextWidth.halfChars(date.get());
        if (d > n - s) {
            return new SignOffGeometry(r + d + s - n, r);
        }
        return new SignOffGeometry(r, r + n - s - d);
    }
}
