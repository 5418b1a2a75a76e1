package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.testing.Fixtures;
import io.github.fazhi.doc.DocReportReader;
import io.github.fazhi.html.HtmlReportReader;
import io.github.fazhi.ofd.OfdReportReader;
import io.github.fazhi.pdf.PdfReportReader;
import io.github.fazhi.render.html.HtmlRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.jsoup.Jsoup;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
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
 * Reading the formats offices hold, on one report (the 11-page fictional {@code qinghe-justice-2025}: a
 * {@code .doc} and a PDF LibreOffice wrote, an OFD ofdrw laid out, the page fazhi's HTML renderer writes):
 * each fazhi reader into the model ({@code fazhi}) and its extractor alone, the lines with their hints
 * ({@code fazhiLines}), beside the bare library's own text extraction of the same file ({@code peer}: HWPF's
 * {@link WordExtractor}, PDFBox's {@link PDFTextStripper}, jsoup's {@code Element.text()} after parsing,
 * ofdrw's {@link ContentExtractor}). The peers give a string; fazhi gives a validated model's input, with
 * layout, furniture and bounds checked on the way.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dlog4j2.statusLoggerLevel=OFF"})
@State(Scope.Benchmark)
public class ReadFormatsBenchmark {

    /** The format read. */
    @Param({"doc", "pdf", "ofd", "html"})
    public String format;

    byte[] content;

    @Setup(Level.Trial)
    public void setUp() {
        if (format.equals("html")) {
            AnnualReport report = PlainTextReader.standard()
                    .read(Fixtures.text("qinghe-justice-2025.txt"), "qinghe-justice-2025.txt");
            content = HtmlRenderer.builder().build().renderToString(report).getBytes(StandardCharsets.UTF_8);
        } else {
            content = resource("readers/qinghe-justice-2025." + format);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = ReadFormatsBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no benchmark input " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fazhi: the file into the model. */
    @Benchmark
    public AnnualReport fazhi() {
        String name = "qinghe." + format;
        return switch (format) {
            case "doc" -> DocReportReader.standard().read(content, name);
            case "pdf" -> PdfReportReader.standard().read(content, name);
            case "ofd" -> OfdReportReader.standard().read(content, name);
            default -> HtmlReportReader.standard().read(content, name);
        };
    }

    /** fazhi's extractor alone: the lines with their hints, no structure reading. */
    @Benchmark
    public List<?> fazhiLines() {
        String name = "qinghe." + format;
        SourceDocument doc = switch (format) {
            case "doc" -> DocReportReader.standard().extract(content, name);
            case "pdf" -> PdfReportReader.standard().extract(content, name);
            case "ofd" -> OfdReportReader.standard().extract(content, name);
            default -> HtmlReportReader.standard().extract(content, name);
        };
        return doc.lines();
    }

    /** Peer: the bare library's own text extraction of the same file. */
    @Benchmark
    public String peer() throws IOException {
        switch (format) {
            case "doc":
                try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content));
                        WordExtractor extractor = new WordExtractor(doc)) {
                    return extractor.getText();
                }
            case "pdf":
                try (PDDocument doc = Loader.loadPDF(content)) {
                    return new PDFTextStripper().getText(doc);
                }
            case "ofd":
                try (OFDReader reader = new OFDReader(new ByteArrayInputStream(content))) {
                    return String.join("\n", new ContentExtractor(reader).extractAll());
                }
            default:
                return Jsoup.parse(new String(content, StandardCharsets.UTF_8))
                        .body()
                        .text();
        }
    }
}
