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

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = FazhiCommand.execute(out, err, System.console() != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
