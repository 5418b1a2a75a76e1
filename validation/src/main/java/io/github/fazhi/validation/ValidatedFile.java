package io.github.fazhi.validation;

import java.util.Objects;

/**
 * A validation report together with the file it is about, for writing the results of many files into one
 * SARIF run ({@link Sarif#write(java.util.List)}) or one JSON document ({@link FindingsJson}).
 *
 * <pre>{@code
 * List<ValidatedFile> files = paths.stream()
 *         .map(p -> new ValidatedFile(p.toString(), validator.validate(reader.read(p))))
 *         .toList();
 * String sarif = Sarif.write(files);
 * }</pre>
 *
 * @param uri the file's URI or relative path, as SARIF's {@code artifactLocation.uri}
 * @param report the findings on that file
 */
public record ValidatedFile(String uri, ValidationReport report) {

    /** Checks for nulls. */
    public ValidatedFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(report, "report");
    }

    /** The report's source name as the URI, or {@code fallback} when it has none. */
    public static ValidatedFile of(ValidationReport report, String fallback) {
        return new ValidatedFile(report.source().orElse(fallback), report);
    }
}
