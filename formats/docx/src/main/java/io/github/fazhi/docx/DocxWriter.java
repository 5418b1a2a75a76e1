package io.github.fazhi.docx;

import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.math.BigInteger;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Writes paragraphs into the document of one DOCX rendering, in the layout's fonts. Node renderers get it
 * from {@link DocxNodeRendererContext#writer()}; it is made anew for each rendering and is not thread-safe.
 * Every run it writes names its East Asian and its Latin font and its size explicitly.
 *
 * <pre>{@code
 * DocxRenderer docx = DocxRenderer.builder()
 *         .nodeRendererFactory(context -> NodeRenderer.of(NodeType.TRAILING, report -> {
 *             context.renderDefault(NodeType.TRAILING, report);
 *             context.writer().bodyParagraph("（此件公开发布）");
 *         }))
 *         .build();
 * }</pre>
 *
 * <p>{@link #document()} gives the Apache POI document itself for anything this class does not offer.
 */
public final class DocxWriter {

    private final PoiParagraphs paragraphs;

    DocxWriter(XWPFDocument document, LayoutProfile layout) {
        this.paragraphs = new PoiParagraphs(document, layout);
    }

    /** The paragraphs this writer writes, which the built-in node renderers write through too. */
    PoiParagraphs paragraphs() {
        return paragraphs;
    }

    /** The POI document being written. */
    public XWPFDocument document() {
        return paragraphs.document();
    }

    /** The layout of this rendering. */
    public LayoutProfile layout() {
        return paragraphs.layout();
    }

    /** A new empty paragraph in style {@code styleId} ({@link DocxStyles}); ends an open run-in heading. */
    public XWPFParagraph paragraph(String styleId) {
        return paragraphs.paragraph(Objects.requireNonNull(styleId, "styleId"));
    }

    /** A body paragraph holding {@code text}, or, right after {@link #runInHeading}, the rest of that paragraph. */
    public XWPFParagraph bodyParagraph(String text) {
        return paragraphs.bodyParagraph(Objects.requireNonNull(text, "text"));
    }

    /** An empty body paragraph: one blank line. */
    public XWPFParagraph blankLine() {
        return paragraphs.blankLine();
    }

    /** A stand-alone heading paragraph at {@code level} (1 to 4) holding {@code text} in the level's font. */
    public XWPFParagraph heading(int level, String text) {
        return paragraphs.heading(level, Objects.requireNonNull(text, "text"));
    }

    /**
     * Starts a body paragraph with {@code text} as its first run, in the character style of a run-in heading at
     * {@code level} ({@link DocxStyles#runInHeading}) and the level's font; the next {@link #bodyParagraph}
     * continues this paragraph in the body font ({@code （一）坚持思想引领。局党组…}). The paragraph has no outline
     * level: it is body text, and Word's, WPS's and LibreOffice's navigation panes list only stand-alone headings,
     * never a whole paragraph of 280 characters.
     */
    public XWPFParagraph runInHeading(int level, String text) {
        return paragraphs.runInHeading(level, Objects.requireNonNull(text, "text"));
    }

    /**
     * Adds {@code text} to {@code paragraph} as a run in {@code font}: tabs become tab characters, line feeds
     * line breaks, and characters XML cannot carry are left out.
     */
    public XWPFRun run(XWPFParagraph paragraph, String text, Font font) {
        return paragraphs.run(
                Objects.requireNonNull(paragraph, "paragraph"),
                Objects.requireNonNull(text, "text"),
                Objects.requireNonNull(font, "font"));
    }

    /** Sets {@code run}'s fonts (East Asian, ASCII, high ANSI, complex script), size and weight from {@code f}. */
    public static void font(CTR run, Font f) {
        CTRPr rpr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(f.latin());
        fonts.setHAnsi(f.latin());
        fonts.setCs(f.latin());
        fonts.setEastAsia(f.eastAsia());
        fonts.setHint(STHint.EAST_ASIA);
        if (f.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(f.halfPoints()));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(f.halfPoints()));
    }
}
