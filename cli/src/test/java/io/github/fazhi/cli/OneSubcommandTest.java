package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A run registers only the sub-command its first argument names ({@link FazhiCommand#execute}); the plain
 * command line with every sub-command ({@link FazhiCommand#commandLine(PrintStream, PrintStream, boolean)}) is
 * the reference: for each of many argument lists (help, versions, usage errors, real runs of every
 * sub-command) both give the same exit code and the same bytes on standard output and standard error.
 */
class OneSubcommandTest {

    @TempDir
    Path dir;

    @Test
    void everySubcommandNamesTheCommandItRegisters() {
        FazhiCommand.SUBCOMMANDS.forEach((name, type) -> {
            CommandLine.Command c = type.getAnnotation(CommandLine.Command.class);
            assertThat(c).as(name).isNotNull();
            assertThat(c.name()).isEqualTo(name);
        });
        CommandLine full = FazhiCommand.commandLine(System.out, System.err, false);
        assertThat(full.getSubcommands().keySet()).containsExactlyElementsOf(FazhiCommand.SUBCOMMANDS.keySet());
    }

    @Test
    void oneSubcommandSaysWhatAllOfThemSay() throws IOException {
        Path gap = dir.resolve("gap.txt");
        try (InputStream in = getClass().getResourceAsStream("gap.txt")) {
            Files.write(gap, in.readAllBytes());
        }
        String g = gap.toString();
        List<String[]> runs = new ArrayList<>();
        for (String name : FazhiCommand.SUBCOMMANDS.keySet()) {
            runs.add(new String[] {name, "--help"});
            runs.add(new String[] {name, "-h"});
            runs.add(new String[] {name, "--version"});
            runs.add(new String[] {name, "--no-such-option"});
            runs.add(new String[] {name});
            runs.add(new String[] {name, "--verbose", "--help"});
        }
        runs.add(new String[] {"check", g});
        runs.add(new String[] {"check", "--verbose", g});
        runs.add(new String[] {"check", "--locale", "en", "--format", "json", g});
        runs.add(new String[] {"check", "--format", "sarif", "--fail-on", "warning", g});
        runs.add(new String[] {"check", "--format", "xml", g});
        runs.add(new String[] {"check", "--profile", "provincial", g});
        runs.add(new String[] {"check", "--locale", "fr", g});
        runs.add(new String[] {"check", "--enable", "no-such-rule", g});
        runs.add(new String[] {"check", "--enable", "other-part-absent", g});
        runs.add(new String[] {"check", g, dir.resolve("missing.txt").toString()});
        runs.add(new String[] {"check", "-o"});
        runs.add(new String[] {"check", "chekc", g});
        runs.add(new String[] {"rules"});
        runs.add(new String[] {"rules", "--locale", "en"});
        runs.add(new String[] {"rules", "--profile", "national"});
        runs.add(new String[] {"render", "--to", "nothing", g});
        runs.add(new String[] {"new", "--year", "2025", "--issuer", "某某市人民政府"});
        runs.add(new String[] {"new", "--year", "twenty"});
        runs.add(new String[] {"audit", g});
        runs.add(new String[] {"Check", g});
        for (String[] args : runs) {
            Run all = withEverySubcommand(args);
            Run one = lazily(args);
            assertThat(one).as(String.join(" ", args)).isEqualTo(all);
        }
    }

    private record Run(int exitCode, String out, String err) {}

    /** The reference: the command line with every sub-command, on streams like {@link CliRun}'s. */
    private static Run withEverySubcommand(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = FazhiCommand.commandLine(o, e, false).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run lazily(String... args) {
        CliRun r = CliRun.run(args);
        return new Run(r.exitCode(), r.out(), r.err());
    }
}
