package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
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
 * Reading: fazhi's {@link PlainTextReader} turning a report's text into the model, beside
 * commonmark-java parsing the same content written as Markdown into its node tree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ReadBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    String text;
    String markdown;
    PlainTextReader reader;
    Parser parser;

    @Setup(Level.Trial)
    public void setUp() {
        AnnualReport report = Corpus.report(size);
        text = Corpus.text(report);
        markdown = Corpus.markdown(report);
        reader = PlainTextReader.standard();
        parser = Parser.builder().build();
    }

    /** fazhi: plain text to {@link AnnualReport}. */
    @Benchmark
    public AnnualReport fazhi() {
        return reader.read(text, "report.txt");
    }

    /** Peer: commonmark-java, Markdown to its node tree. */
    @Benchmark
    public Node commonmark() {
        return parser.parse(markdown);
    }
}
