package io.github.fazhi.benchmarks;

import io.github.fazhi.core.testing.ReportGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes a folder of generated reports as UTF-8 text files, {@code report-00000.txt} onwards: the
 * corpus for the command line's throughput run. Reports have the generator's default sizes (3,000 to
 * 30,000 Chinese characters) and defects (a quarter of them carry one to three).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.fazhi.benchmarks.WriteCorpus target/corpus 10000 1
 * </pre>
 */
public final class WriteCorpus {

    private WriteCorpus() {}

    /**
     * Writes the corpus.
     *
     * @param args the folder, the number of reports, and the seed
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WriteCorpus <dir> <count> <seed>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        long bytes = write(dir, count, seed);
        System.out.printf("%d reports, %,d bytes, in %s%n", count, bytes, dir);
    }

    /** Writes {@code count} reports generated from {@code seed} into {@code dir}; returns the bytes written. */
    public static long write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        ReportGenerator generator = new ReportGenerator(seed);
        int digits = Math.max(5, String.valueOf(Math.max(0, count - 1)).length());
        return IntStream.range(0, count)
                .parallel()
                .mapToLong(i -> {
                    byte[] text = generator.generated(i).text().getBytes(StandardCharsets.UTF_8);
                    Path file = dir.resolve(String.format("report-%0" + digits + "d.txt", i));
                    try {
                        Files.write(file, text);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return text.length;
                })
                .sum();
    }
}
