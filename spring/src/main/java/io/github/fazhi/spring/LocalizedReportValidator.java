package io.github.fazhi.spring;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.ValidationReport;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates in the locale of the current request: a {@link ReportValidator} per language fazhi has
 * messages in (Chinese, English), each built once on first use with the same profile, picked from Spring's
 * {@code LocaleContextHolder} (set from the request's {@code Accept-Language} by Spring MVC), or the
 * {@code fazhi.locale} default outside a request. Thread-safe.
 *
 * <pre>{@code
 * @PostMapping("/check")
 * String check(@RequestBody byte[] body, @RequestParam String name) {
 *     return localizedValidator.validate(readers.read(body, name), name).toJson(); // in the request's language
 * }
 * }</pre>
 */
public final class LocalizedReportValidator {

    private final Profile profile;
    private final boolean failFastByCategory;
    private final RequestLocales locales;
    private final Map<Locale, ReportValidator> byLocale = new ConcurrentHashMap<>();

    LocalizedReportValidator(Profile profile, boolean failFastByCategory, RequestLocales locales) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.failFastByCategory = failFastByCategory;
        this.locales = locales;
    }

    /** The profile reports are checked against. */
    public Profile profile() {
        return profile;
    }

    /** The locale messages are written in for the current request. */
    public Locale currentLocale() {
        return locales.current();
    }

    /** The validator for the current request's locale. */
    public ReportValidator current() {
        return forLocale(locales.current());
    }

    /** The validator writing in {@code locale} (or, when fazhi has no messages in it, Chinese). */
    public ReportValidator forLocale(Locale locale) {
        return byLocale.computeIfAbsent(
                RequestLocales.supported(locale),
                l -> ReportValidator.builder()
                        .profile(profile)
                        .locale(l)
                        .failFastByCategory(failFastByCategory)
                        .build());
    }

    /** Checks {@code report} in the current request's locale. */
    public ValidationReport validate(AnnualReport report) {
        return current().validate(report);
    }

    /** Checks {@code report}, read from {@code sourceName}, in the current request's locale. */
    public ValidationReport validate(AnnualReport report, String sourceName) {
        return current().validate(report, sourceName);
    }
}
