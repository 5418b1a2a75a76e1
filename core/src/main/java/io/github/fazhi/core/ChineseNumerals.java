package io.github.fazhi.core;

import java.util.OptionalInt;

/**
 * Chinese numerals as used in heading labels and dates: {@code 一 … 十, 十一, 二十, 二十一, 九十九, 一百,
 * 一百零一}.
 *
 * <pre>{@code
 * ChineseNumerals.format(21);     // "二十一"
 * ChineseNumerals.parse("十一");   // OptionalInt[11]
 * ChineseNumerals.parseDigits("二〇二二"); // OptionalInt[2022]
 * }</pre>
 */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /**
     * Formats {@code n} (1 to 9999) the way a heading counts: {@code 十} for 10, {@code 十一} for 11 (not
     * {@code 一十一}), {@code 一百零一} for 101.
     *
     * @throws IllegalArgumentException when {@code n} is outside 1 to 9999
     */
    public static String format(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("Chinese numerals are formatted for 1 to 9999, not " + n);
        }
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] units = {"千", "百", "十", ""};
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                if (out.length() > 0) {
                    pendingZero = true;
                }
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            if (!(d == 1 && i == 2 && out.length() == 0)) {
                out.append(DIGITS.charAt(d));
            }
            out.append(units[i]);
        }
        return out.toString();
    }

    /**
     * Parses a counting numeral such as {@code 十一}, {@code 二十}, {@code 一百零一}; also accepts
     * {@code 两} and {@code 〇}/{@code 零}. Empty when the text is not such a numeral.
     */
    public static OptionalInt parse(CharSequence text) {
        if (text.length() == 0 || text.length() > 12) {
            return OptionalInt.empty();
        }
        int total = 0;
        int current = -1;
        int lastUnit = 10_000;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                if (current >= 0 && digit != 0) {
                    return OptionalInt.empty();
                }
                current = digit == 0 ? (current >= 0 ? current : -1) : digit;
                continue;
            }
            int unit = unit(c);
            if (unit < 0 || unit >= lastUnit) {
                return OptionalInt.empty();
            }
            int multiplier = current >= 0 ? current : (unit == 10 && total == 0 ? 1 : -1);
            if (multiplier <= 0) {
                return OptionalInt.empty();
            }
            total += multiplier * unit;
            current = -1;
            lastUnit = unit;
        }
        if (current > 0) {
            total += current;
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    /**
     * Parses digit-by-digit numerals as dates write them: {@code 二〇二二} is 2022, {@code 一} is 1.
     * Also accepts counting numerals ({@code 十二}, {@code 二十五}) for months and days.
     */
    public static OptionalInt parseDigits(CharSequence text) {
        if (text.length() == 0) {
            return OptionalInt.empty();
        }
        boolean allDigits = true;
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i)) < 0) {
                allDigits = false;
                break;
            }
        }
        if (!allDigits) {
            return parse(text);
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + digit(text.charAt(i));
        }
        return OptionalInt.of(value);
    }

    /** Whether {@code c} is a Chinese digit or unit character. */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }
}
