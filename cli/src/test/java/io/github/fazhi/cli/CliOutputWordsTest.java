package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.review.testing.TestJurisdiction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything the command says, byte for byte, in both languages: each scenario's exit code, standard output
 * and standard error (the temporary folder written {@code $DIR}) against a file under {@code words/}. The
 * files were made from the command as it was before its words moved into the bundle; regenerate them with
 * {@code -Dfazhi.words.update=true} only for a change of wording meant as such.
 */
class CliOutputWordsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/github/fazhi/cli/words");

    @TempDir
    Path dir;

    Path gap;
    Path old;
    Path defects;

    @BeforeEach
    void files() throws IOException {
        gap = dir.resolve("gap.txt");
        try (InputStream in = getClass().getResourceAsStream("gap.txt")) {
            Files.write(gap, in.readAllBytes());
        }
        old = dir.resolve("2017.txt");
        Files.writeString(
                old, Files.readString(gap).replace("2025", "2018").replace("2024", "2017"), StandardCharsets.UTF_8);
        defects = dir.resolve("defects");
        Files.createDirectories(defects);
        ReportGenerator generator = new ReportGenerator(11, ReportGenerator.Options.defaults());
        for (int i = 0; i < 6; i++) {
            Files.writeString(
                    defects.resolve("r" + i + ".txt"),
                    PlainTextWriter.standard().write(generator.generate(i)),
                    StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void check(String locale) throws IOException {
        List<String> runs = new ArrayList<>();
        runs.add(run("check", "--locale", locale, gap.toString()));
        runs.add(run("check", "--locale", locale, old.toString()));
        runs.add(run("check", "--locale", locale, defects.toString()));
        // a repeated defect: one finding with its other places
        Path commas = dir.resolve("commas.txt");
        Files.writeString(commas, Files.readString(gap).replace("，", ","), StandardCharsets.UTF_8);
        runs.add(run("check", "--locale", locale, commas.toString()));
        runs.add(run("check", "--locale", locale, "--enable", "no-such-rule", gap.toString()));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        runs.add(run("check", "--locale", locale, empty.toString()));
        runs.add(run(
                "check",
                "--locale",
                locale,
                "-o",
                dir.resolve("f.json").toString(),
                "--format",
                "json",
                gap.toString()));
        Path notAFolder = dir.resolve("plain.txt");
        Files.writeString(notAFolder, "x");
        runs.add(run(
                "check", "--locale", locale, "-o", notAFolder.resolve("f.json").toString(), gap.toString()));
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.write(batch.resolve("c.txt"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, 0, 1, 2});
        Files.writeString(batch.resolve("d.json"), "{\"schemaVersion\": \"9.0\", \"sections\": []}");
        Files.writeString(batch.resolve("e.json"), "{\"schemaVersion\": \"1.0\", \"sections\": [}");
        Files.createSymbolicLink(batch.resolve("link.txt"), dir.resolve("nowhere.txt"));
        runs.add(run(
                "check",
                "--locale",
                locale,
                batch.toString(),
                dir.resolve("missing.txt").toString()));
        compare("check-" + locale, runs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void audit(String locale) throws IOException {
        TestJurisdiction.Files files = TestJurisdiction.write(dir.resolve("j"));
        List<String> runs = new ArrayList<>();
        runs.add(run(
                "audit",
                "--locale",
                locale,
                "--expect",
                files.unitsCsv().toString(),
                "--year",
                "2025",
                "-o",
                dir.resolve("out").toString(),
                files.reports().toString()));
        runs.add(run(
                "audit",
                "--locale",
                locale,
                "--expect",
                files.unitsTxt().toString(),
                "-o",
                dir.resolve("out2").toString(),
                files.reports().toString()));
        runs.add(run(
                "audit",
                "--locale",
                locale,
                "--expect",
                dir.resolve("none.txt").toString(),
                "-o",
                dir.resolve("o").toString(),
                files.reports().toString()));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        runs.add(run(
                "audit",
                "--locale",
                locale,
                "--expect",
                files.unitsTxt().toString(),
                "-o",
                dir.resolve("o").toString(),
                empty.toString()));
        compare("audit-" + locale, runs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void renderNewAndTheRoot(String locale) throws IOException {
        List<String> runs = new ArrayList<>();
        runs.add(run(
                "render",
                "--locale",
                locale,
                "--to",
                "nosuch",
                "-o",
                dir.resolve("r").toString(),
                gap.toString()));
        runs.add(run("render", "--locale", locale, "--to", "text,json", "-o", "-", gap.toString()));
        runs.add(run(
                "render",
                "--locale",
                locale,
                "--to",
                "json",
                "-o",
                dir.resolve("r").toString(),
                gap.toString()));
        Path twins = Files.createDirectories(dir.resolve("twins"));
        Files.copy(gap, twins.resolve("gap.txt"));
        runs.add(run(
                "render",
                "--locale",
                locale,
                "--to",
                "json",
                "-o",
                twins.toString(),
                twins.resolve("gap.txt").toString(),
                gap.toString()));
        runs.add(run(
                "render",
                "--locale",
                locale,
                "--to",
                "json",
                "-o",
                dir.resolve("r2").toString(),
                gap.toString(),
                gap.toString()));
        runs.add(run(
                "render",
                "--locale",
                locale,
                "--to",
                "text",
                "-o",
                gap.getParent().toString(),
                gap.toString()));
        if (locale.equals("zh")) {
            // new and the root command have no --locale
            runs.add(run("new", "--year", "12", "--issuer", "清河市清河区司法局"));
            runs.add(run("new", "--year", "2025", "--issuer", "清河市清河区司法局", "--format", "xml"));
            runs.add(run(
                    "new",
                    "--year",
                    "2025",
                    "--issuer",
                    "清河市清河区司法局",
                    "-o",
                    dir.resolve("new/r.json").toString()));
            runs.add(run());
        }
        compare("render-" + locale, runs);
    }

    private String run(String... args) {
        CliRun r = CliRun.run(args);
        String d = dir.toString();
        return "$ fazhi " + String.join(" ", args).replace(d, "$DIR") + "\nexit " + r.exitCode() + "\n--- out\n"
                + r.out().replace(d, "$DIR") + "--- err\n" + r.err().replace(d, "$DIR") + "\n";
    }

    private static void compare(String name, List<String> runs) throws IOException {
        String actual = String.join("", runs);
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("fazhi.words.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
