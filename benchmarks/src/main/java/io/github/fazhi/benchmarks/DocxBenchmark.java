package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.docx.DocxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * DOCX writing: fazhi's {@link DocxRenderer} (GB/T 9704-2012 layout: page set-up, styles, fonts,
 * numbering, page numbers, sign-off geometry) beside a bare Apache POI program writing the same
 * paragraphs (every line of the report's text) with no styling at all. Both write to memory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dlog4j2.statusLoggerLevel=OFF"})
@State(Scope.Benchmark)
public class DocxBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    AnnualReport report;
    List<String> lines;
    DocxRenderer renderer;

    @Setup(Level.Trial)
    public void setUp() {
        report = Corpus.report(size);
        lines = Corpus.text(report).lines().filter(l -> !l.isBlank()).toList();
        renderer = DocxRenderer.standard();
    }

    /** fazhi: the report as a GB/T 9704 DOCX. */
    @Benchmark
    public byte[] fazhi() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(report, out);
        return out.toByteArray();
    }

    /** Peer: Apache POI, one unstyled paragraph per line. */
    @Benchmark
    public byte[] poi() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        return out.toByteArray();
    }
}
