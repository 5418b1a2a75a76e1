package io.github.fazhi.review;

import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Sarif;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes every finding of an {@link Audit} as one SARIF 2.1.0 log ({@code audit.sarif}) through
 * fazhi-validation's {@link Sarif}: one run, one artifact per file; a file that could not be read is one
 * result of rule {@value #READ_ERROR}, as {@code fazhi check} reports it.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("out/audit.sarif"))) {
 *     AuditSarif.write(audit, w);
 * }
 * }</pre>
 */
public final class AuditSarif {

    /** The rule id of a file that could not be read. */
    public static final String READ_ERROR = "read-error";

    private AuditSarif() {}

    /** Every file's findings, in file order, as validated files for {@link Sarif} or {@code FindingsJson}. */
    public static List<ValidatedFile> validatedFiles(Audit audit) {
        List<ValidatedFile> out = new ArrayList<>();
        for (ReportSummary f : audit.files()) {
            List<Finding> findings = f.readError()
                    .map(problem -> List.of(new Finding(
                            READ_ERROR,
                            Severity.ERROR,
                            problem,
                            Finding.REPORT,
                            Optional.empty(),
                            Optional.empty(),
                            Map.of())))
                    .orElse(f.findings());
            out.add(new ValidatedFile(
                    f.file(), new ValidationReport(findings, Optional.of(f.file()), audit.profile(), audit.locale())));
        }
        return out;
    }

    /** Writes the SARIF log to {@code out} (not closed). */
    public static void write(Audit audit, Writer out) {
        Sarif.write(validatedFiles(audit), out);
    }
}
