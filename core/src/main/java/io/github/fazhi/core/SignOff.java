package io.github.fazhi.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sign-off at the end (落款): the issuer name(s) and the date of issue (成文日期).
 *
 * <p>{@link #dateText()} keeps the date as printed ({@code 2022年1月5日}, {@code 二〇二二年一月五日},
 * {@code 2022年01月05日}) so a checker can judge its form; {@link #date()} is its value when it parses.
 *
 * <pre>{@code
 * SignOff s = SignOff.of(List.of("清河区司法局"), LocalDate.of(2025, 1, 20));
 * s.dateText(); // Optional[2025年1月20日]
 * }</pre>
 *
 * @param id always {@code "signoff"}
 * @param issuers the issuer lines, lead organ first
 * @param dateText the date as printed, if there is one
 * @param date the date's value, when it parses
 * @param span where it was read from, if it was
 */
public record SignOff(
        String id, List<String> issuers, Optional<String> dateText, Optional<LocalDate> date, Optional<SourceSpan> span)
        implements Element {

    /** The id every sign-off has. */
    public static final String ID = "signoff";

    /** Checks for nulls and copies the issuers. */
    public SignOff {
        Objects.requireNonNull(id, "id");
        issuers = List.copyOf(issuers);
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
        if (date.isPresent() && dateText.isEmpty()) {
            dateText = Optional.of(formatDate(date.get()));
        }
    }

    /** A sign-off with the date written in the GB/T 9704 form {@code 2025年1月20日}. */
    public static SignOff of(List<String> issuers, LocalDate date) {
        return new SignOff(ID, issuers, Optional.of(formatDate(date)), Optional.of(date), Optional.empty());
    }

    /** A sign-off without a date. */
    public static SignOff of(List<String> issuers) {
        return new SignOff(ID, issuers, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Writes a date as GB/T 9704-2012 §7.3.5 wants: Arabic numerals, no zero padding. */
    public static String formatDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** This sign-off without its source span. */
    public SignOff withoutSpan() {
        return span.isEmpty() ? this : new SignOff(id, issuers, dateText, date, Optional.empty());
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitSignOff(this);
    }
}
