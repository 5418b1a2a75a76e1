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
 * <p>With a seal (§7.3.5.1, {@link #sealed}) the date is right-aligned {@code 4} characters in (右空四字) and
 * every issuer name is centred over the date: its right indent is {@code 4 + (D − N) / 2}, never below 0.
 *
 * @param nameRightHalfChars right indent of the widest (right-aligned) issuer line, in half characters
 * @param dateLeftAligned whether the date is left-aligned with a left indent (else right-aligned)
 * @param dateIndentHalfChars the date's left indent (left-aligned) or right indent (right-aligned)
 * @param centredOnDate whether each name is centred over the date (the sealed layout) rather than all names
 *     right-aligned at {@code nameRightHalfChars}
 * @param dateHalfChars the date's width in half characters (0 without a date)
 */
public record SignOffGeometry(
        int nameRightHalfChars,
        boolean dateLeftAligned,
        int dateIndentHalfChars,
        boolean centredOnDate,
        int dateHalfChars) {

    /** The unsealed geometry with the date's width unknown (as before there was a sealed one). */
    public SignOffGeometry(int nameRightHalfChars, boolean dateLeftAligned, int dateIndentHalfChars) {
        this(nameRightHalfChars, dateLeftAligned, dateIndentHalfChars, false, 0);
    }

    /**
     * The right indent of the line of {@code issuer}, in half characters: {@link #nameRightHalfChars()} when
     * names are right-aligned, else the indent that centres the name over the date.
     */
    public int nameRightHalfChars(String issuer) {
        if (!centredOnDate) {
            return nameRightHalfChars;
        }
        return Math.max(0, dateIndentHalfChars + Math.floorDiv(dateHalfChars - TextWidth.halfChars(issuer), 2));
    }

    /**
     * The sealed geometry (§7.3.5.1): the date right-aligned {@code dateRightChars} characters in, each name
     * centred over it. Without a date the names stand {@code dateRightChars} characters in.
     */
    public static SignOffGeometry sealed(List<String> issuers, Optional<String> date, int dateRightChars) {
        int r = 2 * dateRightChars;
        if (date.isEmpty()) {
            return new SignOffGeometry(r, false, r, false, 0);
        }
        int d = TextWidth.halfChars(date.get());
        int widest = 0;
        for (String i : issuers) {
            widest = Math.max(widest, TextWidth.halfChars(i));
        }
        return new SignOffGeometry(Math.max(0, r + Math.floorDiv(d - widest, 2)), false, r, true, d);
    }

    /** The geometry {@code layout} asks for: {@link #sealed} or {@link #of}, by its sign-off layout. */
    public static SignOffGeometry of(List<String> issuers, Optional<String> date, LayoutProfile layout) {
        if (layout.signOffLayout() == LayoutProfile.SignOffLayout.SEALED) {
            return sealed(issuers, date, layout.sealedDateRightChars());
        }
        return of(issuers, date, layout.charsPerLine(), layout.signOffRightChars(), layout.signOffDateShiftChars());
    }

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
            return new SignOffGeometry(r, false, r, false, 0);
        }
        int d = TextWidth.halfChars(date.get());
        if (d > n - s) {
            return new SignOffGeometry(r + d + s - n, false, r, false, d);
        }
        return new SignOffGeometry(r, true, Math.max(0, c - r - n + s), false, d);
    }
}
