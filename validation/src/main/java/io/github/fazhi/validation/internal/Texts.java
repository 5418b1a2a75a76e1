package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers the rules share. */
public final class Texts {

    /** A year written {@code 2024年} or {@code 2024年度} (also with Chinese digits, {@code 二〇二四年}). */
    private static final Pattern YEAR = Lexicon.YEAR;

    private static final String RANGE_MARKS = Lexicon.YEAR_RANGE_MARKS;

    private Texts() {}

    /**
     * A piece of the report's text and the element it belongs to, with the {@link CharSignature} of its text
     * (found once, when the units are collected).
     */
    public static final class Unit {
        private final Element element;
        private final String text;
        private final long signature;

        public Unit(Element element, String text) {
            this.element = Objects.requireNonNull(element, "element");
            this.text = Objects.requireNonNull(text, "text");
            this.signature = CharSignature.signature(text);
        }

        /** The element the text belongs to. */
        public Element element() {
            return element;
        }

        /** The text. */
        public String text() {
            return text;
        }

        /**
         * Whether the text holds one of {@code markers} ({@link CharSignature#of}); when not, no match that must
         * contain one of them is in it.
         */
        public boolean holdsAny(long markers) {
            return CharSignature.holdsAny(signature, markers);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Unit u && u.element.equals(element) && u.text.equals(text);
        }

        @Override
        public int hashCode() {
            return 31 * element.hashCode() + text.hashCode();
        }

        @Override
        public String toString() {
            return "Unit[element=" + element.id() + ", text=" + text + "]";
        }
    }

    /** A year written in a text, at {@code start} to {@code end}. */
    public record Year(int year, int start, int end, boolean inRange, boolean since) {}

    /**
     * Every piece of text in document order: header lines, the title, the preamble, each section's heading
     * (without its label) and paragraphs, the sign-off (issuers and date, one a line) and what follows it.
     * Page furniture is not the report's text and is left out.
     */
    public static List<Unit> units(AnnualReport report) {
        return ReportMemo.get(report, ReportMemo.UNITS);
    }

    /** {@link #collectUnits}, unmodifiable: what {@link #units} keeps for the validation. */
    static List<Unit> collectUnitsUnmodifiable(AnnualReport report) {
        return Collections.unmodifiableList(collectUnits(report));
    }

    /** {@link #units} collected afresh: the reference the kept units are tested against. */
    static List<Unit> collectUnits(AnnualReport report) {
        List<Unit> out = new ArrayList<>();
        report.walk().forEach(e -> {
            if (e instanceof HeaderLine h) {
                if (h.kind() != HeaderLineKind.FURNITURE) {
                    out.add(new Unit(h, h.text()));
                }
            } else if (e instanceof Title t) {
                out.add(new Unit(t, t.text()));
            } else if (e instanceof Section s) {
                out.add(new Unit(s, s.heading()));
            } else if (e instanceof Block b && !(b instanceof PageFurniture)) {
                out.add(new Unit(b, b.text()));
            } else if (e instanceof SignOff so) {
                List<String> lines = new ArrayList<>(so.issuers());
                so.dateText().ifPresent(lines::add);
                out.add(new Unit(so, String.join("\n", lines)));
            }
        });
        return out;
    }

    /** Whether {@code cp} is a Han character. */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Whether the char at {@code index} exists and is a Han character (BMP only, which covers 汉字 in reports). */
    public static boolean isHanAt(String text, int index) {
        return index >= 0 && index < text.length() && isHan(text.charAt(index));
    }

    /** The years written in {@code text} ({@code 2024年}, {@code 2024年度}), noting those in a range or a "since". */
    public static List<Year> years(String text) {
        // every year ends in 年: found back from each 年 instead of trying the pattern at every char
        List<Year> out = new ArrayList<>();
        for (int nian = text.indexOf('年'); nian >= 0; nian = text.indexOf('年', nian + 1)) {
            int digitsEnd = nian;
            while (digitsEnd > 0 && isPatternSpace(text.charAt(digitsEnd - 1))) {
                digitsEnd--;
            }
            int start = digitsEnd - 4;
            if (start < 0 || !isYearDigits(text, start) || start > 0 && isNumeralBefore(text.charAt(start - 1))) {
                continue;
            }
            int end = nian + 1 < text.length() && text.charAt(nian + 1) == '度' ? nian + 2 : nian + 1;
            add(out, text, Lexicon.yearValue(text.substring(start, start + 4)).orElse(0), start, end);
        }
        return out;
    }

    /** {@link #years} by trying {@link Lexicon#YEAR} at every char: the reference the fast search is tested against. */
    static List<Year> yearsByPattern(String text) {
        List<Year> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            add(out, text, Lexicon.yearValue(m.group(1)).orElse(0), m.start(), m.end());
        }
        return out;
    }

    private static void add(List<Year> out, String text, int year, int start, int end) {
        if (year < 1900 || year > 2999) {
            return;
        }
        boolean inRange = before(text, start) || after(text, end);
        boolean since = text.startsWith("以来", end)
                || text.startsWith("以前", end)
                || text.startsWith("之前", end)
                || text.startsWith("起", end);
        out.add(new Year(year, start, end, inRange, since));
    }

    /** What {@code \s} matches in {@link Lexicon#YEAR}: ASCII whitespace. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The four chars at {@code start}: {@code (?:19|20|１９|２０)[0-9０-９]{2}} or {@code [一二][〇○零一二三四五六七八九]{3}}. */
    private static boolean isYearDigits(String text, int start) {
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        if (a == '1' && b == '9' || a == '2' && b == '0' || a == '１' && b == '９' || a == '２' && b == '０') {
            return isDigit(text.charAt(start + 2)) && isDigit(text.charAt(start + 3));
        }
        if (a == '一' || a == '二') {
            for (int i = start + 1; i < start + 4; i++) {
                if ("〇○零一二三四五六七八九".indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** The look-behind of {@link Lexicon#YEAR}: a year is not the end of a longer number. */
    private static boolean isNumeralBefore(char c) {
        return isDigit(c) || "〇○零一二三四五六七八九".indexOf(c) >= 0;
    }

    private static boolean before(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && RANGE_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean after(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && RANGE_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    /** The first sentence of {@code text}, up to and including its first {@code 。！？；}, or all of it. */
    public static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。！？；!?;".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /** {@code text} cut to at most {@code max} chars, with {@code …} when cut. */
    public static String shorten(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    /** Whether the section or anything below it has any text other than headings and page furniture. */
    public static boolean hasBody(Section s) {
        for (Block b : s.blocks()) {
            if (!(b instanceof PageFurniture) && !b.text().isBlank()) {
                return true;
            }
        }
        for (Section sub : s.subsections()) {
            if (!sub.heading().isBlank() || hasBody(sub)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs directly in the report's preamble, sections and trailing part, grouped by container. */
    public static List<List<Paragraph>> paragraphGroups(AnnualReport report) {
        List<List<Paragraph>> out = new ArrayList<>();
        out.add(report.preambleParagraphs());
        report.allSections().forEach(s -> out.add(s.paragraphs()));
        out.add(report.trailingParagraphs());
        return out;
    }
}
