package io.github.fazhi.html.internal;

import io.github.fazhi.core.read.MessageBundle;
import java.util.Locale;

/**
 * The messages of the HTML reader, from the resource bundle {@code io/github/fazhi/html/internal/HtmlMessages}:
 * Chinese by default, English for any locale whose language is English. Page content never becomes part of a
 * template.
 */
public final class HtmlMessages {

    private static final String BUNDLE = "io.github.fazhi.html.internal.HtmlMessages";

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_HTML,
        NO_ARTICLE
    }

    private final MessageBundle bundle;

    private HtmlMessages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static HtmlMessages of(Locale locale) {
        return new HtmlMessages(MessageBundle.of(BUNDLE, locale, HtmlMessages.class.getClassLoader()));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        return bundle.get(key.name(), args);
    }
}
