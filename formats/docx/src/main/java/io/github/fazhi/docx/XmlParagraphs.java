package io.github.fazhi.docx;

import io.github.fazhi.docx.internal.XmlText;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The paragraphs of a rendering as WordprocessingML text, streamed to a writer: each paragraph exactly as POI
 * saves the paragraph {@link PoiParagraphs} builds (same elements, attributes in the same order, same escaping),
 * so the body of {@code word/document.xml} is the same bytes. A paragraph is held until the next one starts, as
 * the sign-off keeps the paragraph before it with it; only the last paragraph can be changed. Not thread-safe.
 */
final class XmlParagraphs extends Paragraphs<XmlParagraphs.Paragraph, XmlParagraphs.Paragraph> {

    /** Written paragraphs are handed to the writer in pieces of about this many characters. */
    private static final int CHUNK = 16 * 1024;

    /** A paragraph being written: its properties, set until the next paragraph starts. */
    static final class Paragraph {
        private final String style;
        private String keepNext = "";
        private String geometry = "";

        private Paragraph(String style) {
            this.style = style;
        }
    }

    private final Writer out;
    private final StringBuilder written = new StringBuilder(CHUNK + 4096);
    private final StringBuilder runs = new StringBuilder(4096);
    private final Map<Font, String> runStarts = new HashMap<>();
    private char[] chunk = new char[0];
    private Optional<Paragraph> open = Optional.empty();
    private boolean runOpen;

    XmlParagraphs(Writer out, LayoutProfile layout) {
        super(layout);
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    Paragraph newParagraph(String styleId) {
        close();
        Paragraph p = new Paragraph(styleId.equals(DocxStyles.NORMAL) ? "" : styleId);
        open = Optional.of(p);
        return p;
    }

    @Override
    Paragraph newRun(Paragraph paragraph, Font font, Optional<String> characterStyle) {
        check(paragraph);
        endRun();
        String start = runStarts.computeIfAbsent(font, XmlParagraphs::runStart);
        if (characterStyle.isEmpty()) {
            runs.append(start).append("</w:rPr>");
        } else {
            runs.append(start).append("<w:rStyle w:val=\"");
            XmlText.appendAttribute(runs, characterStyle.get());
            runs.append("\"/></w:rPr>");
        }
        runOpen = true;
        return paragraph;
    }

    /** A run's start up to its properties' end tag: the fonts, weight and size {@link DocxWriter#font} sets. */
    private static String runStart(Font f) {
        StringBuilder s = new StringBuilder(256).append("<w:r><w:rPr><w:rFonts w:ascii=\"");
        XmlText.appendAttribute(s, f.latin());
        s.append("\" w:hAnsi=\"");
        XmlText.appendAttribute(s, f.latin());
        s.append("\" w:cs=\"");
        XmlText.appendAttribute(s, f.latin());
        s.append("\" w:eastAsia=\"");
        XmlText.appendAttribute(s, f.eastAsia());
        s.append("\" w:hint=\"eastAsia\"/>");
        if (f.bold()) {
            s.append("<w:b/><w:bCs/>");
        }
        return s.append("<w:sz w:val=\"")
                .append(f.halfPoints())
                .append("\"/><w:szCs w:val=\"")
                .append(f.halfPoints())
                .append("\"/>")
                .toString();
    }

    @Override
    void text(Paragraph run, String text) {
        check(run);
        // POI keeps leading and trailing white space (XWPFRun.setText)
        boolean preserve =
                Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
        runs.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        XmlText.appendContent(runs, text);
        runs.append("</w:t>");
    }

    @Override
    void tab(Paragraph run) {
        check(run);
        runs.append("<w:tab/>");
    }

    @Override
    void lineBreak(Paragraph run) {
        check(run);
        runs.append("<w:br/>");
    }

    @Override
    Optional<Paragraph> last() {
        return open;
    }

    @Override
    void keepWithNext(Paragraph paragraph) {
        check(paragraph);
        paragraph.keepNext = paragraph.keepNext.isEmpty() ? "<w:keepNext/>" : "<w:keepNext w:val=\"on\"/>";
    }

    @Override
    void signOffLine(Paragraph paragraph, boolean left, long hundredths, long twips) {
        check(paragraph);
        String side = left ? "left" : "right";
        paragraph.geometry = "<w:autoSpaceDE w:val=\"off\"/><w:autoSpaceDN w:val=\"off\"/><w:ind w:" + side
                + "Chars=\"" + hundredths + "\" w:" + side + "=\"" + twips + "\""
                + (left ? " w:firstLineChars=\"0\" w:firstLine=\"0\"" : "") + "/><w:jc w:val=\"" + side + "\"/>";
    }

    /** Writes the last paragraph and hands everything written to the writer, which is flushed. */
    void finish() throws IOException {
        close();
        drain();
        out.flush();
    }

    private void check(Paragraph p) {
        if (open.isEmpty() || open.get() != p) {
            throw new IllegalStateException("only the last paragraph can be changed");
        }
    }

    private void endRun() {
        if (runOpen) {
            runs.append("</w:r>");
            runOpen = false;
        }
    }

    /** Writes the open paragraph. */
    private void close() {
        if (open.isEmpty()) {
            return;
        }
        endRun();
        Paragraph p = open.get();
        open = Optional.empty();
        boolean properties = !p.style.isEmpty() || !p.keepNext.isEmpty() || !p.geometry.isEmpty();
        if (!properties && runs.isEmpty()) {
            written.append("<w:p/>");
        } else {
            written.append("<w:p>");
            if (properties) {
                written.append("<w:pPr>");
                if (!p.style.isEmpty()) {
                    written.append("<w:pStyle w:val=\"");
                    XmlText.appendAttribute(written, p.style);
                    written.append("\"/>");
                }
                written.append(p.keepNext).append(p.geometry).append("</w:pPr>");
            }
            written.append(runs).append("</w:p>");
            runs.setLength(0);
        }
        if (written.length() >= CHUNK) {
            try {
                drain();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void drain() throws IOException {
        int n = written.length();
        if (chunk.length < n) {
            chunk = new char[Math.max(n, CHUNK + 4096)];
        }
        written.getChars(0, n, chunk, 0);
        out.write(chunk, 0, n);
        written.setLength(0);
    }
}
