package io.github.fazhi.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on standard error, shown only on a terminal and only once the work has taken more
 * than a moment.
 */
public final class Progress {

    private static final long DELAY_NANOS = 700_000_000L;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean shown;
    private long lastDraw;

    private Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    public static Progress of(PrintStream err, int total, boolean terminal) {
        return new Progress(err, total, terminal && total > 1);
    }

    public static Progress none() {
        return new Progress(System.err, 0, false);
    }

    void step() {
        int d = done.incrementAndGet();
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        synchronized (this) {
            if (now - start < DELAY_NANOS || (now - lastDraw < 100_000_000L && d < total)) {
                return;
            }
            lastDraw = now;
            int width = 30;
            int filled = (int) ((long) d * width / Math.max(1, total));
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + d + "/" + total);
            err.flush();
            shown = true;
        }
    }

    synchronized void done() {
        if (shown) {
            err.print("\r" + " ".repeat(50) + "\r");
            err.flush();
            shown = false;
        }
    }
}
