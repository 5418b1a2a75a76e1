package io.github.fazhi.core.testing;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One reader's fuzzing campaign: jqwik properties hand it inputs, it reads each under a time limit and counts
 * what happened: read, refused with the reader's own {@link ReportReadException}, an unexpected exception, a
 * hang (past {@link #HANG_SECONDS}), or lost text (read, but characters the input is known to hold are not in
 * the model). Counts and the first samples of each failure go to {@code target/fuzz/<reader>.txt}.
 *
 * <p>How many inputs each jqwik try stands for is {@link #factor()}: 1 in the normal build, and the system
 * property {@code fazhi.fuzz.factor} in the {@code -Pfuzz} profile (50 there: 2,000 tries × 50 = 10^5 inputs
 * per reader).
 */
public final class FuzzCampaign {

    /**
     * An input that takes longer than this to read is a hang: twice the longest time bound a reader sets
     * itself (the PDF reader's 30 s), so that a reader refusing in its own time on a loaded machine is not
     * counted as hanging.
     */
    public static final int HANG_SECONDS = 60;

    private static final int SAMPLES = 5;

    /** What one input came to. */
    public enum Outcome {
        READ,
        REFUSED,
        UNEXPECTED,
        HANG,
        LOST_TEXT
    }

    /** What reads one input; its result is the model, or whatever the reader returns. */
    @FunctionalInterface
    public interface Read {
        /** Reads {@code input}. */
        Object read(byte[] input) throws Exception;
    }

    private final String reader;
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong hangs = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final List<String> samples = new ArrayList<>();
    private final long started = System.nanoTime();
    private long slowestNanos;
    private ExecutorService worker = newWorker();

    /** A campaign for the reader named {@code reader} ({@code text}, {@code docx}, …). */
    public FuzzCampaign(String reader) {
        this.reader = reader;
    }

    /** How many inputs one jqwik try stands for: 1, or {@code -Dfazhi.fuzz.factor}. */
    public static int factor() {
        return Integer.getInteger("fazhi.fuzz.factor", 1);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads {@code input}, counting the outcome. When {@code expected} is not empty and the input was read, it
     * must appear in the model written as text, white space aside; else it is lost text.
     */
    public synchronized Outcome attempt(byte[] input, Read how, String expected) {
        inputs.incrementAndGet();
        long t0 = System.nanoTime();
        Future<Object> f = worker.submit(() -> how.read(input));
        Outcome outcome;
        Throwable failure = null;
        Object result = null;
        try {
            result = f.get(HANG_SECONDS, TimeUnit.SECONDS);
            outcome = Outcome.READ;
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            outcome = Outcome.HANG;
        } catch (ExecutionException e) {
            failure = e.getCause();
            outcome = failure instanceof ReportReadException r && !r.problem().isBlank()
                    ? Outcome.REFUSED
                    : Outcome.UNEXPECTED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        slowestNanos = Math.max(slowestNanos, System.nanoTime() - t0);
        if (outcome == Outcome.READ && !expected.isEmpty() && result instanceof AnnualReport report) {
            String written = PlainTextWriter.standard().write(report);
            if (!withoutWhitespace(written).contains(withoutWhitespace(expected))) {
                outcome = Outcome.LOST_TEXT;
            }
        }
        switch (outcome) {
            case READ -> read.incrementAndGet();
            case REFUSED -> refused.incrementAndGet();
            case UNEXPECTED -> unexpected.incrementAndGet();
            case HANG -> hangs.incrementAndGet();
            case LOST_TEXT -> lost.incrementAndGet();
        }
        if (inputs.get() % 5_000 == 0) {
            writeFile(); // a long campaign's figures so far, should it be stopped
        }
        if (outcome.compareTo(Outcome.UNEXPECTED) >= 0 && samples.size() < SAMPLES) {
            save(input, samples.size());
            samples.add(outcome + " " + (failure == null ? "" : failure.toString()) + " input(" + input.length
                    + " bytes, first 64 hex)="
                    + HexFormat.of().formatHex(input, 0, Math.min(64, input.length)));
        }
        return outcome;
    }

    /** {@code text} without white space (and without the space characters {@link Character#isSpaceChar} knows). */
    public static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Keeps a failing input whole, {@code target/fuzz/<reader>-<n>.bin}, to reproduce it. */
    private void save(byte[] input, int n) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz"));
            Files.write(dir.resolve(reader + "-" + n + ".bin"), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every non-white-space character of {@code expected} appears in {@code text}, in order. */
    public static boolean containsInOrder(String text, String expected) {
        int at = 0;
        for (int i = 0; i < expected.length(); ) {
            int c = expected.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            int found = text.indexOf(new String(Character.toChars(c)), at);
            if (found < 0) {
                return false;
            }
            at = found + Character.charCount(c);
        }
        return true;
    }

    /** Counts so far, as the report file holds them. */
    public synchronized String summary() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(
                Locale.ROOT,
                "reader=%s%ninputs=%d%nread=%d%nrefused=%d%nunexpected=%d%nhangs=%d%nlostText=%d%n"
                        + "factor=%d%nseconds=%.1f%nslowestInputMillis=%d%nhangLimitSeconds=%d%n",
                reader,
                inputs.get(),
                read.get(),
                refused.get(),
                unexpected.get(),
                hangs.get(),
                lost.get(),
                factor(),
                seconds,
                slowestNanos / 1_000_000,
                HANG_SECONDS);
    }

    /** The number of unexpected exceptions, hangs and losses. */
    public synchronized long failures() {
        return unexpected.get() + hangs.get() + lost.get();
    }

    /** The first failures' descriptions. */
    public synchronized List<String> samples() {
        return List.copyOf(samples);
    }

    /** Writes {@code target/fuzz/<reader>.txt} (relative to the module) and returns its content. */
    public synchronized String writeReport() {
        String out = writeFile();
        worker.shutdownNow();
        return out;
    }

    private String writeFile() {
        StringBuilder out = new StringBuilder(summary());
        for (String s : samples) {
            out.append("sample=").append(s).append('\n');
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz"));
            Files.writeString(dir.resolve(reader + ".txt"), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------
    // Mutations

    /** {@code seed}'s bytes changed a few times at random: flipped, replaced, inserted, deleted, cut, repeated. */
    public static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b[at] = (byte) random.nextInt(256);
                case 2 -> b = splice(b, at, 0, randomBytes(random, 1 + random.nextInt(16)));
                case 3 -> b = splice(b, at, Math.min(b.length - at, 1 + random.nextInt(64)), new byte[0]);
                case 4 -> b = java.util.Arrays.copyOf(b, at);
                case 5 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(256));
                    byte[] chunk = java.util.Arrays.copyOfRange(b, at, at + len);
                    b = splice(b, random.nextInt(b.length + 1), 0, chunk);
                }
                default -> {
                    int[] interesting = {0, 0xFF, 0x7F, 0x80, '<', '>', '"', '{', '}', '[', ']', '\n', 0xEF};
                    b[at] = (byte) interesting[random.nextInt(interesting.length)];
                }
            }
        }
        return b;
    }

    /** {@code seed}'s text changed a few times at random, kept well-formed as characters. */
    public static String mutateText(String seed, Random random, String alphabet) {
        StringBuilder s = new StringBuilder(seed);
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                    s.insert(random.nextInt(s.length() + 1), s.substring(at, end));
                }
                default -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
        }
        // never leave half a surrogate pair
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!paired) {
                s.setCharAt(i, '?');
            }
        }
        return s.toString();
    }

    /** The entries of a ZIP archive, by name, in order. */
    public static java.util.Map<String, byte[]> unzip(byte[] zip) {
        java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A ZIP archive of {@code entries}, in order. */
    public static byte[] zip(java.util.Map<String, byte[]> entries) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.setLevel(1);
            for (java.util.Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code zip} with one of its XML entries mutated as text (markup characters and CJK text inserted,
     * deleted, repeated), re-zipped: damage that reaches the XML parser and the extractor, not only the ZIP
     * reader.
     */
    public static byte[] mutateXmlEntry(java.util.Map<String, byte[]> entries, Random random) {
        List<String> xml = entries.keySet().stream()
                .filter(n -> n.endsWith(".xml") || n.endsWith(".rels"))
                .toList();
        java.util.Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        if (!xml.isEmpty()) {
            // the main parts more often than the rest
            String name = random.nextBoolean()
                    ? xml.stream()
                            .filter(n -> n.contains("document") || n.contains("Content"))
                            .findFirst()
                            .orElse(xml.get(0))
                    : xml.get(random.nextInt(xml.size()));
            String text = new String(copy.get(name), StandardCharsets.UTF_8);
            copy.put(name, mutateText(text, random, XML_ALPHABET).getBytes(StandardCharsets.UTF_8));
        }
        return zip(copy);
    }

    private static final String XML_ALPHABET = "<>/=\"' &;:!?#x0123456789wpt依法行政（一）、。\n\u0000\uFFFF";

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
