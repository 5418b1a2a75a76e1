package io.github.fazhi.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code fazhi} command's entry point.
 *
 * <pre>{@code
 * java -jar fazhi.jar check --format sarif -o findings.sarif reports/
 * }</pre>
 */
public final class Main {

    /** Held so java.util.logging does not forget the level (it keeps loggers weakly). */
    private static final java.util.logging.Logger HIBERNATE = java.util.logging.Logger.getLogger("org.hibernate");

    private Main() {}

    /**
     * Libraries fazhi uses announce themselves at INFO (Hibernate Validator's HV000001 through
     * java.util.logging); a command-line tool shows only warnings and worse. Only the command does this:
     * the library never touches logging.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE.setLevel(java.util.logging.Level.WARNING);
    }

    /** Runs the {@code fazhi} command with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        quietLibraryLogging();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = FazhiCommand.execute(out, err, System.console() != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
