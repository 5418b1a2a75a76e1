package io.github.fazhi.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Debian's {@code chromium} run headless on a local file, as the tests and the README's picture use it. */
final class HeadlessChromium {

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser on the PATH ({@code chromium}, {@code chromium-browser}, {@code google-chrome}), if there is one. */
    static Optional<HeadlessChromium> find() {
        String override = System.getenv("FAZHI_CHROMIUM");
        if (override != null && Files.isExecutable(Path.of(override))) {
            return Optional.of(new HeadlessChromium(Path.of(override)));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new HeadlessChromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM of {@code page} after its scripts ran. */
    String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return new String(run(page, work, List.of("--dump-dom")), StandardCharsets.UTF_8);
    }

    /** A PNG of {@code page} in a window of {@code width} × {@code height}. */
    void screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(
                page,
                work,
                List.of(
                        "--hide-scrollbars",
                        "--window-size=" + width + "," + height,
                        "--screenshot=" + png.toAbsolutePath()));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private byte[] run(Path page, Path work, List<String> extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(extra);
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path log = work.resolve("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited with " + p.exitValue() + ": " + Files.readString(log));
        }
        return out;
    }
}
