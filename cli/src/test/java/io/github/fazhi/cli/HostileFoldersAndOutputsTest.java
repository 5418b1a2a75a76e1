package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, items 2, 3, 4 and 6 (write failures): a folder with entries that cannot be read is checked to
 * the end, each such entry a {@code read-error} with its real reason; outputs never collide, never follow a
 * planted link, and a failed write is counted as such, not as an unreadable input.
 */
class HostileFoldersAndOutputsTest {

    @TempDir
    Path dir;

    private static String sample() throws IOException {
        return Files.readString(Path.of("../examples/sample-report.txt"), StandardCharsets.UTF_8);
    }

    private Path report(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, sample(), StandardCharsets.UTF_8);
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).start();
            return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFolderWithAFifoABrokenLinkAndALoopIsCheckedToTheEndEachEntryWithItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("d"));
        report(folder.resolve("ok.txt"));
        assumeTrue(mkfifo(folder.resolve("pipe")), "mkfifo is not available on this system");
        Files.createSymbolicLink(folder.resolve("dangling.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(folder.resolve("loop1"), Path.of("loop2"));
        Files.createSymbolicLink(folder.resolve("loop2"), Path.of("loop1"));
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("sub/up"), Path.of(".."));

        CliRun run = CliRun.run("check", "--fail-on", "never", folder.toString());

        assertThat(run.out()).doesNotContain(folder + "/ok.txt  error  read-error");
        assertThat(run.out())
                .contains(folder.resolve("pipe") + "  error  read-error  " + folder.resolve("pipe") + ": 这是命名管道（FIFO）")
                .contains(folder.resolve("dangling.txt") + ": 这是失效的符号链接，指向不存在的 nowhere.txt")
                .contains(folder.resolve("loop1") + ": 符号链接构成循环")
                .contains(folder.resolve("sub/up") + ": 符号链接构成循环");
        assertThat(run.out()).contains("共检查 6 个文件").contains("无错误的文件 1 个；无法读取的文件 5 个");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    @Test
    void aSubFolderThatCannotBeListedIsReportedAndTheRestIsChecked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("d"));
        report(folder.resolve("ok.txt"));
        Path locked = Files.createDirectories(folder.resolve("locked"));
        report(locked.resolve("inside.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(
                    !Files.isReadable(locked),
                    "running as root (or on a file system without permissions): a locked folder can still be read");
            CliRun run = CliRun.run("check", "--fail-on", "never", folder.toString());
            assertThat(run.out())
                    .contains(locked + "  error  read-error  " + locked + ": 没有列出此文件夹的权限")
                    .contains("共检查 2 个文件")
                    .contains("无错误的文件 1 个；无法读取的文件 1 个");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFifoOrABrokenLinkNamedDirectlyGetsItsRealReasonNotNoSuchFile() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available on this system");
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("nowhere.txt"));

        CliRun run = CliRun.run(
                "check",
                fifo.toString(),
                dangling.toString(),
                dir.resolve("absent.txt").toString());

        assertThat(run.out())
                .contains(fifo + ": 这是命名管道（FIFO），不是文件；未读取")
                .contains(dangling + ": 这是失效的符号链接，指向不存在的 nowhere.txt")
                .contains(dir.resolve("absent.txt") + ": 文件不存在");
        assertThat(run.out().lines().filter(l -> l.contains("文件不存在"))).hasSize(1);
        CliRun english = CliRun.run("check", "--locale", "en", fifo.toString());
        assertThat(english.out()).contains(fifo + ": a named pipe (FIFO), not a file; not read");
    }

    @Test
    void sameNamedInputsFromDifferentFoldersKeepTheirFolders() throws Exception {
        Path a = report(dir.resolve("in/a/r.txt"));
        Path b = report(dir.resolve("in/b/r.txt"));
        Files.writeString(b, sample().replace("清河区", "清溪区"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("render", "--to", "html", "-o", out.toString(), a.toString(), b.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("a/r.html")).exists();
        assertThat(out.resolve("b/r.html")).exists();
        assertThat(Files.readString(out.resolve("b/r.html"))).contains("清溪区");
        assertThat(Files.readString(out.resolve("a/r.html"))).doesNotContain("清溪区");
        assertThat(run.err()).contains("已写入 " + out.resolve("a/r.html")).contains("已写入 " + out.resolve("b/r.html"));
    }

    @Test
    void inputsOfOneFolderWithTheSameStemKeepTheirExtensions() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        report(folder.resolve("r.txt"));
        CliRun json = CliRun.run(
                "render",
                "--to",
                "json",
                "-o",
                folder.toString(),
                folder.resolve("r.txt").toString());
        assertThat(json.exitCode()).isZero();
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("render", "--to", "html", "-o", out.toString(), folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("r.txt.html")).exists();
        assertThat(out.resolve("r.json.html")).exists();
        assertThat(out.resolve("r.html")).doesNotExist();
    }

    @Test
    void outputsThatWouldStillMeetStopTheCommandBeforeAnythingIsWritten() throws Exception {
        // the same file named twice, once through its folder: both would be written to one place
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path a = report(folder.resolve("a.txt"));
        report(folder.resolve("b.txt"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("render", "--to", "html", "-o", out.toString(), folder.toString(), a.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("输出会相互覆盖").contains("未写入任何文件");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputThatWouldOverwriteAnInputIsNotWrittenAndCountedAsAWriteError() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        report(folder.resolve("r.txt"));
        assertThat(CliRun.run(
                                "render",
                                "--to",
                                "json",
                                "-o",
                                folder.toString(),
                                folder.resolve("r.txt").toString())
                        .exitCode())
                .isZero();
        String json = Files.readString(folder.resolve("r.json"));

        CliRun run = CliRun.run(
                "render",
                "--to",
                "json",
                "-o",
                folder.toString(),
                folder.resolve("r.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(run.err()).contains("不覆盖输入文件 " + folder.resolve("r.json")).contains("1 个文件无法写入");
        assertThat(Files.readString(folder.resolve("r.json"))).isEqualTo(json);
    }

    @Test
    void aLinkPlantedAtTheTargetIsReplacedNeverFollowed() throws Exception {
        Path victim = Files.writeString(
                Files.createDirectories(dir.resolve("victim")).resolve("keep.txt"), "keep", StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("r.html"), Path.of("../victim/keep.txt"));
        Path in = report(dir.resolve("in/r.txt"));

        CliRun run = CliRun.run("render", "--to", "html", "-o", out.toString(), in.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(out.resolve("r.html"))).isFalse();
        assertThat(Files.readString(out.resolve("r.html"))).contains("<html");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.html");
        }
    }

    @Test
    void aLinkedFolderBelowTheOutputFolderIsNotFollowed() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), Path.of("../victim"));
        Path in = report(dir.resolve("in/sub/r.txt"));

        CliRun run = CliRun.run(
                "render",
                "--to",
                "html",
                "-o",
                out.toString(),
                dir.resolve("in").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(run.err()).contains("经过符号链接 " + out.resolve("sub"));
        try (var files = Files.list(victim)) {
            assertThat(files).isEmpty();
        }
        assertThat(in).exists();
    }

    @Test
    void aWriteFailureIsCountedAsAWriteErrorNotAsAnUnreadableInput() throws Exception {
        // a 251-character stem: the input's name (255 bytes) fits, the output's (256) is too long
        Path in = report(dir.resolve("in/" + "r".repeat(251) + ".txt"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("render", "--to", "html", "-o", out.toString(), in.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(run.err())
                .contains("无法写入 " + out.resolve("r".repeat(251) + ".html") + "：File name too long")
                .contains("0 个输入无法读取；1 个文件无法写入");
        CliRun check = CliRun.run(
                "check",
                "--fail-on",
                "never",
                "-o",
                out.resolve("r".repeat(251) + ".json").toString(),
                in.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.UNWRITABLE);
        assertThat(check.err()).contains("无法读取的文件 0 个").contains("File name too long");
    }
}
