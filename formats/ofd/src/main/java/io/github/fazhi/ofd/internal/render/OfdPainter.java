package io.github.fazhi.ofd.internal.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.FontFace;
import io.github.fazhi.paged.LaidOutReport;
import io.github.fazhi.paged.LaidOutReport.Page;
import io.github.fazhi.paged.LaidOutReport.Run;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dom4j.DocumentException;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * Paints a {@link LaidOutReport} with ofdrw-layout: one canvas per page over the whole page; each run becomes a
 * text object whose first glyph stands at the run's baseline and whose {@code DeltaX} gives every next glyph's
 * place exactly. Fonts are embedded as TrueType subsets ({@link FontFace#subset}), written for ofdrw to a
 * temporary folder that is deleted afterwards. OFD measures in millimetres.
 */
public final class OfdPainter {

    private static final double MM = 25.4 / 72;

    private OfdPainter() {}

    /** Writes {@code laid} as an OFD package to {@code out}, which stays open. */
    public static void paint(AnnualReport report, LaidOutReport laid, Instant created, OutputStream out)
            throws IOException {
        Path tmp = Files.createTempDirectory("fazhi-ofd-");
        try {
            Map<FontFace, Font> fonts = fonts(laid, tmp);
            double w = laid.pageWidth() * MM;
            double h = laid.pageHeight() * MM;
            PageLayout page = new PageLayout(w, h);
            page.setMargin(0d);
            try (OFDDoc doc = new OFDDoc(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller's stream stays open
                }
            })) {
                doc.setDefaultPageLayout(page);
                info(doc, report, created);
                for (Page p : laid.pages()) {
                    VirtualPage vp = new VirtualPage(page);
                    Canvas canvas = new Canvas(0, 0, w, h);
                    canvas.setDrawer(ctx -> {
                        for (Run r : p.runs()) {
                            ctx.setFont(new FontSetting(r.size() * MM, fonts.get(r.face())));
                            ctx.fillText(r.text(), r.x()[0] * MM, r.baseline() * MM);
                            place(canvas.getPreferBlock(), r);
                        }
                    });
                    vp.add(canvas);
                    doc.addVPage(vp);
                }
            }
        } finally {
            delete(tmp);
        }
    }

    /** Puts the text object just added at the run's place, glyph by glyph. */
    private static void place(CT_PageBlock block, Run r) {
        List<PageBlockType> blocks = block.getPageBlocks();
        PageBlockType last = blocks.get(blocks.size() - 1);
        if (!(last instanceof CT_Text text)) {
            throw new IllegalStateException("ofdrw added no text object for " + r);
        }
        double[] x = r.x();
        TextCode code = text.getTextCodes().get(0);
        code.setX(x[0] * MM).setY(r.baseline() * MM);
        if (x.length > 1) {
            Double[] delta = new Double[x.length - 1];
            for (int i = 1; i < x.length; i++) {
                delta[i - 1] = Math.round((x[i] - x[i - 1]) * MM * 1000) / 1000.0;
            }
            code.setDeltaX(delta);
        } else {
            code.removeAttr("DeltaX");
        }
    }

    private static Map<FontFace, Font> fonts(LaidOutReport laid, Path dir) throws IOException {
        Map<FontFace, Set<Integer>> used = new LinkedHashMap<>();
        for (Page p : laid.pages()) {
            for (Run r : p.runs()) {
                Set<Integer> cps = used.computeIfAbsent(r.face(), k -> new TreeSet<>());
                r.text().codePoints().forEach(cps::add);
            }
        }
        Map<FontFace, Font> out = new HashMap<>();
        int i = 0;
        for (Map.Entry<FontFace, Set<Integer>> e : used.entrySet()) {
            Path file = dir.resolve("font_" + (i++) + ".ttf");
            Files.write(file, e.getKey().subset(e.getValue()));
            String name = e.getKey().name();
            out.put(e.getKey(), new Font(name, name, file));
        }
        return out;
    }

    private static void info(OFDDoc doc, AnnualReport report, Instant created) throws IOException {
        try {
            CT_DocInfo info = doc.getOfdDir().getOfd().getDocBody().getDocInfo();
            report.title().ifPresent(t -> info.setTile(t.text()));
            if (!report.metadata().issuers().isEmpty()) {
                info.setAuthor(String.join("、", report.metadata().issuers()));
            }
            info.setCreationDate(LocalDate.ofInstant(created, ZoneOffset.UTC));
            info.setCreator("fazhi");
            info.removeOFDElemByNames("CreatorVersion"); // ofdrw's own version, not the creator's
        } catch (DocumentException e) {
            throw new IOException("cannot set the OFD document information", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary file left behind is not worth failing the rendering for
        }
    }
}
