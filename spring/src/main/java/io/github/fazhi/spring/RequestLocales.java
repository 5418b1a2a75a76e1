package io.github.fazhi.spring;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The locale fazhi writes messages in for the current thread: the request's, as Spring's {@link
 * LocaleContextHolder} holds it, mapped onto the languages fazhi has messages in (Chinese, English), or the
 * configured default where no request's locale is set.
 */
final class RequestLocales {

    private final Locale defaultLocale;
    private final boolean followRequest;

    RequestLocales(Locale defaultLocale, boolean followRequest) {
        this.defaultLocale = supported(defaultLocale);
        this.followRequest = followRequest;
    }

    /** The configured default, as a supported locale. */
    Locale defaultLocale() {
        return defaultLocale;
    }

    /** The locale for the current thread. */
    Locale current() {
        if (!followRequest) {
            return defaultLocale;
        }
        // not getLocale(), which falls back to the JVM's default locale rather than fazhi.locale
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale requested = context == null ? null : context.getLocale();
        return requested == null ? defaultLocale : supported(requested);
    }

    /**
     * {@code locale} as one of the locales fazhi has messages in: English for any English, Chinese
     * otherwise (the bundles' default), so that requests in many locales make at most two validators.
     */
    static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
