package io.github.fazhi.validation.internal;

/**
 * Which of a fixed set of marker chars a text holds, found in one pass when the validation collects its text
 * units ({@link Texts.Unit#holdsAny}). A rule whose every match must contain one of its markers (a request must
 * contain 否, 批 or 示; a classified marking 密; a damaged year range 年 and an ASCII digit) skips a text that holds
 * none, instead of walking its chars again: most paragraphs hold none of them, and a dozen rules each walked
 * every char of the report (see benchmarks/README.md).
 *
 * <p>The markers are registered here, all at once, so every text's signature knows all of them; {@link #of}
 * refuses a char that is not registered, so a rule cannot ask about a marker the signatures do not record.
 * Each marker char has a bit of its own; a range (the private-use area, Latin-1 letters, ASCII digits) shares
 * one, and any char of a range stands for the range ({@code ×}, U+00D7, is a Latin-1 letter's bit).
 *
 * <pre>{@code
 * static final long REQUEST = CharSignature.of("否批示");
 * if (unit.holdsAny(REQUEST)) { ...search the text... }
 * }</pre>
 */
public final class CharSignature {

    /** The marker chars, each with a bit of its own. */
    private static final String CHARS = "否批示" // request-in-report
            + "XxＸｘ×某*＊【此" // placeholder
            + "密" // classified-marking
            + "号" // document-number-malformed
            + "年" // years and year ranges
            + "\uFFFD?锟烫屯" // encoding-damage
            + ",:;!()" // halfwidth-punctuation (with ?)
            + "《》“”‘’（）【】" // paired-punctuation-unbalanced (with the ASCII brackets)
            + "大届"; // citation-anachronism (十九大, 十九届五中全会)

    /** The ranges that share a bit each: the private-use area, Latin-1 letters read from UTF-8, ASCII digits. */
    private static final char[][] RANGES = {{'\uE000', '\uF8FF'}, {'\u00C2', '\u00EF'}, {'0', '9'}};

    /** Per char: its bit + 1, or 0 when it is no marker. */
    private static final byte[] BITS = new byte[Character.MAX_VALUE + 1];

    static {
        int bit = 0;
        for (int i = 0; i < CHARS.length(); i++) {
            char c = CHARS.charAt(i);
            if (BITS[c] == 0) {
                BITS[c] = (byte) (++bit);
            }
        }
        for (char[] range : RANGES) {
            bit++;
            for (char c = range[0]; c <= range[1]; c++) {
                BITS[c] = (byte) bit;
            }
        }
        if (bit > Long.SIZE) {
            throw new AssertionError("more markers than bits: " + bit);
        }
    }

    private CharSignature() {}

    /**
     * The signature of any text holding one of {@code markers}: the bits to test with {@link #holdsAny}.
     *
     * @throws IllegalArgumentException if one of the chars is not a registered marker
     */
    public static long of(String markers) {
        long mask = 0;
        for (int i = 0; i < markers.length(); i++) {
            char c = markers.charAt(i);
            if (BITS[c] == 0) {
                throw new IllegalArgumentException("not a marker char: U+%04X".formatted((int) c));
            }
            mask |= 1L << (BITS[c] - 1);
        }
        return mask;
    }

    /** The markers {@code text} holds. */
    public static long signature(String text) {
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            int b = BITS[text.charAt(i)];
            if (b != 0) {
                mask |= 1L << (b - 1);
            }
        }
        return mask;
    }

    /** Whether a text of {@code signature} holds one of the markers of {@code markers}. */
    public static boolean holdsAny(long signature, long markers) {
        return (signature & markers) != 0;
    }
}
