package io.github.fazhi.core.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages fazhi's readers put into {@code ReportReadException}s, from the resource bundle
 * {@code io/github/fazhi/core/internal/ReaderMessages}: Chinese by default, English for any locale whose
 * language is English. Report text never becomes part of a message template.
 */
public final class ReaderMessages {

    private static final String BUNDLE = "io.github.fazhi.core.internal.ReaderMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        EMPTY,
        TOO_LARGE,
        NOT_TEXT_NUL,
        NOT_TEXT_CONTROL,
        BINARY_FORMAT,
        UNDECODABLE,
        UNDECODABLE_BOM,
        UNSUPPORTED_FORMAT_MODULE,
        UNSUPPORTED_FORMAT,
        IMAGE_FORMAT,
        ENCRYPTED_FORMAT,
        BINARY_CONTENT,
        TOO_MANY_PARAGRAPHS,
        LINE_TOO_LONG,
        TOO_MANY_SECTIONS;
    }

    private final ResourceBundle bundle;

    private ReaderMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static ReaderMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new ReaderMessages(
                ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
