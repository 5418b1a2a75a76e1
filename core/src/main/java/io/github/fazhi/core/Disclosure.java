package io.github.fazhi.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of a report's publication.
 *
 * <pre>{@code
 * Disclosure d = new Disclosure(Optional.of(LocalDate.of(2025, 3, 20)), Optional.of(DisclosureChannel.PORTAL),
 *         Optional.of("https://example.gov.cn/fzzfjsndbg/2025/report.html"));
 * }</pre>
 *
 * @param date the day it was published
 * @param channel where
 * @param url the address, when published online
 */
public record Disclosure(Optional<LocalDate> date, Optional<DisclosureChannel> channel, Optional<String> url) {

    /** Checks for nulls. */
    public Disclosure {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(url, "url");
    }
}
