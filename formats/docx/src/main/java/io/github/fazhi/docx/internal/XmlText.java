package io.github.fazhi.docx.internal;

/** Text that XML 1.0 can carry. */
public final class XmlText {

    private XmlText() {}

    /** {@code text} without the characters XML 1.0 forbids (C0 controls other than tab, newline and return). */
    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                                && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1))
                        || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                ok = paired;
            }
            if (c == '\r') {
                ok = false;
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
