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
 *   "schemaVersion": "1.2",
 *   "tool": {"name": "fazhi", "version": "0.1.0"},
 *   "profile": "national",
 *   "locale": "zh-CN",
 *   "source": "2024.txt",
 *   "era": "regulation-2019",
 *   "summary": {"error": 1, "warning": 0, "info": 2},
 *   "findings": [
 *     {"ruleId": "numbering-gap", "severity": "error", "message": "…", "elementId": "s3.s1",
 *      "span": {"line": 30, "column": 1, "endLine": 30, "endColumn": 58},
 *      "suggestedFix": "…", "detail": {"missing": ["（一）"], "found": "（二）", "level": 2}},
 *     {"ruleId": "numbering-style", "severity": "warning", "message": "…", "elementId": "s1.s1",
 *      "span": {…}, "suggestedFix": "…", "detail": {"count": 3, …},
 *      "relatedLocations": [{"elementId": "s1.s2", "span": {…}}, {"elementId": "s2.s1", "span": {…}}]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Many files go in one document as {@code "files": [{"uri": …, "summary": …, "findings": […]}]}
 * instead of {@code source}, {@code summary} and {@code findings}. Optional fields ({@code source},
 * {@code span}, {@code suggestedFix}, {@code relatedLocations}) are left out when absent. {@code relatedLocations}
 * (since 1.1) lists the other places of a defect repeated across the report, in document order, each with its
 * {@code elementId} and, when known, its {@code span}; the finding's own {@code elementId} and {@code span} are
 * the first place. {@code era} (since 1.2) is the {@link RuleEra#id()} of the rules the report was checked under:
 * {@code regulation-2019} for the current rules, {@code guideline-2015} for reporting years up to 2018.
 */
public final class FindingsJson {

    /** The version of the JSON form. */
    public static final String SCHEMA_VERSION = "1.2";

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
