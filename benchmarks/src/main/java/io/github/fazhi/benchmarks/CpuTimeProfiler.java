package io.github.fazhi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark threads spent per operation
 * ({@code cpu.time.norm}, µs/op), and the CPU time of the whole JVM per operation
 * ({@code cpu.process.norm}: adds the garbage collector and the JIT compiler).
 *
 * <p>On a machine shared with other work, wall-clock time per operation includes the time the
 * benchmark thread waited for a core; CPU time does not, so it is the steadier figure to compare
 * with. Enable with {@code -prof io.github.fazhi.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER_NAME = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> workerCpuBefore = new HashMap<>();
    private long processCpuBefore;

    @Override
    public String getDescription() {
        return "CPU time per operation, of the benchmark threads and of the whole JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerCpuBefore.clear();
        workerCpuBefore.putAll(workerCpu());
        processCpuBefore = processCpu();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long processCpu = processCpu() - processCpuBefore;
        long workerCpu = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            workerCpu += e.getValue() - workerCpuBefore.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        if (ops == 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.time.norm", workerCpu / 1e3 / ops, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process.norm", processCpu / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains(WORKER_NAME)) {
                long nanos = threads.getThreadCpuTime(t.getId());
                if (nanos >= 0) {
                    cpu.put(t.getId(), nanos);
                }
            }
        }
        return cpu;
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
