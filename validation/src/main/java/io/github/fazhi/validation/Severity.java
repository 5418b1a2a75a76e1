package io.github.fazhi.validation;

/**
 * How serious a finding is.
 *
 * <ul>
 *   <li>{@link #ERROR}: a hard requirement of a binding source is breached (a mandated part is missing, the
 *       numbering has a gap);
 *   <li>{@link #WARNING}: the report is likely defective or breaks a standard or strong practice;
 *   <li>{@link #INFO}: advisory.
 * </ul>
 *
 * <pre>{@code
 * report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
 * Severity.INFO.sarifLevel(); // "note"
 * }</pre>
 */
public enum Severity {
    /** A hard requirement is breached. */
    ERROR("error"),
    /** Likely defective, or against a standard or strong practice. */
    WARNING("warning"),
    /** Advisory. */
    INFO("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level}: {@code error}, {@code warning} or {@code note}. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** The lower-case name used in the plain JSON form: {@code error}, {@code warning}, {@code info}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
