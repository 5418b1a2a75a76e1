package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.ofd.OfdRenderer;
import io.github.fazhi.paged.FontFace;
import io.github.fazhi.paged.FontLibrary;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OFD writing: fazhi's {@link OfdRenderer} (the same layout as the PDF, glyph by glyph, fonts subset per report)
 * beside bare ofdrw-layout writing the same lines as unstyled paragraphs with its own flow layout, in a font file
 * prepared once (the body face already cut down to the report's characters, so the peer does no subsetting).
 * Both write to memory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class OfdBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    AnnualReport report;
    List<String> lines;
    OfdRenderer renderer;
    Path fontDir;
    Font font;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        report = Corpus.report(size);
        lines = PagedPeers.lines(report);
        renderer = OfdRenderer.standard();
        FontFace body = PagedPeers.bodyFace(FontLibrary.system(), LayoutProfile.gbt9704());
        TreeSet<Integer> cps = new TreeSet<>();
        lines.forEach(l -> l.codePoints().forEach(cps::add));
        fontDir = Files.createTempDirectory("fazhi-bench-ofd");
        Path file = fontDir.resolve("body.ttf");
        Files.write(file, body.subset(cps));
        font = new Font(body.name(), body.name(), file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(fontDir.resolve("body.ttf"));
        Files.deleteIfExists(fontDir);
    }

    /** fazhi: the report as a GB/T 9704 OFD. */
    @Benchmark
    public byte[] fazhi() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(report, out);
        return out.toByteArray();
    }

    /** Peer: bare ofdrw-layout, one unstyled paragraph per line, its own flow layout. */
    @Benchmark
    public byte[] ofdrw() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (OFDDoc doc = new OFDDoc(out)) {
            for (String line : lines) {
                Paragraph p = new Paragraph(line, 16 * 25.4 / 72);
                p.setDefaultFont(font);
                doc.add(p);
            }
        }
        return out.toByteArray();
    }
}
