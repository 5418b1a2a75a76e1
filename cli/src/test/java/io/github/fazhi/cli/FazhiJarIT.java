package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code fazhi.jar} as a separate process, as a user or a CI pipeline does. */
class FazhiJarIT {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target/fazhi.jar").toAbsolutePath();
        assertThat(jar).as("the jar is built in the package phase").isRegularFile();
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = workDir.resolve("stdout");
        Path err = workDir.resolve("stderr");
        Process p = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("fazhi finished").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarChecksRendersAndScaffolds() throws Exception {
        Path sample = Path.of("../examples/sample-report.txt").toAbsolutePath();
        Result check = run(dir, "check", sample.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("共检查 1 个文件：错误 0 个");
        assertThat(check.err()).doesNotContain("HV000001").doesNotContain("Exception");

        Result render = run(dir, "render", "--to", "html,markdown,docx", "-o", "out", sample.toString());
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(render.err()).doesNotContain("StatusLogger").doesNotContain("log4j");
        Result checkDocx = run(dir, "check", "out/sample-report.docx");
        assertThat(checkDocx.code()).as(checkDocx.out() + checkDocx.err()).isZero();
        assertThat(checkDocx.err()).doesNotContain("StatusLogger").doesNotContain("ERROR");
        assertThat(dir.resolve("out/sample-report.html")).isNotEmptyFile();
        assertThat(dir.resolve("out/sample-report.md")).isNotEmptyFile();

        Result scaffold = run(dir, "new", "--year", "2025", "--issuer", "清河市清河区司法局", "-o", "new.txt");
        assertThat(scaffold.code()).isZero();
        Result checkScaffold = run(dir, "check", "new.txt");
        assertThat(checkScaffold.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(checkScaffold.out()).contains("new.txt:3:").contains("  error  placeholder  ");

        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xFF, 0, 0, 0, 0});
        Result broken = run(dir, "check", "broken.txt", sample.toString());
        assertThat(broken.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(broken.out()).contains("broken.txt  error  read-error");
        assertThat(broken.err()).doesNotContain("at io.github");

        assertThat(run(dir, "check", "--bogus").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(dir, "--version").out()).startsWith("fazhi 0.");
    }
}
