package io.github.fazhi.core;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading label as printed, parsed: which level it denotes, its ordinal, and whether it is in the
 * form GB/T 9704-2012 prescribes.
 *
 * <p>Recognised forms: level 1 {@code 一、} (standard), {@code 一.} {@code 一．} {@code 一，}; level 2
 * {@code （一）} (standard), {@code (一)} {@code （一)} {@code （一）、}, {@code 一）} {@code 一)}; level 3
 * {@code 1.} (standard), {@code 1、} {@code 1．} {@code 1,}; level 4 {@code （1）} (standard), {@code (1)},
 * {@code （1）、}, {@code 1）} {@code 1)}. Full-width digits count as digits.
 *
 * <pre>{@code
 * NumberLabel.parseAtStart("(二)行政决策…").get();
 * // NumberLabel[printed=(二), level=2, ordinal=2, standard=false]
 * NumberLabel.parseAtStart("二、主要问题").get().numbering(); // （Numbering[level=1, ordinal=2]）
 * }</pre>
 *
 * @param printed the label exactly as printed
 * @param level the level it denotes
 * @param ordinal the ordinal it denotes
 * @param standard whether it is the GB/T 9704 form for its level
 */
public record NumberLabel(String printed, int level, int ordinal, boolean standard) {

    private static final String CN = "[〇零一二三四五六七八九十百两]{1,6}";
    private static final Pattern LEVEL1 = Pattern.compile("^(" + CN + ")\\s*([、.．，,])");
    private static final Pattern LEVEL2 = Pattern.compile("^([（(])\\s*(" + CN + ")\\s*([）)])(\\s*[、.．，,])?");
    private static final Pattern LEVEL3 = Pattern.compile("^([0-9０-９]{1,3})\\s*([.．、,，])(?![0-9０-９])");
    private static final Pattern LEVEL4 = Pattern.compile("^([（(])\\s*([0-9０-９]{1,3})\\s*([）)])(\\s*[、.．，,])?");
    private static final Pattern LEVEL2_CLOSING_ONLY = Pattern.compile("^(" + CN + ")\\s*[）)]");
    private static final Pattern LEVEL4_CLOSING_ONLY = Pattern.compile("^([0-9０-９]{1,3})\\s*[）)]");

    /** The {@link Numbering} this label denotes. */
    public Numbering numbering() {
        return new Numbering(level, ordinal);
    }

    /** The length of the printed label in chars. */
    public int length() {
        return printed.length();
    }

    /**
     * Parses a label at the start of {@code text}. Empty when the text does not start with one. A level-3
     * label must not be followed by another digit (so {@code 2021.5} is not a label).
     */
    public static Optional<NumberLabel> parseAtStart(CharSequence text) {
        Matcher m = LEVEL2.matcher(text);
        if (m.lookingAt()) {
            OptionalInt n = ChineseNumerals.parse(m.group(2));
            if (n.isPresent()) {
                boolean standard = m.group(1).equals("（") && m.group(3).equals("）") && m.group(4) == null;
                return Optional.of(new NumberLabel(
                        m.group(), 2, n.getAsInt(), standard && !m.group().contains(" ")));
            }
        }
        m = LEVEL4.matcher(text);
        if (m.lookingAt()) {
            int n = arabic(m.group(2));
            if (n > 0) {
                boolean standard = m.group(1).equals("（") && m.group(3).equals("）") && m.group(4) == null;
                return Optional.of(
                        new NumberLabel(m.group(), 4, n, standard && !m.group().contains(" ")));
            }
        }
        m = LEVEL1.matcher(text);
        if (m.lookingAt()) {
            OptionalInt n = ChineseNumerals.parse(m.group(1));
            if (n.isPresent()) {
                boolean standard = m.group(2).equals("、")
                        && m.group().length() == m.group(1).length() + 1;
                return Optional.of(new NumberLabel(m.group(), 1, n.getAsInt(), standard));
            }
        }
        m = LEVEL3.matcher(text);
        if (m.lookingAt()) {
            int n = arabic(m.group(1));
            if (n > 0) {
                boolean standard = m.group(2).equals(".")
                        && m.group(1).chars().allMatch(c -> c >= '0' && c <= '9')
                        && m.group().length() == m.group(1).length() + 1;
                return Optional.of(new NumberLabel(m.group(), 3, n, standard));
            }
        }
        m = LEVEL2_CLOSING_ONLY.matcher(text);
        if (m.lookingAt()) {
            OptionalInt n = ChineseNumerals.parse(m.group(1));
            if (n.isPresent()) {
                return Optional.of(new NumberLabel(m.group(), 2, n.getAsInt(), false));
            }
        }
        m = LEVEL4_CLOSING_ONLY.matcher(text);
        if (m.lookingAt()) {
            int n = arabic(m.group(1));
            if (n > 0) {
                return Optional.of(new NumberLabel(m.group(), 4, n, false));
            }
        }
        return Optional.empty();
    }

    /** Parses {@code text} as a whole label; empty when it is not exactly one label. */
    public static Optional<NumberLabel> parse(CharSequence text) {
        return parseAtStart(text).filter(l -> l.length() == text.length());
    }

    private static int arabic(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = c >= '０' && c <= '９' ? c - '０' : c - '0';
            value = value * 10 + d;
        }
        return value;
    }
}
