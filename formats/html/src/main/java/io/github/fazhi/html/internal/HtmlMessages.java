package io.github.fazhi.html.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the HTML reader, from the resource bundle {@code io/github/fazhi/html/internal/HtmlMessages}:
 * Chinese by default, English for any locale whose language is English. Page content never becomes part of a
 * template.
 */
public final class HtmlMessages {

    private static final String BUNDLE = "io.github.fazhi.html.internal.HtmlMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_HTML,
        NO_ARTICLE
    }

    private final ResourceBundle bundle;

    private HtmlMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static HtmlMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new HtmlMessages(ResourceBundle.getBundle(
                BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, HtmlMessages.class.getClassLoader(), NO_FALLBACK));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
