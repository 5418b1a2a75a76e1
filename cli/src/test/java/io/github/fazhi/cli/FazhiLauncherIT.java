package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./fazhi} launcher picks the JIT by the inputs: C1 only for a few small files (start-up dominates),
 * the default for a folder. Its choice is read from the JVM's {@code -XX:+PrintCommandLineFlags} line.
 */
class FazhiLauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aFewSmallFilesRunWithC1OnlyAndAFolderWithTheDefault() throws Exception {
        assumeTrue(upToDate(), "cli/target/fazhi.jar is older than a main source: the launcher would build it first");
        Path sample = ROOT.resolve("examples/sample-report.txt");

        String oneFile = flags("check", sample.toString());
        assertThat(oneFile).contains("-XX:TieredStopAtLevel=1");

        String folder = flags("check", ROOT.resolve("examples").toString());
        assertThat(folder).doesNotContain("TieredStopAtLevel");

        // the output folder of render is not an input
        String render =
                flags("render", "--to", "markdown", "-o", dir.resolve("out").toString(), sample.toString());
        assertThat(render).contains("-XX:TieredStopAtLevel=1");
    }

    /** The launcher's JVM flags, as the JVM prints them first. */
    private String flags(String... args) throws IOException, InterruptedException {
        List<String> cmd =
                new java.util.ArrayList<>(List.of("sh", ROOT.resolve("fazhi").toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("stderr").toFile());
        Map<String, String> env = pb.environment();
        env.put("FAZHI_CDS", "0");
        env.put("FAZHI_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + env.get("PATH"));
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("fazhi finished").isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).as("the flags line").startsWith("-XX:");
        return text.lines().findFirst().orElseThrow();
    }

    /** Whether the jar is newer than every module's main sources and the root pom, as the launcher checks. */
    private static boolean upToDate() throws IOException {
        Path jar = ROOT.resolve("cli/target/fazhi.jar");
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(jar);
        try (Stream<Path> trees = Files.walk(ROOT, 3)) {
            List<Path> mains = trees.filter(
                            p -> p.endsWith("src/main") && !p.toString().contains("/target/"))
                    .toList();
            for (Path main : mains) {
                if (newerThan(main, built)) {
                    return false;
                }
            }
        }
        return Files.getLastModifiedTime(ROOT.resolve("pom.xml")).compareTo(built) <= 0;
    }

    private static boolean newerThan(Path tree, FileTime time) throws IOException {
        if (!Files.isDirectory(tree)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            return files.anyMatch(f -> {
                try {
                    return Files.isRegularFile(f)
                            && Files.getLastModifiedTime(f).compareTo(time) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }
}
