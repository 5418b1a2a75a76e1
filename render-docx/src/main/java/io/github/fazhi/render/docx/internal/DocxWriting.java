package io.github.fazhi.render.docx.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.render.docx.LayoutProfile;
import io.github.fazhi.render.docx.LayoutProfile.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/** Writes one report as a DOCX with Apache POI; one instance per document, not thread-safe. */
public final class DocxWriting {

    private final LayoutProfile p;
    private final XWPFDocument doc = new XWPFDocument();

    private DocxWriting(LayoutProfile profile) {
        this.p = profile;
    }

    /** Writes {@code report} laid out by {@code profile} to {@code out}; does not close {@code out}. */
    public static void write(AnnualReport report, LayoutProfile profile, OutputStream out) throws IOException {
        DocxWriting w = new DocxWriting(profile);
        try (XWPFDocument d = w.doc) {
            w.document(report);
            d.write(out);
        }
    }

    private void document(AnnualReport r) throws IOException {
        styles();
        section();
        footers();
        properties(r);

        boolean beforeTitle = false;
        for (HeaderLine h : r.header()) {
            if (!h.afterTitle()) {
                headerLine(h);
                beforeTitle = true;
            }
        }
        if (beforeTitle && r.title().isPresent()) {
            blank();
        }
        if (r.title().isPresent()) {
            List<String> lines = r.title().get().lines();
            if (lines.size() == 1 && p.splitLongTitle()) {
                int max = p.typeAreaWidthTwips() * 2 / (p.title().halfPoints() * 10);
                // a space where the title breaks (between joint issuers, before 关于) is the line break now
                lines = TitleSplitter.split(lines.get(0), r.metadata().issuers(), max).stream()
                        .map(String::strip)
                        .toList();
            }
            for (String line : lines) {
                XWPFParagraph t = paragraph(StylesXml.TITLE);
                run(t, line, p.title());
            }
            blank();
        }
        boolean addressee = false;
        for (HeaderLine h : r.header()) {
            if (h.afterTitle()) {
                if (h.kind() == HeaderLineKind.ADDRESSEE) {
                    addressee = true;
                    if (!p.addresseeLine()) {
                        continue;
                    }
                }
                headerLine(h);
            }
        }
        if (!addressee && p.addresseeLine() && !r.metadata().mainRecipients().isEmpty()) {
            XWPFParagraph a = paragraph(StylesXml.ADDRESSEE);
            run(a, String.join("、", r.metadata().mainRecipients()) + "：", p.body());
        }
        for (Paragraph para : r.preamble()) {
            body(para.text());
        }
        for (Section s : r.sections()) {
            section(s);
        }
        if (r.signOff().isPresent()) {
            signOff(r.signOff().get());
        }
        for (Paragraph para : r.trailing()) {
            body(para.text());
        }
    }

    private void headerLine(HeaderLine h) {
        String style = switch (h.kind()) {
            case ADDRESSEE -> StylesXml.ADDRESSEE;
            case ISSUER, DOCUMENT_NUMBER -> StylesXml.HEADER_LINE;
            case OTHER -> h.afterTitle() ? StylesXml.ADDRESSEE : StylesXml.HEADER_LINE;
        };
        run(paragraph(style), h.text(), p.body());
    }

    private void section(Section s) {
        int level = s.level();
        XWPFParagraph h = paragraph(StylesXml.heading(level));
        run(h, s.label() + s.heading(), p.heading(level));
        List<Block> blocks = s.blocks();
        int first = 0;
        if (s.runIn() && !blocks.isEmpty()) {
            // the paragraph is body text too: it must not chain keep-with-next into the following ones
            h.getCTPPr().addNewKeepNext().setVal(STOnOff1.OFF);
            run(h, blocks.get(0).text(), p.body());
            first = 1;
        }
        for (int i = first; i < blocks.size(); i++) {
            body(blocks.get(i).text());
        }
        for (Section sub : s.subsections()) {
            section(sub);
        }
    }

    private void signOff(SignOff so) {
        for (int i = 0; i < p.signOffBlankLines(); i++) {
            blank();
        }
        SignOffGeometry g =
                SignOffGeometry.of(so.issuers(), so.dateText(), p.signOffRightChars(), p.signOffDateShiftChars());
        for (String issuer : so.issuers()) {
            XWPFParagraph x = paragraph(StylesXml.SIGN_OFF);
            rightIndent(x, g.nameRightHalfChars());
            run(x, issuer, p.body());
        }
        if (so.dateText().isPresent()) {
            XWPFParagraph x = paragraph(StylesXml.SIGN_OFF);
            rightIndent(x, g.dateRightHalfChars());
            run(x, so.dateText().get(), p.body());
        }
    }

    private void rightIndent(XWPFParagraph x, int halfChars) {
        CTPPr ppr = x.getCTPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setRightChars(BigInteger.valueOf(halfChars * 50L));
        ind.setRight(BigInteger.valueOf(Math.round(halfChars * p.charPitchTwips() / 2)));
        ppr.addNewJc().setVal(STJc.RIGHT);
    }

    private void body(String text) {
        run(paragraph(StylesXml.NORMAL), text, p.body());
    }

    private void blank() {
        paragraph(StylesXml.NORMAL);
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph x = doc.createParagraph();
        if (!style.equals(StylesXml.NORMAL)) {
            x.setStyle(style);
        }
        return x;
    }

    /** Adds {@code text} as runs in font {@code f}: tabs become {@code w:tab}, XML-illegal characters go. */
    static void run(XWPFParagraph x, String text, Font f) {
        String clean = XmlText.clean(text);
        String[] pieces = clean.split("[\t\n]", -1);
        XWPFRun r = x.createRun();
        font(r.getCTR(), f);
        int pos = 0;
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                char sep = clean.charAt(pos - 1);
                if (sep == '\t') {
                    r.addTab();
                } else {
                    r.addBreak();
                }
            }
            if (!pieces[i].isEmpty()) {
                r.setText(pieces[i], i == 0 ? 0 : r.getCTR().sizeOfTArray());
            }
            pos += pieces[i].length() + 1;
        }
    }

    static void font(CTR r, Font f) {
        CTRPr rpr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
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

    private void styles() throws IOException {
        try {
            XmlOptions o = new XmlOptions();
            o.setLoadReplaceDocumentElement(null);
            CTStyles ct = CTStyles.Factory.parse(StylesXml.build(p), o);
            doc.createStyles().setStyles(ct);
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles do not parse", e);
        }
    }

    private void section() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(p.paperWidthTwips()));
        size.setH(BigInteger.valueOf(p.paperHeightTwips()));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(p.marginTopTwips()));
        m.setBottom(BigInteger.valueOf(p.marginBottomTwips()));
        m.setLeft(BigInteger.valueOf(p.marginLeftTwips()));
        m.setRight(BigInteger.valueOf(p.marginRightTwips()));
        m.setHeader(BigInteger.valueOf(LayoutProfile.mmToTwips(15)));
        m.setFooter(BigInteger.valueOf(Math.max(
                0,
                p.marginBottomTwips()
                        - LayoutProfile.mmToTwips(p.pageNumberOffsetMm())
                        - p.pageNumber().halfPoints() * 10)));
        m.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(p.linePitchTwips()));
        grid.setCharSpace(BigInteger.valueOf(p.charSpace()));
    }

    private void footers() {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
    }

    private void pageNumber(XWPFFooter footer, boolean odd) {
        XWPFParagraph x = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        x.setStyle(StylesXml.FOOTER);
        CTPPr ppr = x.getCTPPr();
        CTInd ind = ppr.addNewInd();
        BigInteger hundredths = BigInteger.valueOf(p.pageNumberIndentChars() * 100L);
        BigInteger twips = BigInteger.valueOf(
                (long) p.pageNumberIndentChars() * p.pageNumber().halfPoints() * 10);
        if (odd) {
            ind.setRightChars(hundredths);
            ind.setRight(twips);
        } else {
            ind.setLeftChars(hundredths);
            ind.setLeft(twips);
        }
        ppr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
        Font f = p.pageNumber();
        if (!p.pageNumberPrefix().isEmpty()) {
            run(x, p.pageNumberPrefix(), f);
        }
        field(x, STFldCharType.BEGIN, f);
        XWPFRun instr = x.createRun();
        font(instr.getCTR(), f);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(x, STFldCharType.SEPARATE, f);
        run(x, "1", f);
        field(x, STFldCharType.END, f);
        if (!p.pageNumberSuffix().isEmpty()) {
            run(x, p.pageNumberSuffix(), f);
        }
    }

    private static void field(XWPFParagraph x, STFldCharType.Enum type, Font f) {
        XWPFRun r = x.createRun();
        font(r.getCTR(), f);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }

    private void properties(AnnualReport r) {
        var core = doc.getProperties().getCoreProperties();
        r.title().ifPresent(t -> core.setTitle(XmlText.clean(t.text())));
        Optional<String> issuer = r.issuer();
        core.setCreator(issuer.map(XmlText::clean).orElse("fazhi"));
    }
}
