package io.github.fazhi.docx;

import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/** The paragraphs of a rendering as POI's paragraphs and runs: the target of {@link DocxWriter}, and the reference. */
final class PoiParagraphs extends Paragraphs<XWPFParagraph, XWPFRun> {

    private final XWPFDocument document;

    PoiParagraphs(XWPFDocument document, LayoutProfile layout) {
        super(layout);
        this.document = Objects.requireNonNull(document, "document");
    }

    XWPFDocument document() {
        return document;
    }

    @Override
    XWPFParagraph newParagraph(String styleId) {
        XWPFParagraph p = document.createParagraph();
        if (!styleId.equals(DocxStyles.NORMAL)) {
            p.setStyle(styleId);
        }
        return p;
    }

    @Override
    XWPFRun newRun(XWPFParagraph paragraph, Font font, Optional<String> characterStyle) {
        XWPFRun r = paragraph.createRun();
        DocxWriter.font(r.getCTR(), font);
        characterStyle.ifPresent(s -> r.getCTR().getRPr().addNewRStyle().setVal(s));
        return r;
    }

    @Override
    void text(XWPFRun run, String text) {
        run.setText(text, run.getCTR().sizeOfTArray());
    }

    @Override
    void tab(XWPFRun run) {
        run.addTab();
    }

    @Override
    void lineBreak(XWPFRun run) {
        run.addBreak();
    }

    @Override
    Optional<XWPFParagraph> last() {
        List<XWPFParagraph> all = document.getParagraphs();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    void keepWithNext(XWPFParagraph paragraph) {
        CTPPr ppr = paragraph.getCTPPr();
        if (ppr.isSetKeepNext()) {
            ppr.getKeepNext().setVal(STOnOff1.ON);
        } else {
            ppr.addNewKeepNext();
        }
    }

    @Override
    void signOffLine(XWPFParagraph paragraph, boolean left, long hundredths, long twips) {
        CTPPr ppr = paragraph.getCTPPr();
        ppr.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
        ppr.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        if (left) {
            ind.setLeftChars(BigInteger.valueOf(hundredths));
            ind.setLeft(BigInteger.valueOf(twips));
            ind.setFirstLineChars(BigInteger.ZERO);
            ind.setFirstLine(BigInteger.ZERO);
        } else {
            ind.setRightChars(BigInteger.valueOf(hundredths));
            ind.setRight(BigInteger.valueOf(twips));
        }
        ppr.addNewJc().setVal(left ? STJc.LEFT : STJc.RIGHT);
    }
}
