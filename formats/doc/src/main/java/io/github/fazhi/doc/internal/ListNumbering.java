package io.github.fazhi.doc.internal;

import io.github.fazhi.core.ChineseNumerals;
import java.util.HashMap;
import java.util.Map;

/**
 * Word's automatic list numbering as a reader sees it: counts the items of each list ({@code lsid}) level by
 * level in document order, restarting a level below each item of a higher level, and formats the label
 * from the level's template ({@code %1、}, {@code （%2）}) and number format (MS-DOC {@code nfc}), the
 * Chinese ones included: LibreOffice writes {@code 一、二、三} as {@code taiwaneseCountingThousand} (0x23),
 * Word and WPS as {@code chineseCounting} (0x25) or {@code chineseCountingThousand} (0x27). Not
 * thread-safe: one per document.
 */
final class ListNumbering {

    // MS-DOC number formats (the nfc of a list level); all others read as decimal
    static final int UPPER_ROMAN = 0x01;
    static final int LOWER_ROMAN = 0x02;
    static final int UPPER_LETTER = 0x03;
    static final int LOWER_LETTER = 0x04;
    static final int IDEOGRAPH_DIGITAL = 0x0A;
    static final int JAPANESE_COUNTING = 0x0B;
    static final int DECIMAL_FULL_WIDTH = 0x0E;
    static final int DECIMAL_ENCLOSED_CIRCLE = 0x12;
    static final int DECIMAL_FULL_WIDTH2 = 0x13;
    static final int DECIMAL_ZERO = 0x16;
    static final int BULLET = 0x17;
    static final int DECIMAL_ENCLOSED_FULLSTOP = 0x1A;
    static final int DECIMAL_ENCLOSED_PAREN = 0x1B;
    static final int DECIMAL_ENCLOSED_CIRCLE_CHINESE = 0x1C;
    static final int IDEOGRAPH_ENCLOSED_CIRCLE = 0x1D;
    static final int IDEOGRAPH_TRADITIONAL = 0x1E;
    static final int IDEOGRAPH_ZODIAC = 0x1F;
    static final int TAIWANESE_COUNTING = 0x21;
    static final int IDEOGRAPH_LEGAL_TRADITIONAL = 0x22;
    static final int TAIWANESE_COUNTING_THOUSAND = 0x23;
    static final int TAIWANESE_DIGITAL = 0x24;
    static final int CHINESE_COUNTING = 0x25;
    static final int CHINESE_LEGAL_SIMPLIFIED = 0x26;
    static final int CHINESE_COUNTING_THOUSAND = 0x27;
    static final int NONE = 0xFF;

    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
    private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";

    /** The levels of one list in a document: its counters, and formats and starts as last seen. */
    private static final class ListState {
        final int[] counters = new int[9];
        final boolean[] started = new boolean[9];
        final int[] formats = new int[9];
    }

    private final Map<Integer, ListState> lists = new HashMap<>();

    /** What the list machinery of HWPF says about one numbered paragraph. */
    interface Level {
        /** The list's id. */
        int listId();

        /** The level, 0 to 8. */
        int level();

        /** The number format of {@code level}. */
        int format(int level);

        /** The template of the paragraph's level: placeholders U+0000 to U+0008 stand for the levels' numbers. */
        String template();

        /** The number {@code level} starts at. */
        int startAt(int level);
    }

    /**
     * The label of the next item at {@code item}'s level, as printed ({@code 一、}, {@code （二）}, {@code 3.});
     * empty for bullets and levels without a number.
     */
    String next(Level item) {
        int level = Math.max(0, Math.min(8, item.level()));
        ListState state = lists.computeIfAbsent(item.listId(), k -> new ListState());
        state.counters[level] = state.started[level] ? state.counters[level] + 1 : item.startAt(level);
        state.started[level] = true;
        state.formats[level] = item.format(level);
        for (int deeper = level + 1; deeper < 9; deeper++) {
            state.started[deeper] = false;
        }
        int format = item.format(level);
        if (format == BULLET) {
            return "";
        }
        String template = item.template();
        StringBuilder label = new StringBuilder(template.length() + 4);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c <= 8) {
                int referenced = c;
                int number = referenced <= level && state.started[referenced]
                        ? state.counters[referenced]
                        : item.startAt(referenced);
                int nfc = referenced == level ? format : item.format(referenced);
                label.append(format(number, nfc));
            } else if (c >= 0xF000 && c <= 0xF0FF) {
                // a symbol-font glyph (bullets): no text a reader would read
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** {@code n} in the MS-DOC number format {@code nfc}; decimal for formats without a Chinese reading. */
    static String format(int n, int nfc) {
        if (n < 0) {
            n = 0;
        }
        return switch (nfc) {
            case UPPER_ROMAN -> roman(n).toUpperCase(java.util.Locale.ROOT);
            case LOWER_ROMAN -> roman(n);
            case UPPER_LETTER -> letters(n, 'A');
            case LOWER_LETTER -> letters(n, 'a');
            case DECIMAL_FULL_WIDTH, DECIMAL_FULL_WIDTH2 -> fullWidth(Integer.toString(n));
            case DECIMAL_ZERO -> n < 10 ? "0" + n : Integer.toString(n);
            case DECIMAL_ENCLOSED_CIRCLE, DECIMAL_ENCLOSED_CIRCLE_CHINESE -> enclosed(n, 0x2460, 20);
            case DECIMAL_ENCLOSED_FULLSTOP -> enclosed(n, 0x2488, 20);
            case DECIMAL_ENCLOSED_PAREN -> enclosed(n, 0x2474, 20);
            case IDEOGRAPH_ENCLOSED_CIRCLE -> enclosed(n, 0x3220, 10);
            case IDEOGRAPH_TRADITIONAL -> cyclic(n, TIANGAN);
            case IDEOGRAPH_ZODIAC -> cyclic(n, DIZHI);
            case JAPANESE_COUNTING,
                    TAIWANESE_COUNTING,
                    TAIWANESE_COUNTING_THOUSAND,
                    CHINESE_COUNTING,
                    CHINESE_COUNTING_THOUSAND -> n >= 1 && n <= 9999 ? ChineseNumerals.format(n) : Integer.toString(n);
            case IDEOGRAPH_DIGITAL, TAIWANESE_DIGITAL -> digits(n, DIGITS);
            case CHINESE_LEGAL_SIMPLIFIED -> legal(n, LEGAL_SIMPLIFIED, "拾佰仟");
            case IDEOGRAPH_LEGAL_TRADITIONAL -> legal(n, LEGAL_TRADITIONAL, "拾佰仟");
            case NONE, BULLET -> "";
            default -> Integer.toString(n);
        };
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return Integer.toString(n);
        }
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        String[] hundreds = {"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"};
        return "m".repeat(n / 1000) + hundreds[n / 100 % 10] + tens[n / 10 % 10] + ones[n % 10];
    }

    private static String letters(int n, char a) {
        if (n < 1) {
            return Integer.toString(n);
        }
        // Word repeats the letter: a … z, aa … zz
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            out.append((char) (digits.charAt(i) - '0' + '０'));
        }
        return out.toString();
    }

    private static String enclosed(int n, int first, int count) {
        return n >= 1 && n <= count ? new String(Character.toChars(first + n - 1)) : Integer.toString(n);
    }

    private static String cyclic(int n, String symbols) {
        return n >= 1 ? String.valueOf(symbols.charAt((n - 1) % symbols.length())) : Integer.toString(n);
    }

    private static String digits(int n, String digits) {
        String d = Integer.toString(n);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            out.append(digits.charAt(d.charAt(i) - '0'));
        }
        return out.toString();
    }

    /** 壹, 拾, 拾壹, 贰拾, 壹佰零壹: the financial numerals, for 1 to 9999. */
    private static String legal(int n, String digits, String units) {
        if (n < 1 || n > 9999) {
            return Integer.toString(n);
        }
        String counting = ChineseNumerals.format(n);
        StringBuilder out = new StringBuilder(counting.length() + 1);
        if (counting.startsWith("十")) {
            out.append(digits.charAt(1));
        }
        for (int i = 0; i < counting.length(); i++) {
            char c = counting.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                out.append(digits.charAt(d));
            } else if (c == '零') {
                out.append(digits.charAt(0));
            } else if (c == '十') {
                out.append(units.charAt(0));
            } else if (c == '百') {
                out.append(units.charAt(1));
            } else if (c == '千') {
                out.append(units.charAt(2));
            }
        }
        return out.toString();
    }
}
