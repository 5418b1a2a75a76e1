package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.CliMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code fazhi} command and its sub-commands. */
@Command(
        name = "fazhi",
        mixinStandardHelpOptions = true,
        versionProvider = FazhiCommand.Version.class,
        description = {
            "Check, render and scaffold 法治政府建设年度报告 (annual reports on building a rule-of-law government).",
            "检查、转换和生成法治政府建设年度报告。"
        },
        subcommands = {
            CheckCommand.class,
            RenderCommand.class,
            NewCommand.class,
            RulesCommand.class,
            AuditCommand.class,
            AutoComplete.GenerateCompletion.class
        },
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.UNREADABLE,
        usageHelpAutoWidth = true)
public final class FazhiCommand implements Runnable {

    @Option(names = "--verbose", description = "Print stack traces for errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    FazhiCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Standard output, UTF-8. */
    PrintStream out() {
        return out;
    }

    /** Standard error, UTF-8. */
    PrintStream err() {
        return err;
    }

    /** Whether a person is watching (colour and progress). */
    boolean terminal() {
        return terminal;
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                CliMessages.bilingual(CliMessages.Key.MISSING_SUBCOMMAND) + ": check, render, new, rules, audit");
    }

    /** A configured command line writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintStream out, PrintStream err, boolean terminal) {
        CommandLine cl = new CommandLine(new FazhiCommand(out, err, terminal));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            FazhiCommand root =
                    commandLine.getCommandSpec().root().commandLine().getCommand();
            commandLine.getErr().println("fazhi: " + ex.getMessage());
            if (root.verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.UNREADABLE;
        });
        CommandLine gen = cl.getSubcommands().get("generate-completion");
        gen.getCommandSpec().usageMessage().hidden(false);
        return cl;
    }

    /** Runs the command with {@code args}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, boolean terminal, String... args) {
        return commandLine(out, err, terminal).execute(args);
    }

    /** Reads the version from the jar. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = FazhiCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "fazhi " + p.getProperty("version", "(development)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
