package io.github.fazhi.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per input on all cores and returns the results in input order. A task that throws
 * does not stop the others: its result is made by {@code onFailure}.
 */
public final class Batch {

    private Batch() {}

    /** Maps every input in parallel; {@code progress} is told each time one finishes. */
    public static <I, R> List<R> map(
            List<I> inputs,
            Function<I, R> task,
            java.util.function.BiFunction<I, Throwable, R> onFailure,
            Progress progress) {
        if (inputs.size() <= 1) {
            List<R> out = new ArrayList<>();
            for (I in : inputs) {
                out.add(runOne(in, task, onFailure));
                progress.step();
            }
            return out;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "fazhi-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (I in : inputs) {
                futures.add(pool.submit(() -> {
                    try {
                        return runOne(in, task, onFailure);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<R> out = new ArrayList<>(inputs.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    out.add(onFailure.apply(inputs.get(i), e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
            progress.done();
        }
    }

    private static <I, R> R runOne(
            I in, Function<I, R> task, java.util.function.BiFunction<I, Throwable, R> onFailure) {
        try {
            return task.apply(in);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return onFailure.apply(in, e);
        }
    }
}
