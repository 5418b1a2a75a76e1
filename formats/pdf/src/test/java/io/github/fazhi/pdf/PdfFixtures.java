package io.github.fazhi.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The checked-in PDFs (see FIXTURES.md beside them) and hostile PDFs made with PDFBox for the tests. */
final class PdfFixtures {

    private PdfFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = PdfFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Pages that are pictures of text and nothing else, as a scanner writes them. */
    static byte[] scan(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 595, 842);
            g.setColor(Color.BLACK);
            for (int y = 120; y < 760; y += 28) {
                g.fillRect(80, y, 430, 14); // lines of "text", as ink
            }
            g.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.drawImage(picture, 0, 0, 595, 842);
                }
            }
            return save(doc);
        }
    }

    /** {@code pdf} with the ToUnicode map taken out of every font. */
    static byte[] withoutToUnicode(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    font.getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            return save(doc);
        }
    }

    /** A CJK TrueType font on this machine, if any (WenQuanYi Zen Hei, from fonts-wqy-zenhei). */
    static Optional<Path> cjkTrueType() {
        Path p = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * A report page in a CJK font embedded as a CID font (Type0, Identity-H), as word processors embed
     * Chinese fonts, whose ToUnicode map is then removed: its glyphs map to no characters.
     */
    static byte[] cjkWithoutToUnicode(Path ttc) throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(ttc.toFile())) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.beginText();
                c.setFont(font, 16);
                c.newLineAtOffset(80, 760);
                c.setLeading(28);
                for (String line : new String[] {
                    "清河区清源街道办事处2025年法治政府建设年度报告",
                    "一、2025年推进法治政府建设的主要举措和成效",
                    "街道党工委把法治建设纳入年度重点工作，全年召开专题会议4次。",
                    "二、2025年推进法治政府建设存在的不足和原因",
                    "三、2025年党政主要负责人履行推进法治建设第一责任人职责情况",
                    "四、2026年推进法治政府建设的主要安排"
                }) {
                    c.showText(line);
                    c.newLine();
                }
                c.endText();
            }
            pdf = save(doc);
        }
        return withoutToUnicode(pdf);
    }

    /** A PDF that opens only with the password {@code user}. */
    static byte[] encrypted(byte[] pdf, String user, String owner) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** One page whose content stream inflates to {@code inflated} bytes of spaces from a few KB. */
    static byte[] decompressionBomb(long inflated) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDStream content = new PDStream(doc);
            COSStream stream = content.getCOSObject();
            try (OutputStream raw = stream.createRawOutputStream();
                    DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(9), 1 << 16)) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (long done = 0; done < inflated; done += spaces.length) {
                    z.write(spaces, 0, (int) Math.min(spaces.length, inflated - done));
                }
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(content);
            return save(doc);
        }
    }

    /** A page with {@code count} operations ({@code q Q} pairs) in a content stream. */
    static byte[] manyOperations(int pairs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                byte[] qq = "q Q\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
                for (int done = 0; done < pairs; done += 4096) {
                    out.write(qq);
                }
            }
            page.setContents(content);
            return save(doc);
        }
    }

    /** {@code count} empty pages. */
    static byte[] pages(int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return save(doc);
        }
    }

    /**
     * A hand-written PDF whose page dictionary and page content each hold an array nested {@code depth} deep, a parser's stack
     * exhausted by recursion.
     */
    static byte[] deeplyNested(int depth) {
        String content = "[".repeat(depth) + "]".repeat(depth) + " pop\n";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[5];
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Nested " + "[".repeat(depth)
                    + "]".repeat(depth) + " >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream"
        };
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i <= 4; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
