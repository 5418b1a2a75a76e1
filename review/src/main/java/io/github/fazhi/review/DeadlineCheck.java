package io.github.fazhi.review;

import io.github.fazhi.review.internal.AuditMessages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date of the report against its deadline: the date of issue (成文日期) against the submission deadline (1
 * March of the following year for most units, 1 April for a province), the publication date against the
 * publication deadline (1 April), both from the profile.
 *
 * <pre>{@code
 * DeadlineCheck s = unit.submission().orElseThrow();
 * s.deadline();       // 2026-03-01
 * s.date();           // Optional[2026-03-12]
 * s.timeliness();     // LATE
 * s.daysLate();       // 11
 * }</pre>
 *
 * @param deadline the last day allowed
 * @param date the date the report gives, when it gives one
 */
public record DeadlineCheck(LocalDate deadline, Optional<LocalDate> date) {

    /** Whether a date meets its deadline. */
    public enum Timeliness {
        /** On or before the deadline. */
        ON_TIME("on-time"),
        /** After the deadline. */
        LATE("late"),
        /** The report gives no such date. */
        NO_DATE("no-date");

        private final String id;

        Timeliness(String id) {
            this.id = id;
        }

        /** The stable id used in the JSON output. */
        public String id() {
            return id;
        }
    }

    /** Checks for nulls. */
    public DeadlineCheck {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(date, "date");
    }

    /** Whether the date meets the deadline. */
    public Timeliness timeliness() {
        if (date.isEmpty()) {
            return Timeliness.NO_DATE;
        }
        return date.get().isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /** Whether the date is after the deadline. */
    public boolean isLate() {
        return timeliness() == Timeliness.LATE;
    }

    /** How many days after the deadline the date is (0 when on time or unknown). */
    public long daysLate() {
        return isLate() ? ChronoUnit.DAYS.between(deadline, date.orElseThrow()) : 0;
    }

    /** The verdict in words in {@code locale}: {@code 按时}, {@code 逾期11天}, {@code 未见日期}. */
    public String label(Locale locale) {
        return switch (timeliness()) {
            case ON_TIME -> AuditMessages.get(locale, "deadline.on-time");
            case LATE -> AuditMessages.get(locale, "deadline.late", daysLate());
            case NO_DATE -> AuditMessages.get(locale, "deadline.no-date");
        };
    }
}
