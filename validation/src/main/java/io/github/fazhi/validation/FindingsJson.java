package io.github.fazhi.validation;

import io.github.fazhi.validation.internal.OutputWriter;
import java.util.List;
import java.util.Optional;

/**
 * Writes findings in fazhi's plain JSON form, for web UIs and scripts. The field names are a stable public
 * format ({@value #SCHEMA_VERSION}):
 *
 * <pre>{@code
 * {
 *   "schemaVersion": "1.0",
 *   "tool": {"name": "fazhi", "version": "0.1.0"},
 *   "profile": "national",
 *   "locale": "zh-CN",
 *   "source": "2024.txt",
 *   "summary": {"error": 1, "warning": 0, "info": 2},
 *   "findings": [
 *     {"ruleId": "numbering-gap", "severity": "error", "message": "…", "elementId": "s3.s1",
 *      "span": {"line": 30, "column": 1, "endLine": 30, "endColumn": 58},
 *      "suggestedFix": "…", "detail": {"missing": ["（一）"], "found": "（二）", "level": 2}}
 *   ]
 * }
 * }</pre>
 *
 * <p>Many files go in one document as {@code "files": [{"uri": …, "summary": …, "findings": […]}]}
 * instead of {@code source}, {@code summary} and {@code findings}. Optional fields ({@code source},
 * {@code span}, {@code suggestedFix}) are left out when absent.
 */
public final class FindingsJson {

    /** The version of the JSON form. */
    public static final String SCHEMA_VERSION = "1.0";

    private FindingsJson() {}

    /** One report as JSON. */
    public static String write(ValidationReport report) {
        return OutputWriter.json(report);
    }

    /** Many files' reports as one JSON document. */
    public static String write(List<ValidatedFile> files) {
        return OutputWriter.json(files.stream()
                .map(f -> new OutputWriter.Target(Optional.of(f.uri()), f.report()))
                .toList());
    }
}
