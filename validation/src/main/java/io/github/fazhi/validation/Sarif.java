package io.github.fazhi.validation;

import io.github.fazhi.validation.internal.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes findings as a SARIF 2.1.0 log, so they show in IDEs and code-scanning pages. One run holds the
 * results of every file: {@code tool.driver.rules} lists the rules checked (id, name, short description,
 * help, default level); each result has {@code ruleId}, {@code level} ({@code error}, {@code warning},
 * {@code note}), {@code message.text}, a logical location whose {@code fullyQualifiedName} is the element
 * id, and a physical location: the file ({@code artifactLocation.uri}, when known) and, when the report
 * was read from a document, the region ({@code startLine}, {@code startColumn} in Unicode code points).
 * The suggested fix and the structured detail go in the result's {@code properties}. The run's {@code properties}
 * hold the profile's name and {@code eras}: the {@link RuleEra#id()} of each analysis target, in artifact order.
 *
 * <pre>{@code
 * String one = Sarif.write(validator.validate(report, "2024.txt"));
 * String many = Sarif.write(List.of(
 *         new ValidatedFile("a.txt", validator.validate(a)),
 *         new ValidatedFile("b.txt", validator.validate(b))));
 * }</pre>
 */
public final class Sarif {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";

    private Sarif() {}

    /** One report as a SARIF log; the artifact is the report's source, when it has one. */
    public static String write(ValidationReport report) {
        return OutputWriter.sarif(List.of(new OutputWriter.Target(report.source(), report)));
    }

    /** Many files' reports as one SARIF log with one run. */
    public static String write(List<ValidatedFile> files) {
        return OutputWriter.sarif(files.stream()
                .map(f -> new OutputWriter.Target(java.util.Optional.of(f.uri()), f.report()))
                .toList());
    }

    /** Writes many files' reports as one SARIF log to {@code out}. */
    public static void write(List<ValidatedFile> files, Writer out) {
        try {
            out.write(write(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
