package io.github.fazhi.review;

import io.github.fazhi.review.internal.AuditMessages;
import java.util.Locale;

/**
 * How a report was matched to its unit, strongest first. Names are compared in a normalised form
 * (full- and half-width, spaces and punctuation, the usual short forms of organ words such as
 * {@code 人民政府}/{@code 政府}).
 *
 * <pre>{@code
 * summary.match().method();   // Optional[ALIAS]
 * MatchMethod.ALIAS.id();     // "alias"
 * }</pre>
 */
public enum MatchMethod {
    /** The issuer the report names is the unit's name. */
    NAME("name"),
    /** The issuer is one of the unit's aliases from the list. */
    ALIAS("alias"),
    /**
     * The issuer is a shorter or longer form of the unit's name or of an alias, one ending the other
     * ({@code 清河区司法局} for {@code 清河市清河区司法局}), and no other unit fits.
     */
    SHORT_NAME("short-name"),
    /**
     * The file could not be read, and its file name names the unit and no other: the only hint there is,
     * and never used for a file that could be read.
     */
    FILE_NAME("file-name");

    private final String id;

    MatchMethod(String id) {
        this.id = id;
    }

    /** The stable id used in the JSON output: {@code name}, {@code alias}, {@code short-name}, {@code file-name}. */
    public String id() {
        return id;
    }

    /** What to call it in {@code locale} (Chinese unless English). */
    public String label(Locale locale) {
        return AuditMessages.get(locale, "match." + id);
    }
}
