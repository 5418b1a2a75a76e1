package io.github.fazhi.cli.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds input files and reads each with the reader its content calls for. */
public final class Inputs {

    private static final ReadOptions OPTIONS = ReadOptions.defaults();

    private Inputs() {}

    /** One input: a file to read, or an argument that named nothing readable. */
    public record Input(Path path, Path relative, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }

        public String name() {
            return path.toString();
        }
    }

    /**
     * Expands the arguments: files as given, folders recursively to every regular file in them, whatever its
     * name, in a stable (sorted) order; each is then read or refused by its content ({@link Readers}), so a
     * folder check names every file it did not check and why. A missing path becomes an input with a problem.
     */
    public static List<Input> expand(List<Path> args) {
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile)
                            .sorted()
                            .forEach(p -> out.add(new Input(p, arg.relativize(p), "")));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Input(arg, fileName(arg), "无法读取文件夹 (cannot list folder): " + e.getMessage()));
                }
            } else if (Files.isRegularFile(arg)) {
                out.add(new Input(arg, fileName(arg), ""));
            } else {
                out.add(new Input(arg, fileName(arg), "文件不存在 (no such file or folder)"));
            }
        }
        return out;
    }

    private static Path fileName(Path p) {
        return p.getFileName() == null ? p : p.getFileName();
    }

    /** The file's extension, lower case, without the dot. */
    public static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a report with the reader its content calls for ({@link Readers}), whatever its extension.
     *
     * @throws ReportReadException for content that is not a readable report, or in a format no reader reads
     * @throws IOException when the file cannot be read
     */
    public static AnnualReport read(Path file) throws IOException {
        try {
            return Readers.read(file, OPTIONS);
        } catch (NoSuchFileException e) {
            throw ReportReadException.of(file.toString(), "", "文件不存在 (no such file)", e);
        }
    }
}
