package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.FontFace;
import io.github.fazhi.paged.FontLibrary;
import io.github.fazhi.pdf.PdfRenderer;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF writing: fazhi's {@link PdfRenderer} (GB/T 9704 layout: faces found and glyph-checked, 公文 line breaking,
 * pagination, page numbers, tagged structure, bookmarks, font subsets) beside a bare PDFBox program writing the
 * same lines unstyled: the body face embedded as a subset (it must embed a Chinese font to print the text at
 * all), every line of the report's text cut at 28 characters, 22 lines a page, no tags. Both write to memory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PdfBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    AnnualReport report;
    List<String> lines;
    PdfRenderer renderer;
    FontFace body;

    @Setup(Level.Trial)
    public void setUp() {
        report = Corpus.report(size);
        lines = PagedPeers.lines(report);
        renderer = PdfRenderer.standard();
        body = PagedPeers.bodyFace(FontLibrary.system(), LayoutProfile.gbt9704());
    }

    /** fazhi: the report as a GB/T 9704 PDF. */
    @Benchmark
    public byte[] fazhi() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(report, out);
        return out.toByteArray();
    }

    /** Peer: bare PDFBox, the same lines in the body face, unstyled. */
    @Benchmark
    public byte[] pdfbox() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument doc = new PDDocument();
                FontFace.Opened opened = body.open()) {
            PDType0Font font = PDType0Font.load(doc, opened.font(), true);
            PDPageContentStream cs = null;
            int onPage = 22;
            for (String line : lines) {
                if (onPage == 22) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(font, 16);
                    cs.newLineAtOffset(79.4f, 841.9f - 104.9f - 16);
                    onPage = 0;
                }
                cs.showText(line);
                cs.newLineAtOffset(0, -28.95f);
                onPage++;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            doc.save(out);
        }
        return out.toByteArray();
    }
}
