package io.github.fazhi.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ofdrw.font.FontName;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.Span;
import org.ofdrw.layout.element.TextAlign;

/**
 * OFDs for the tests: a report's text laid out with ofdrw-layout as a word processor would (the checked-in
 * files were made by {@link #layOut}; see FIXTURES.md), and hostile packages made by hand.
 */
final class OfdFixtures {

    /** 16 pt, 22 pt and 14 pt in millimetres, as ofdrw measures. */
    private static final double BODY = 16 * 25.4 / 72;

    private static final double TITLE = 22 * 25.4 / 72;
    private static final double FOOTER = 14 * 25.4 / 72;

    private OfdFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = OfdFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report typed as {@code text} laid out on A4 pages with ofdrw-layout: the first line a centred
     * 22 pt bold title, short lines numbered 一、 in 黑体, short （一） lines in bold 楷体, tab-separated
     * lines as table rows (the cells on one line, a wide gap after each), the addressee flush left, the sign-off right-aligned,
     * other lines as 16 pt 仿宋 paragraphs with a two-character indent that ofdrw wraps, and page numbers
     * {@code — n —} at the foot of every page.
     */
    static byte[] layOut(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        try (OFDDoc doc = new OFDDoc(out)) {
            try {
                var info = doc.getOfdDir().getOfd().getDocBody().getDocInfo();
                info.setTile(lines.get(0)); // ofdrw spells it so
                info.setAuthor(lines.get(lines.size() - 2));
            } catch (org.dom4j.DocumentException e) {
                throw new IOException(e);
            }
            PageLayout a4 = PageLayout.A4();
            a4.setMargin(37d, 26d, 35d, 28d);
            doc.setDefaultPageLayout(a4);
            doc.onPage(page -> {
                Paragraph number = new Paragraph("— " + page.getPageNum() + " —", FOOTER);
                number.setPosition(Position.Absolute);
                number.setXY(28d, 297d - 28d);
                number.setWidth(156d);
                number.setTextAlign(TextAlign.center);
                page.add(number);
            });
            boolean signOff = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i == 0) {
                    Paragraph title = new Paragraph();
                    title.add(new Span(FontName.SimHei.font(), TITLE, line).setBold(true));
                    title.setTextAlign(TextAlign.center);
                    title.setMargin(0d, 0d, BODY, 0d);
                    title.setWidth(156d);
                    doc.add(title);
                } else if (line.indexOf('\t') >= 0) {
                    // a table row: the cells in one line, a wide gap after each (the last glyph's spacing)
                    Paragraph row = new Paragraph();
                    String[] cells = line.split("\t");
                    for (int c = 0; c < cells.length; c++) {
                        String cell = cells[c];
                        if (c < cells.length - 1 && cell.length() > 1) {
                            row.add(new Span(FontName.FangSong.font(), BODY, cell.substring(0, cell.length() - 1)));
                        }
                        Span last = new Span(
                                FontName.FangSong.font(),
                                BODY,
                                c < cells.length - 1 ? cell.substring(cell.length() - 1) : cell);
                        if (c < cells.length - 1) {
                            last.setLetterSpacing(3 * BODY);
                        }
                        row.add(last);
                    }
                    row.setWidth(156d);
                    doc.add(row);
                } else if (line.matches("^[一二三四五六七八九十]+、.*") && line.length() <= 40) {
                    Paragraph h = new Paragraph(line, BODY, FontName.SimHei.font());
                    h.setFirstLineIndent(2);
                    h.setWidth(156d);
                    doc.add(h);
                } else if (line.matches("^（[一二三四五六七八九十]+）.*") && line.length() <= 20) {
                    Paragraph h = new Paragraph();
                    h.add(new Span(FontName.KaiTi.font(), BODY, line).setBold(true));
                    h.setFirstLineIndent(2);
                    h.setWidth(156d);
                    doc.add(h);
                } else if (signOff || i == lines.size() - 2 && line.matches(".*(办事处|局|政府)$")) {
                    signOff = true;
                    Paragraph s = new Paragraph(line, BODY, FontName.FangSong.font());
                    s.setTextAlign(TextAlign.right);
                    s.setWidth(156d);
                    s.setMarginTop(line.matches(".*(办事处|局|政府)$") ? BODY : 0d);
                    doc.add(s);
                } else {
                    Paragraph p = new Paragraph(line, BODY, FontName.FangSong.font());
                    if (!(line.endsWith("：") && line.length() < 30)) {
                        p.setFirstLineIndent(2);
                    }
                    p.setWidth(156d);
                    doc.add(p);
                }
            }
        }
        return out.toByteArray();
    }

    /** A ZIP of the given entries, name then content, each stored deflated. */
    static byte[] zip(Object... nameAndContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameAndContent[i]));
                Object c = nameAndContent[i + 1];
                z.write(c instanceof byte[] b ? b : c.toString().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
