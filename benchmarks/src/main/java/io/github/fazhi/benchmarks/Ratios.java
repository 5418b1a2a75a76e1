package io.github.fazhi.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff results.json}) into the Markdown tables of the
 * README: each fazhi benchmark (a method named {@code fazhi…}) beside every peer in the same class
 * and with the same parameters, with the ratio fazhi / peer, the bytes allocated per operation
 * when the run had {@code -prof gc}, and the ratio of CPU time per operation when it had
 * {@code -prof io.github.fazhi.benchmarks.CpuTimeProfiler}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.fazhi.benchmarks.Ratios results.json
 * </pre>
 */
public final class Ratios {

    private Ratios() {}

    /** One measured benchmark. */
    record Result(
            String group,
            String method,
            String params,
            double score,
            double error,
            String unit,
            Optional<Double> bytesPerOp,
            Optional<Double> cpuPerOp) {
        boolean isFazhi() {
            return method.startsWith("fazhi");
        }
    }

    /**
     * Prints the tables.
     *
     * @param args the JMH JSON result file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Ratios <jmh-result.json>");
            System.exit(2);
        }
        System.out.print(table(parse(Files.readString(Path.of(args[0])))));
    }

    static List<Result> parse(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<Result> results = new ArrayList<>();
        for (JsonNode run : root) {
            String benchmark = run.get("benchmark").asString();
            int dot = benchmark.lastIndexOf('.');
            String group = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            Map<String, String> params = new TreeMap<>();
            JsonNode p = run.get("params");
            if (p != null) {
                p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
            }
            JsonNode primary = run.get("primaryMetric");
            Optional<Double> bytes = Optional.empty();
            Optional<Double> cpu = Optional.empty();
            JsonNode secondary = run.get("secondaryMetrics");
            if (secondary != null) {
                for (var e : secondary.properties()) {
                    if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                        bytes = Optional.of(e.getValue().get("score").asDouble());
                    }
                    if (e.getKey().equals("cpu.time.norm")) {
                        cpu = Optional.of(e.getValue().get("score").asDouble());
                    }
                }
            }
            results.add(new Result(
                    group,
                    benchmark.substring(dot + 1),
                    params.isEmpty() ? "" : params.toString().replaceAll("[{}]", ""),
                    primary.get("score").asDouble(),
                    primary.get("scoreError").asDouble(),
                    primary.get("scoreUnit").asString(),
                    bytes,
                    cpu));
        }
        return results;
    }

    static String table(List<Result> results) {
        boolean cpu = results.stream().anyMatch(r -> r.cpuPerOp().isPresent());
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | params | fazhi | time | peer | time | fazhi / peer | fazhi alloc | peer alloc |"
                + (cpu ? " fazhi / peer, CPU time |\n" : "\n"));
        out.append("|---|---|---|---:|---|---:|---:|---:|---:|" + (cpu ? "---:|\n" : "\n"));
        Map<String, List<Result>> byGroup = new LinkedHashMap<>();
        for (Result r : results) {
            byGroup.computeIfAbsent(r.group() + "\u0000" + r.params(), k -> new ArrayList<>())
                    .add(r);
        }
        for (List<Result> group : byGroup.values()) {
            for (Result f : group) {
                if (!f.isFazhi()) {
                    continue;
                }
                for (Result peer : group) {
                    if (peer.isFazhi()) {
                        continue;
                    }
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s | %s | **%.2f** | %s | %s |%s%n",
                            f.group(),
                            f.params(),
                            f.method(),
                            time(f),
                            peer.method(),
                            time(peer),
                            f.score() / peer.score(),
                            f.bytesPerOp().map(Ratios::bytes).orElse("–"),
                            peer.bytesPerOp().map(Ratios::bytes).orElse("–"),
                            cpu ? " " + cpuRatio(f, peer) + " |" : ""));
                }
            }
        }
        return out.toString();
    }

    /** The ratio of the benchmark threads' CPU time per operation ({@link CpuTimeProfiler}), steadier under load. */
    private static String cpuRatio(Result f, Result peer) {
        if (f.cpuPerOp().isEmpty()
                || peer.cpuPerOp().isEmpty()
                || peer.cpuPerOp().get() == 0) {
            return "–";
        }
        return String.format(
                Locale.ROOT, "%.2f", f.cpuPerOp().get() / peer.cpuPerOp().get());
    }

    private static String time(Result r) {
        return String.format(Locale.ROOT, "%s ± %s %s", number(r.score()), number(r.error()), r.unit());
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String bytes(double b) {
        if (b >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f MB", b / (1024 * 1024));
        }
        if (b >= 1024) {
            return String.format(Locale.ROOT, "%.0f kB", b / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", b);
    }
}
