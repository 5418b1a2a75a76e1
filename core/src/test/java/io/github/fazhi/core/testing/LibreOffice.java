package io.github.fazhi.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice's {@code soffice}, run headless with a profile of its own (so that tests and other builds
 * running LibreOffice at the same time do not share one), for tests that make files with a real
 * third-party tool. Tests skip, saying why, when it is not installed.
 */
public final class LibreOffice {

    private LibreOffice() {}

    /** The {@code soffice} on the path, if any. */
    public static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Skips the calling test, saying why, when LibreOffice is not installed. */
    public static Path assumePresent() {
        Optional<Path> soffice = find();
        Assumptions.assumeTrue(
                soffice.isPresent(),
                "LibreOffice (soffice) is not on the PATH; install libreoffice-writer-nogui to run this test");
        return soffice.get();
    }

    /**
     * Converts {@code input} with {@code soffice --headless --convert-to target} into {@code outDir} and
     * returns the file written.
     *
     * @param target the target as LibreOffice names it: {@code doc}, {@code pdf}, {@code docx}
     */
    public static Path convert(Path input, String target, Path outDir) throws IOException, InterruptedException {
        Path soffice = assumePresent();
        Path profile = Files.createDirectories(outDir.resolve(".lo-profile"));
        Process p = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        target,
                        "--outdir",
                        outDir.toString(),
                        input.toString())
                .redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish converting " + input + " within 3 minutes");
        }
        String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String extension = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
        Path out = outDir.resolve(base + "." + extension);
        if (p.exitValue() != 0 || !Files.isRegularFile(out)) {
            throw new IOException("soffice could not convert " + input + " to " + target + ": "
                    + Files.readString(outDir.resolve("soffice.log")));
        }
        return out;
    }
}
