package io.github.fazhi.core;

/**
 * A heading's number as data: its level (1 to 4, as GB/T 9704-2012 §7.3.3 defines) and its ordinal
 * among its siblings. The printed label is derived from it.
 *
 * <pre>{@code
 * new Numbering(1, 11).label(); // "十一、"
 * new Numbering(2, 2).label();  // "（二）"
 * new Numbering(3, 3).label();  // "3."
 * new Numbering(4, 2).label();  // "（2）"
 * }</pre>
 *
 * @param level 1 ({@code 一、}), 2 ({@code （一）}), 3 ({@code 1.}) or 4 ({@code （1）})
 * @param ordinal the position among siblings, from 1
 */
public record Numbering(int level, int ordinal) {

    /** The deepest level GB/T 9704-2012 numbers. */
    public static final int MAX_LEVEL = 4;

    /** Checks that the level is 1 to {@value #MAX_LEVEL} and the ordinal 1 to 9999. */
    public Numbering {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("heading level must be 1 to 4, not " + level);
        }
        if (ordinal < 1 || ordinal > 9999) {
            throw new IllegalArgumentException("ordinal must be 1 to 9999, not " + ordinal);
        }
    }

    /** The GB/T 9704-2012 label: {@code 一、}, {@code （一）}, {@code 1.} or {@code （1）}. */
    public String label() {
        // the validation asks each heading's label of several rules; the usual ones are formatted once
        return ordinal <= Labels.KEPT ? Labels.KEPT_LABELS[level - 1][ordinal - 1] : labelAfresh();
    }

    /** {@link #label} formatted afresh: the reference the kept labels are tested against. */
    String labelAfresh() {
        return switch (level) {
            case 1 -> ChineseNumerals.format(ordinal) + "、";
            case 2 -> "（" + ChineseNumerals.format(ordinal) + "）";
            case 3 -> ordinal + ".";
            default -> "（" + ordinal + "）";
        };
    }

    /** The labels of ordinals 1 to {@link #KEPT} at each level, formatted when first asked for. */
    private static final class Labels {
        static final int KEPT = 99;
        static final String[][] KEPT_LABELS = new String[MAX_LEVEL][KEPT];

        static {
            for (int level = 1; level <= MAX_LEVEL; level++) {
                for (int ordinal = 1; ordinal <= KEPT; ordinal++) {
                    KEPT_LABELS[level - 1][ordinal - 1] = new Numbering(level, ordinal).labelAfresh();
                }
            }
        }
    }

    /** The numbering of the next sibling. */
    public Numbering next() {
        return new Numbering(level, ordinal + 1);
    }

    @Override
    public String toString() {
        return label();
    }
}
