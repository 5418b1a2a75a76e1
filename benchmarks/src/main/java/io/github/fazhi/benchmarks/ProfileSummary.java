package io.github.fazhi.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a JFR recording (as {@code -prof jfr} writes them): the methods
 * with the most samples on top of the stack (self) and anywhere in it (total), in per cent. This is how
 * the profiles in the README were read.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -p size=30000 -prof jfr:dir=target/jfr ValidateBenchmark.fazhi
 * java -cp benchmarks/target/benchmarks.jar io.github.fazhi.benchmarks.ProfileSummary target/jfr/*&#47;profile.jfr 40
 * </pre>
 */
public final class ProfileSummary {

    private ProfileSummary() {}

    /**
     * Prints the summary.
     *
     * @param args the recording, and optionally how many methods to list (default 30)
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ProfileSummary <recording.jfr> [lines]");
            System.exit(2);
        }
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            RecordedStackTrace stack = e.getStackTrace();
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || stack == null) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                if (seen.add(name(f))) {
                    total.merge(name(f), 1, Integer::sum);
                }
            }
        }
        System.out.println(samples + " execution samples");
        System.out.println("-- self");
        print(self, samples, lines);
        System.out.println("-- total");
        print(total, samples, lines);
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "."
                + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int lines) {
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(lines)
                .forEach(e -> System.out.printf(
                        Locale.ROOT, "%5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
