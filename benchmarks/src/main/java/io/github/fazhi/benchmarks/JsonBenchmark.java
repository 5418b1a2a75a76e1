package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportJson;
import java.util.concurrent.TimeUnit;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's JSON form: fazhi's {@link ReportJson} (jackson-core's streaming API alone: reading parses
 * into fazhi's own tree, checks every field against the schema and builds the model; writing streams the
 * model), beside Jackson databind parsing the same JSON into its {@link JsonNode} tree and writing that
 * tree with its default pretty printer, which is what fazhi did before it moved to streaming (and less
 * work than fazhi's reading: no checks, no model).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class JsonBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    AnnualReport report;
    String json;
    JsonNode tree;
    JsonMapper mapper;
    ObjectWriter pretty;

    @Setup(Level.Trial)
    public void setUp() {
        report = Corpus.report(size);
        json = ReportJson.write(report);
        mapper = JsonMapper.builder().build();
        pretty = mapper.writerWithDefaultPrettyPrinter();
        tree = mapper.readTree(json);
    }

    /** fazhi: the model to JSON. */
    @Benchmark
    public String fazhiWrite() {
        return ReportJson.write(report);
    }

    /** fazhi: JSON to the model, every field checked. */
    @Benchmark
    public AnnualReport fazhiRead() {
        return ReportJson.read(json, "report.json");
    }

    /** Jackson databind: its tree to pretty-printed JSON. */
    @Benchmark
    public String databindWrite() {
        return pretty.writeValueAsString(tree);
    }

    /** Jackson databind: JSON to its tree. */
    @Benchmark
    public JsonNode databindRead() {
        return mapper.readTree(json);
    }
}
