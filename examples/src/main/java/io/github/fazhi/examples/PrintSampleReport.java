package io.github.fazhi.examples;

import io.github.fazhi.core.PlainTextWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds the {@linkplain SampleReport sample report} and prints it as plain text, UTF-8 encoded,
 * whatever the platform's default charset.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java
 * </pre>
 */
public final class PrintSampleReport {

    private PrintSampleReport() {}

    /** Prints the sample report to standard output. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PlainTextWriter.standard().write(SampleReport.build(), out);
        out.flush();
    }
}
