package io.github.fazhi.review.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of fazhi-review for people, from the resource bundle {@code io/github/fazhi/review/internal/AuditMessages}:
 * Chinese by default, English for any locale whose language is English. Report text only ever fills a
 * placeholder, never becomes part of a template.
 */
public final class AuditMessages {

    private static final String BUNDLE = "io.github.fazhi.review.internal.AuditMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AuditMessages() {}

    /** Whether {@code locale} gets the English texts. */
    public static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The bundle for {@code locale}. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    /**
     * The text for {@code key} in {@code locale}, with {@code args} filled into its {@code %s}/{@code %d}
     * placeholders.
     *
     * @throws MissingResourceException when the bundle lacks the key (a bug of fazhi-review)
     */
    public static String get(Locale locale, String key, Object... args) {
        String template = bundle(locale).getString(key);
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
