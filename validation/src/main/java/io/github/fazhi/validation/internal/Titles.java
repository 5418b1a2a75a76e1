package io.github.fazhi.validation.internal;

/** Title helpers. */
public final class Titles {

    private Titles() {}

    /** The title without spaces and without closing quotes, brackets or punctuation at its end. */
    public static String core(String title) {
        String t = title.replace(" ", "").replace("\u3000", "").strip();
        int end = t.length();
        while (end > 0 && "》」』”\"'）)。.：:".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }
}
