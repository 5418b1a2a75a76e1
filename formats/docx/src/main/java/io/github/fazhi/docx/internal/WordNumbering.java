package io.github.fazhi.docx.internal;

import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.render.layout.TextWidth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering, computed into the label a reader sees: {@code numFmt chineseCounting} with
 * {@code lvlText "%1、"} gives {@code 一、}, {@code decimal} with {@code "（%1）"} gives {@code （1）}.
 *
 * <p>Every Chinese number format of ST_NumberFormat that Word, WPS and LibreOffice write gives what a reader
 * sees: {@code chineseCounting}, {@code chineseCountingThousand}, {@code taiwaneseCounting},
 * {@code taiwaneseCountingThousand} (LibreOffice's 一, 二, 三) → 一 二 … 十一; {@code chineseLegalSimplified} →
 * 壹 贰; {@code ideographLegalTraditional} → 壹 貳; {@code ideographDigital}, {@code taiwaneseDigital} → 一〇
 * (digit by digit); {@code ideographTraditional} → 甲 乙; {@code ideographZodiac} → 子 丑;
 * {@code ideographZodiacTraditional} → 甲子 乙丑; {@code decimalEnclosedCircle(Chinese)} → ① ②;
 * {@code ideographEnclosedCircle} → ㊀ ㊁; {@code decimalFullWidth} → １ ２; and Word 2010's {@code custom}
 * formats ({@code w:format="一, 二, 三, ..."}) inside {@code mc:AlternateContent}.
 *
 * <p>Counters are kept per abstract numbering definition, so list instances ({@code w:num}) that share one
 * continue each other's numbering as in Word, unless an instance overrides a level's start
 * ({@code w:startOverride}), which restarts that level the first time the instance is used. Numbering a
 * paragraph at a level restarts the deeper levels (unless their {@code w:lvlRestart} is 0).
 */
final class WordNumbering {

    record Level(int start, String format, String text, Optional<Integer> restart, boolean legal, String suffix) {}

    private record Instance(String abstractId, Map<Integer, Integer> startOverrides, Map<Integer, Level> levels) {}

    private final Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();
    private final Set<String> usedInstances = new HashSet<>();

    WordNumbering(Optional<Document> numbering) {
        if (numbering.isEmpty()) {
            return;
        }
        Element root = numbering.get().getDocumentElement();
        for (Element a : Dom.children(root, "abstractNum")) {
            abstracts.put(Dom.attr(a, "abstractNumId"), levels(a));
        }
        for (Element n : Dom.children(root, "num")) {
            String abstractId =
                    Dom.child(n, "abstractNumId").map(e -> Dom.attr(e, "val")).orElse("");
            Map<Integer, Integer> starts = new HashMap<>();
            Map<Integer, Level> overrides = new HashMap<>();
            for (Element o : Dom.children(n, "lvlOverride")) {
                int ilvl = Dom.intAttr(o, "ilvl", 0);
                Dom.child(o, "startOverride").ifPresent(s -> starts.put(ilvl, Dom.intAttr(s, "val", 0)));
                Dom.child(o, "lvl").ifPresent(l -> overrides.put(ilvl, level(l)));
            }
            instances.put(Dom.attr(n, "numId"), new Instance(abstractId, starts, overrides));
        }
    }

    private static Map<Integer, Level> levels(Element abstractNum) {
        Map<Integer, Level> out = new HashMap<>();
        for (Element l : Dom.children(abstractNum, "lvl")) {
            out.put(Dom.intAttr(l, "ilvl", 0), level(l));
        }
        return out;
    }

    private static Level level(Element l) {
        int start = Dom.child(l, "start").map(e -> Dom.intAttr(e, "val", 1)).orElse(1);
        String fmt = numFmt(l);
        String text = Dom.child(l, "lvlText").map(e -> Dom.attr(e, "val")).orElse("");
        Optional<Integer> restart = Dom.child(l, "lvlRestart").map(e -> Dom.intAttr(e, "val", -1));
        boolean legal = Dom.child(l, "isLgl").map(Dom::onOff).orElse(false);
        String suff = Dom.child(l, "suff").map(e -> Dom.attr(e, "val")).orElse("tab");
        return new Level(start, fmt, text, restart, legal, suff);
    }

    /**
     * A level's number format: its {@code w:numFmt}, also when Word 2010 and later wrap it in
     * {@code mc:AlternateContent} (a {@code custom} format in the choice, a plain one in the fallback); a
     * custom format is read by its first numeral ({@code 一, 二, 三, ...}, {@code 001, 002, 003, ...}).
     */
    private static String numFmt(Element lvl) {
        Optional<Element> direct = Dom.child(lvl, "numFmt");
        if (direct.isPresent()) {
            return custom(direct.get()).orElse(Dom.attr(direct.get(), "val"));
        }
        String fallback = "decimal";
        for (Element e : Dom.elements(lvl)) {
            if (!Dom.MC.equals(e.getNamespaceURI()) || !"AlternateContent".equals(Dom.name(e))) {
                continue;
            }
            for (Element branch : Dom.elements(e)) {
                Optional<Element> f = Dom.child(branch, "numFmt");
                if (f.isEmpty()) {
                    continue;
                }
                if ("Choice".equals(Dom.name(branch))) {
                    Optional<String> c = custom(f.get());
                    if (c.isPresent()) {
                        return c.get();
                    }
                } else if ("Fallback".equals(Dom.name(branch))) {
                    fallback = Dom.attr(f.get(), "val");
                }
            }
        }
        return fallback;
    }

    /** The format a {@code custom} numFmt's {@code w:format} names by its first numeral, if fazhi knows it. */
    private static Optional<String> custom(Element numFmt) {
        if (!"custom".equals(Dom.attr(numFmt, "val"))) {
            return Optional.empty();
        }
        String format = Dom.attr(numFmt, "format").strip();
        if (format.isEmpty()) {
            return Optional.empty();
        }
        String first = format.split("[,，、\\s]+")[0];
        return Optional.ofNullable(
                switch (first) {
                    case "一" -> "chineseCounting";
                    case "壹" -> "chineseLegalSimplified";
                    case "甲" -> "ideographTraditional";
                    case "子" -> "ideographZodiac";
                    case "甲子" -> "ideographZodiacTraditional";
                    case "①" -> "decimalEnclosedCircle";
                    case "㊀" -> "ideographEnclosedCircle";
                    case "１" -> "decimalFullWidth";
                    case "01" -> "decimalZero";
                    case "001" -> "decimalZero3";
                    case "0001" -> "decimalZero4";
                    case "1" -> "decimal";
                    default -> null;
                });
    }

    /** The label of the next paragraph numbered {@code numId} at {@code ilvl}, with what follows it; "" if none. */
    String next(String numId, int ilvl) {
        Instance inst = instances.get(numId);
        if (inst == null || ilvl < 0 || ilvl > 8) {
            return "";
        }
        Map<Integer, Level> abs = abstracts.getOrDefault(inst.abstractId(), Map.of());
        Level level = inst.levels().getOrDefault(ilvl, abs.get(ilvl));
        if (level == null) {
            return "";
        }
        String key = inst.abstractId().isEmpty() ? "num:" + numId : inst.abstractId();
        int[] count = counters.computeIfAbsent(key, k -> new int[9]);
        boolean[] on = started.computeIfAbsent(key, k -> new boolean[9]);
        if (usedInstances.add(numId)) {
            for (Map.Entry<Integer, Integer> s : inst.startOverrides().entrySet()) {
                int l = s.getKey();
                if (l >= 0 && l < 9) {
                    count[l] = s.getValue() - 1;
                    on[l] = true;
                }
            }
        }
        if (on[ilvl]) {
            count[ilvl]++;
        } else {
            count[ilvl] = level.start();
            on[ilvl] = true;
        }
        for (int deeper = ilvl + 1; deeper < 9; deeper++) {
            Level d = inst.levels().getOrDefault(deeper, abs.get(deeper));
            boolean never = d != null && d.restart().isPresent() && d.restart().get() == 0;
            if (!never) {
                on[deeper] = false;
            }
        }
        StringBuilder label = new StringBuilder();
        String text = level.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(i + 1) - '1';
                Level refLevel = inst.levels().getOrDefault(ref, abs.get(ref));
                int value = on[ref] ? count[ref] : refLevel == null ? 1 : refLevel.start();
                String fmt = refLevel == null ? "decimal" : refLevel.format();
                if (level.legal() && ref != ilvl) {
                    fmt = "decimal";
                }
                label.append(format(value, fmt));
                i++;
            } else {
                label.append(c);
            }
        }
        String l = level.format().equals("bullet") ? bullet(label.toString()) : label.toString();
        if (l.isEmpty()) {
            return "";
        }
        boolean separated = !level.suffix().equals("nothing");
        int last = l.codePointBefore(l.length());
        return separated && TextWidth.isHalfWidth(last) && !Character.isWhitespace(last) ? l + " " : l;
    }

    private static String bullet(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\uF000' && c <= '\uF0FF' ? symbol(c) : c);
        }
        return out.toString();
    }

    /** Characters of the Symbol and Wingdings fonts (private use U+F0xx) as Unicode. */
    static char symbol(char c) {
        return switch (c) {
            case '\uF0B7', '\uF06C' -> '•';
            case '\uF0A7', '\uF06E' -> '▪';
            case '\uF0D8' -> '➢';
            case '\uF0FC' -> '✓';
            case '\uF076' -> '❖';
            case '\uF0E8' -> '➔';
            default -> c >= '\uF020' && c <= '\uF07E' ? (char) (c - 0xF000) : '•';
        };
    }

    static String format(int n, String fmt) {
        if (n < 0) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalZero3" -> String.format(java.util.Locale.ROOT, "%03d", n);
            case "decimalZero4" -> String.format(java.util.Locale.ROOT, "%04d", n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            // Chinese counting as Word, WPS and LibreOffice write it (LibreOffice: taiwaneseCountingThousand
            // for 一, 二, 三): 一 … 十, 十一, 二十, 一百零一 — the same characters for the numbers headings use
            case "chineseCounting",
                    "chineseCountingThousand",
                    "taiwaneseCounting",
                    "taiwaneseCountingThousand",
                    "japaneseCounting",
                    "koreanCounting" -> n == 0 ? "〇" : n <= 9999 ? ChineseNumerals.format(n) : Integer.toString(n);
            case "chineseLegalSimplified" -> legal(n, "壹贰叁肆伍陆柒捌玖拾佰仟");
            case "ideographLegalTraditional" -> legal(n, "壹貳參肆伍陸柒捌玖拾佰仟");
            case "japaneseLegal" -> legal(n, "壱弐参四伍六七八九拾百千");
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : "" + n;
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(BRANCHES.charAt(n - 1)) : "" + n;
            case "ideographZodiacTraditional" ->
                n >= 1 ? "" + STEMS.charAt((n - 1) % 10) + BRANCHES.charAt((n - 1) % 12) : "" + n;
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand", "koreanDigital2" -> digits(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> circled(n);
            case "ideographEnclosedCircle" ->
                n >= 1 && n <= 10 ? String.valueOf((char) ('㊀' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "none", "bullet" -> "";
            default -> Integer.toString(n);
        };
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                out.append(r[i]);
                n -= v[i];
            }
        }
        return out.toString();
    }

    private static String letters(int n, char base) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        // Word repeats the letter: a … z, aa … zz, aaa …
        char c = (char) (base + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    /** The ten Heavenly Stems (甲乙丙…), for ideographTraditional. */
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    /** The twelve Earthly Branches (子丑寅…), for ideographZodiac. */
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    /** ① to ⑳, ㉑ to ㉟, ㊱ to ㊿; beyond, the number. */
    private static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) ('㉑' + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) ('㊱' + n - 36));
        }
        return Integer.toString(n);
    }

    /** Capital (legal) numerals: the counting form with each numeral replaced by its capital in {@code to}. */
    private static String legal(int n, String to) {
        String plain = n <= 9999 ? ChineseNumerals.format(n) : Integer.toString(n);
        String from = "一二三四五六七八九十百千";
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            int i = from.indexOf(c);
            out.append(i >= 0 ? to.charAt(i) : c);
        }
        return out.toString();
    }

    private static String digits(int n) {
        String d = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(d.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append((char) (c - '0' + '０'));
        }
        return out.toString();
    }
}
