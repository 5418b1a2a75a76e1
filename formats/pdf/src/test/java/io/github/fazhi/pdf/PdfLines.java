package io.github.fazhi.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of each page of a PDF as PDFBox extracts them, with where each line starts and ends. */
final class PdfLines extends PDFTextStripper {

    /** One line: its text, its baseline from the top, its left and right x, in points. */
    record Line(String text, double y, double left, double right) {}

    private final Map<Integer, Map<Long, List<TextPosition>>> pages = new TreeMap<>();

    private PdfLines() throws IOException {
        setSortByPosition(true);
    }

    static List<List<Line>> of(PDDocument doc) throws IOException {
        PdfLines s = new PdfLines();
        s.getText(doc);
        List<List<Line>> out = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> tps : s.pages.getOrDefault(p, Map.of()).values()) {
                tps.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
                StringBuilder b = new StringBuilder();
                tps.forEach(t -> b.append(t.getUnicode()));
                TextPosition first = tps.get(0);
                TextPosition last = tps.get(tps.size() - 1);
                lines.add(new Line(
                        b.toString(),
                        first.getYDirAdj(),
                        first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj()));
            }
            out.add(lines);
        }
        return out;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        pages.computeIfAbsent(getCurrentPageNo(), k -> new TreeMap<>())
                .computeIfAbsent(Math.round(t.getYDirAdj() * 2.0), k -> new ArrayList<>())
                .add(t);
    }
}
