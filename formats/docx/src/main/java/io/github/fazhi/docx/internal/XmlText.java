package io.github.fazhi.docx.internal;

/**
 * Text that XML 1.0 can carry, and text escaped the way the XML savers behind POI write it, so that a part written
 * as text is byte for byte the part POI writes.
 */
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

    /**
     * XmlBeans' default thresholds, which POI keeps: a text longer than {@code CDATA_LENGTH} characters with more than
     * {@code CDATA_ENTITIES} of {@code <} and {@code &} is saved as a CDATA section.
     */
    private static final int CDATA_LENGTH = 32;

    private static final int CDATA_ENTITIES = 5;

    /**
     * Appends {@code text} (clean, {@link #clean}) as element content the way XmlBeans saves it: {@code <} and
     * {@code &} as references and {@code >} only after {@code ]]}, or, when the text is longer than 32 characters
     * and has more than 5 of {@code <} and {@code &}, as a CDATA section (split where the text holds {@code ]]>}).
     */
    public static void appendContent(StringBuilder out, String text) {
        int entities = 0;
        boolean cdataEnd = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                entities++;
            } else if (c == '>' && closesCdata(text, i)) {
                cdataEnd = true;
            }
        }
        if (entities == 0 && !cdataEnd) {
            out.append(text);
        } else if (text.length() > CDATA_LENGTH && entities > CDATA_ENTITIES) {
            out.append("<![CDATA[");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '>' && closesCdata(text, i)) {
                    out.append("]]>><![CDATA[");
                } else {
                    out.append(c);
                }
            }
            out.append("]]>");
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '<') {
                    out.append("&lt;");
                } else if (c == '&') {
                    out.append("&amp;");
                } else if (c == '>' && closesCdata(text, i)) {
                    out.append("&gt;");
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean closesCdata(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']';
    }

    /** Appends {@code value} as a double-quoted attribute value as XmlBeans saves it: {@code < & "} as references. */
    public static void appendAttribute(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /**
     * Appends {@code text} (clean) as element content the way the JDK's XML serializer writes it, which POI uses for
     * the core properties: {@code < > &} as references, and so are the C1 controls and characters beyond the BMP.
     */
    public static void appendSerialized(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c >= 0x7F && c <= 0x9F) {
                out.append("&#").append((int) c).append(';');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                out.append("&#")
                        .append(Character.toCodePoint(c, text.charAt(++i)))
                        .append(';');
            } else {
                out.append(c);
            }
        }
    }
}
