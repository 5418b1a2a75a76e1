package io.github.fazhi.docx;

import io.github.fazhi.docx.internal.XmlText;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
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

    private final XWPFDocument document;
    private final LayoutProfile layout;
    private Optional<XWPFParagraph> openRunIn = Optional.empty();

    DocxWriter(XWPFDocument document, LayoutProfile layout) {
        this.document = Objects.requireNonNull(document, "document");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** The POI document being written. */
    public XWPFDocument document() {
        return document;
    }

    /** The layout of this rendering. */
    public LayoutProfile layout() {
        return layout;
    }

    /** A new empty paragraph in style {@code styleId} ({@link DocxStyles}); ends an open run-in heading. */
    public XWPFParagraph paragraph(String styleId) {
        openRunIn = Optional.empty();
        XWPFParagraph p = document.createParagraph();
        if (!styleId.equals(DocxStyles.NORMAL)) {
            p.setStyle(styleId);
        }
        return p;
    }

    /** A body paragraph holding {@code text}, or, right after {@link #runInHeading}, the rest of that paragraph. */
    public XWPFParagraph bodyParagraph(String text) {
        if (openRunIn.isPresent()) {
            XWPFParagraph p = openRunIn.get();
            openRunIn = Optional.empty();
            run(p, text, layout.body());
            return p;
        }
        XWPFParagraph p = paragraph(DocxStyles.NORMAL);
        run(p, text, layout.body());
        return p;
    }

    /** An empty body paragraph: one blank line. */
    public XWPFParagraph blankLine() {
        return paragraph(DocxStyles.NORMAL);
    }

    /** A stand-alone heading paragraph at {@code level} (1 to 4) holding {@code text} in the level's font. */
    public XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = paragraph(DocxStyles.heading(level));
        run(p, text, layout.heading(level));
        return p;
    }

    /**
     * Starts a body paragraph with {@code text} as its first run, in the character style of a run-in heading at
     * {@code level} ({@link DocxStyles#runInHeading}) and the level's font; the next {@link #bodyParagraph}
     * continues this paragraph in the body font ({@code （一）坚持思想引领。局党组…}). The paragraph has no outline
     * level: it is body text, and Word's, WPS's and LibreOffice's navigation panes list only stand-alone headings,
     * never a whole paragraph of 280 characters.
     */
    public XWPFParagraph runInHeading(int level, String text) {
        XWPFParagraph p = paragraph(DocxStyles.NORMAL);
        XWPFRun r = run(p, text, layout.heading(level));
        r.getCTR().getRPr().addNewRStyle().setVal(DocxStyles.runInHeading(level));
        openRunIn = Optional.of(p);
        return p;
    }

    /**
     * Adds {@code text} to {@code paragraph} as a run in {@code font}: tabs become tab characters, line feeds
     * line breaks, and characters XML cannot carry are left out.
     */
    public XWPFRun run(XWPFParagraph paragraph, String text, Font font) {
        String clean = XmlText.clean(text);
        XWPFRun r = paragraph.createRun();
        font(r.getCTR(), font);
        int piece = 0;
        int start = 0;
        for (int i = 0; i <= clean.length(); i++) {
            if (i == clean.length() || clean.charAt(i) == '\t' || clean.charAt(i) == '\n') {
                if (i > start) {
                    r.setText(clean.substring(start, i), piece++);
                }
                if (i < clean.length()) {
                    if (clean.charAt(i) == '\t') {
                        r.addTab();
                    } else {
                        r.addBreak();
                    }
                }
                start = i + 1;
            }
        }
        return r;
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
