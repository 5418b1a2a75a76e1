package io.github.fazhi.pdf.internal.extract;

import io.github.fazhi.core.read.FixedLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper, kept for what it does well (grouping glyphs into lines in reading order, sorted
 * by position), collecting each line's words with their glyphs instead of writing text. It also counts
 * the glyphs shown and those whose font maps them to no character (a CID font without a ToUnicode map:
 * PDFBox drops them), records which glyphs are painted filled and stroked (synthetic bold), and spends
 * the read's {@link Budget} on every operation and character.
 */
final class LineCollector extends PDFTextStripper {

    private final Budget budget;
    private final List<FixedLayout.Line> lines = new ArrayList<>();
    private final Map<TextPosition, Boolean> stroked = new IdentityHashMap<>();
    private List<FixedLayout.Word> current = new ArrayList<>();
    private int page;
    private int lineOnPage;
    private float pageWidth;
    private float pageHeight;
    private long glyphs;
    private long unmapped;

    LineCollector(Budget budget) {
        this.budget = budget;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        setShouldSeparateByBeads(false);
    }

    List<FixedLayout.Line> lines() {
        return lines;
    }

    long glyphs() {
        return glyphs;
    }

    long unmappedGlyphs() {
        return unmapped;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operation();
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        glyphs++;
        if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        budget.character();
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
            stroked.put(text, Boolean.TRUE);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page++;
        lineOnPage = 0;
        pageWidth = p.getCropBox().getWidth();
        pageHeight = p.getCropBox().getHeight();
        budget.checkTime();
        super.startPage(p);
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        flush();
        stroked.clear();
        super.endPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<FixedLayout.Glyph> glyphList = new ArrayList<>(positions.size());
        for (TextPosition t : positions) {
            glyphList.add(new FixedLayout.Glyph(
                    t.getUnicode() == null ? "" : t.getUnicode(),
                    t.getXDirAdj(),
                    t.getYDirAdj(),
                    t.getWidthDirAdj(),
                    t.getFontSizeInPt(),
                    isBold(t)));
        }
        if (!glyphList.isEmpty()) {
            current.add(new FixedLayout.Word(text, glyphList));
        }
    }

    @Override
    protected void writeWordSeparator() {
        // the reader decides spacing from the glyphs' positions
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    private void flush() {
        if (!current.isEmpty()) {
            lines.add(new FixedLayout.Line(page, ++lineOnPage, List.copyOf(current), pageWidth, pageHeight));
            current = new ArrayList<>();
        }
    }

    private boolean isBold(TextPosition t) {
        if (stroked.containsKey(t)) {
            return true;
        }
        PDFont font = t.getFont();
        if (font == null) {
            return false;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName();
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        int plus = n.indexOf('+');
        n = plus >= 0 ? n.substring(plus + 1) : n;
        return n.contains("bold")
                || n.contains("heavy")
                || n.contains("black")
                || n.contains("semibold")
                || n.contains("demibold");
    }
}
