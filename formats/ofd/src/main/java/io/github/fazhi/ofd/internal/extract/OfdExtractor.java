package io.github.fazhi.ofd.internal.extract;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.FixedLayout;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.read.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.core.text.text.Weight;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

/**
 * Turns an OFD into source lines: checks the package ({@link OfdPackage}), lets ofdrw read the checked parts
 * from a private temporary directory (deleted afterwards), takes every text object of each page's layers and
 * of its templates, places each character at its position (the text code's X and Y, its DeltaX advances,
 * the object's boundary and transformation), groups the characters into lines by baseline, and reads the
 * page layout with {@link FixedLayout}: paragraphs rejoined, page numbers and running headers as page
 * furniture, font size, weight and centring as hints. Positions are turned from millimetres into points.
 */
public final class OfdExtractor {

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final String source;
    private final OfdLimits limits;
    private final OfdMessages messages;
    private long glyphs;

    private OfdExtractor(String source, OfdLimits limits, OfdMessages messages) {
        this.source = source;
        this.limits = limits;
        this.messages = messages;
    }

    /**
     * The lines and declared properties of the OFD in {@code content}.
     *
     * @throws ReportReadException when it is hostile, damaged, encrypted or has no text
     */
    public static SourceDocument extract(byte[] content, String source, OfdLimits limits, OfdMessages messages) {
        return new OfdExtractor(source, limits, messages).run(content);
    }

    private SourceDocument run(byte[] content) {
        if (content.length > limits.maxFileBytes()) {
            throw fail(messages.get(OfdMessages.Key.TOO_LARGE, limits.maxFileBytes()));
        }
        OfdPackage pkg = OfdPackage.read(content, source, limits, messages);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fazhi-ofd-");
            pkg.writeTo(dir);
            try (OFDReader reader = new OFDReader(dir.toString(), false)) {
                return read(reader);
            }
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw fail(messages.get(OfdMessages.Key.DAMAGED, detail(e)));
        } finally {
            delete(dir);
        }
    }

    private SourceDocument read(OFDReader reader) {
        int pages = reader.getNumberOfPages();
        if (pages > limits.maxPages()) {
            throw fail(messages.get(OfdMessages.Key.TOO_MANY_PAGES, pages, limits.maxPages()));
        }
        Map<String, CT_Font> fonts = new HashMap<>();
        for (CT_Font f : reader.getResMgt().getFonts()) {
            if (f.getID() != null) {
                fonts.put(f.getID().toString(), f);
            }
        }
        List<FixedLayout.Line> lines = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            PageInfo info = reader.getPageInfo(n);
            ST_Box size = info.getSize();
            float width = (float) (size.getWidth() * POINTS_PER_MM);
            float height = (float) (size.getHeight() * POINTS_PER_MM);
            List<FixedLayout.Glyph> onPage = new ArrayList<>();
            // templates (running headers, page numbers laid out once for many pages) and the page's own layers
            for (Page p : info.getOrderRelatedPageList()) {
                if (p != null && p.getContent() != null) {
                    for (CT_Layer layer : p.getContent().getLayers()) {
                        blocks(layer.getPageBlocks(), fonts, onPage);
                    }
                }
            }
            lines.addAll(lines(onPage, n, width, height));
        }
        long chars = glyphs;
        if (chars == 0 || lines.isEmpty()) {
            throw fail(messages.get(OfdMessages.Key.NO_TEXT, pages, chars));
        }
        List<SourceLine> out = FixedLayout.read(lines);
        return new SourceDocument(source, "ofd", out, info(reader));
    }

    /** The glyphs of the text objects in {@code blocks}, page blocks walked without recursion. */
    private void blocks(List<PageBlockType> blocks, Map<String, CT_Font> fonts, List<FixedLayout.Glyph> out) {
        List<List<PageBlockType>> stack = new ArrayList<>();
        stack.add(blocks);
        while (!stack.isEmpty()) {
            List<PageBlockType> list = stack.remove(stack.size() - 1);
            for (PageBlockType b : list) {
                if (b instanceof TextObject t) {
                    text(t, fonts, out);
                } else if (b instanceof CT_PageBlock block) {
                    stack.add(block.getPageBlocks());
                }
            }
        }
    }

    private void text(TextObject t, Map<String, CT_Font> fonts, List<FixedLayout.Glyph> out) {
        ST_Box box = t.getBoundary();
        double bx = box == null ? 0 : box.getTopLeftX();
        double by = box == null ? 0 : box.getTopLeftY();
        double size = t.getSize() == null ? 3.5 : t.getSize();
        double[] ctm = ctm(t.getCTM());
        double scale = Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
        boolean bold = bold(t, fonts);
        float pointSize = (float) (size * scale * POINTS_PER_MM);
        double x = 0;
        double y = 0;
        for (TextCode code : t.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isEmpty()) {
                continue;
            }
            if (code.getX() != null) {
                x = code.getX();
            }
            if (code.getY() != null) {
                y = code.getY();
            }
            float[] delta = deltaX(code);
            for (int at = 0, i = 0; at < content.length(); i++) {
                int cp = content.codePointAt(at);
                at += Character.charCount(cp);
                if (++glyphs > limits.maxGlyphs()) {
                    throw fail(messages.get(OfdMessages.Key.TOO_MANY_GLYPHS, limits.maxGlyphs()));
                }
                double advance = delta.length > 0
                        ? delta[Math.min(i, delta.length - 1)] // the last advance goes on for the rest
                        : cp < 0x2E80 ? size * 0.5 : size;
                double gx = ctm[0] * x + ctm[2] * y + ctm[4] + bx;
                double gy = ctm[1] * x + ctm[3] * y + ctm[5] + by;
                String text = texts.of(cp);
                out.add(new FixedLayout.Glyph(
                        text,
                        (float) (gx * POINTS_PER_MM),
                        (float) (gy * POINTS_PER_MM),
                        (float) (advance * scale * POINTS_PER_MM),
                        pointSize,
                        bold));
                x += advance;
            }
        }
    }

    /**
     * The advances a text code's {@code DeltaX} gives its characters, as ofdrw reads them
     * ({@link #deltaXPlain}); read straight from the attribute when it is plain numbers and {@code g} runs, and
     * through ofdrw otherwise.
     */
    static float[] deltaX(TextCode code) {
        String attr = code.attributeValue("DeltaX");
        if (attr == null) {
            return NO_DELTA;
        }
        float[] fast = DeltaX.parse(attr);
        return fast != null ? fast : deltaXPlain(code);
    }

    private static final float[] NO_DELTA = {};

    /**
     * The advances the plain way: ofdrw's {@link TextCode#getDeltaX()} and {@link DeltaTool} (without the
     * padding to the text's length, which {@link #text} does), the reference {@link DeltaX} is tested against.
     */
    static float[] deltaXPlain(TextCode code) {
        ST_Array d = code.getDeltaX();
        if (d == null) {
            return NO_DELTA;
        }
        List<Float> list = DeltaTool.getDelta(d, 0);
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** The text of each character, made once per document and code point (most characters recur). */
    private final GlyphTexts texts = new GlyphTexts();

    private static double[] ctm(ST_Array a) {
        if (a == null) {
            return new double[] {1, 0, 0, 1, 0, 0};
        }
        Double[] v = a.toDouble();
        if (v.length != 6) {
            return new double[] {1, 0, 0, 1, 0, 0};
        }
        return new double[] {v[0], v[1], v[2], v[3], v[4], v[5]};
    }

    private static boolean bold(TextObject t, Map<String, CT_Font> fonts) {
        Weight w = t.getWeight();
        if (w != null && w.ordinal() >= Weight.W_600.ordinal()) {
            return true;
        }
        CT_Font font = t.getFont() == null ? null : fonts.get(t.getFont().toString());
        if (font == null) {
            return false;
        }
        if (Boolean.TRUE.equals(font.getBold())) {
            return true;
        }
        String name = (font.getFontName() == null ? "" : font.getFontName()) + " "
                + (font.getFamilyName() == null ? "" : font.getFamilyName());
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("bold") || n.contains("heavy") || n.contains("black");
    }

    /** Glyphs grouped into lines by baseline, top to bottom, each line's glyphs left to right in words. */
    private static List<FixedLayout.Line> lines(List<FixedLayout.Glyph> glyphs, int page, float width, float height) {
        List<FixedLayout.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(FixedLayout.Glyph::baseline).thenComparingDouble(FixedLayout.Glyph::x));
        List<List<FixedLayout.Glyph>> rows = new ArrayList<>();
        List<FixedLayout.Glyph> row = new ArrayList<>();
        float base = Float.NaN;
        for (FixedLayout.Glyph g : sorted) {
            if (!row.isEmpty() && Math.abs(g.baseline() - base) > 0.3f * Math.max(g.size(), 1)) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                base = g.baseline();
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<FixedLayout.Line> out = new ArrayList<>(rows.size());
        int number = 0;
        for (List<FixedLayout.Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(FixedLayout.Glyph::x));
            List<FixedLayout.Word> words = new ArrayList<>();
            List<FixedLayout.Glyph> word = new ArrayList<>();
            FixedLayout.Glyph previous = null;
            for (FixedLayout.Glyph g : r) {
                if (previous != null && g.x() - previous.end() > 0.15f * Math.max(g.size(), 1)) {
                    words.add(word(word));
                    word = new ArrayList<>();
                }
                word.add(g);
                previous = g;
            }
            words.add(word(word));
            out.add(new FixedLayout.Line(page, ++number, words, width, height));
        }
        return out;
    }

    private static FixedLayout.Word word(List<FixedLayout.Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (FixedLayout.Glyph g : glyphs) {
            text.append(g.text());
        }
        return new FixedLayout.Word(text.toString(), glyphs);
    }

    private static DocumentInfo info(OFDReader reader) {
        DocumentInfo.Builder info = DocumentInfo.builder();
        try {
            CT_DocInfo d = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            if (d != null) {
                if (d.getTile() != null) {
                    info.title(SourceText.normalise(d.getTile()));
                }
                if (d.getAuthor() != null) {
                    info.author(SourceText.normalise(d.getAuthor()));
                }
                if (d.getCreationDate() != null) {
                    info.created(d.getCreationDate());
                }
            }
        } catch (Exception e) {
            // a damaged document description: the text still reads
        }
        return info.build();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's temporary-file cleaning
                }
            });
        } catch (IOException e) {
            // left for the system's temporary-file cleaning
        }
    }

    private static String detail(Throwable e) {
        String d = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        d = d.replaceAll("\\s+", " ");
        return d.length() > 200 ? d.substring(0, 200) + "…" : d;
    }

    private ReportReadException fail(String problem) {
        return ReportReadException.of(source, "", problem, null);
    }
}
