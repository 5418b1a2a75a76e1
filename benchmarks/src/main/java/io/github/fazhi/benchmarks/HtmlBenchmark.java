package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.html.HtmlRenderer;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
 * HTML rendering: fazhi's {@link HtmlRenderer} rendering the model, beside commonmark-java's
 * {@link org.commonmark.renderer.html.HtmlRenderer} rendering the node tree of the same content
 * written as Markdown. Both trees are built once, outside the measurement.
 *
 * <p>commonmark renders a fragment, so {@link #fazhi()} does too; {@link #fazhiPage()} is the default
 * complete page, with its embedded style sheet, for reference.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class HtmlBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    AnnualReport report;
    Node document;
    HtmlRenderer fragment;
    HtmlRenderer page;
    org.commonmark.renderer.html.HtmlRenderer commonmarkRenderer;

    @Setup(Level.Trial)
    public void setUp() {
        report = Corpus.report(size);
        document = Parser.builder().build().parse(Corpus.markdown(report));
        fragment = HtmlRenderer.builder().fragment(true).build();
        page = HtmlRenderer.builder().build();
        commonmarkRenderer = org.commonmark.renderer.html.HtmlRenderer.builder().build();
    }

    /** fazhi: the report as an HTML fragment. */
    @Benchmark
    public String fazhi() {
        return fragment.renderToString(report);
    }

    /** fazhi: the report as a complete page with the embedded style sheet. */
    @Benchmark
    public String fazhiPage() {
        return page.renderToString(report);
    }

    /** Peer: commonmark-java's HTML renderer on the same content. */
    @Benchmark
    public String commonmark() {
        return commonmarkRenderer.render(document);
    }
}
