package io.github.fazhi.review;

import io.github.fazhi.review.internal.AuditMessages;
import java.util.Locale;

/**
 * Where a unit stands in the roll-up (and, for one file, where that file stands).
 *
 * <pre>{@code
 * audit.units().stream().filter(u -> u.status() == AuditStatus.MISSING).map(u -> u.unit().name()).toList();
 * AuditStatus.WRONG_YEAR.id();                        // "wrong-year"
 * AuditStatus.MISSING.label(Locale.CHINA);            // "未报送"
 * }</pre>
 */
public enum AuditStatus {
    /** One report of the year, read and checked: no errors, no warnings (notes allowed). */
    OK("ok"),
    /** One report of the year with warnings and no errors. */
    WARNINGS("warnings"),
    /** One report of the year with errors. */
    ERRORS("errors"),
    /** No report from the unit. */
    MISSING("missing"),
    /** The unit's only file (by its file name) could not be read. */
    UNREADABLE("unreadable"),
    /** Two or more reports of the year from the unit: which one counts is for the office to settle. */
    DUPLICATE("duplicate"),
    /** The unit sent a report, but of another year than the one audited. */
    WRONG_YEAR("wrong-year");

    private final String id;

    AuditStatus(String id) {
        this.id = id;
    }

    /** The stable id used in the JSON output, e.g. {@code wrong-year}. */
    public String id() {
        return id;
    }

    /** What to call it in {@code locale} (Chinese unless English), e.g. {@code 年度不符}. */
    public String label(Locale locale) {
        return AuditMessages.get(locale, "status." + id);
    }

    /** Whether the unit has to do something (every status but {@link #OK}). */
    public boolean needsAction() {
        return this != OK;
    }

    /** The status with {@code id}. */
    public static AuditStatus byId(String id) {
        for (AuditStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no audit status " + id);
    }
}
