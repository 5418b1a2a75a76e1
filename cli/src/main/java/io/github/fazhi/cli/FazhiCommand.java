package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.CliMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code fazhi} command and its sub-commands ({@link #SUBCOMMANDS}, registered by {@link
 * #commandLine(PrintStream, PrintStream, boolean, String...)}).
 */
@Command(
        name = "fazhi",
        mixinStandardHelpOptions = true,
        versionProvider = FazhiCommand.Version.class,
        description = {
            "Check, render and scaffold 法治政府建设年度报告 (annual reports on building a rule-of-law government).",
            "检查、转换和生成法治政府建设年度报告。"
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

    /**
     * The sub-commands by name, in the order the help lists them. Each is a class picocli reads by reflection
     * (its options, their types, its help texts), which is most of a short run's start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand.class);
        m.put("render", RenderCommand.class);
        m.put("new", NewCommand.class);
        m.put("rules", RulesCommand.class);
        m.put("audit", AuditCommand.class);
        m.put("generate-completion", AutoComplete.GenerateCompletion.class);
        return Collections.unmodifiableMap(m);
    }

    /** A configured command line with every sub-command, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintStream out, PrintStream err, boolean terminal) {
        return commandLine(out, err, terminal, new String[0]);
    }

    /**
     * A configured command line for running {@code args}: when the first argument names a sub-command, only that
     * one is registered (what it parses, prints and does is the same as with all of them, which the tests
     * compare), so a run builds the model of the one command it runs; otherwise every sub-command. {@code
     * generate-completion} describes the whole command, so it gets every sub-command.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, boolean terminal, String... args) {
        CommandLine cl = new CommandLine(new FazhiCommand(out, err, terminal));
        Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (only != null && only != AutoComplete.GenerateCompletion.class) {
            cl.addSubcommand(args[0], only);
        } else {
            SUBCOMMANDS.forEach(cl::addSubcommand);
        }
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
        if (gen != null) {
            gen.getCommandSpec().usageMessage().hidden(false);
        }
        return cl;
    }

    /** Runs the command with {@code args}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, boolean terminal, String... args) {
        return commandLine(out, err, terminal, args).execute(args);
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
