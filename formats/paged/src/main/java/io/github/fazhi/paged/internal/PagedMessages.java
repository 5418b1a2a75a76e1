package io.github.fazhi.paged.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages of the PDF and OFD renderers (missing glyphs, missing fonts), from the resource bundle
 * {@code io/github/fazhi/paged/internal/PagedMessages}: Chinese by default, English for English locales.
 */
public final class PagedMessages {

    private static final String BUNDLE = "io.github.fazhi.paged.internal.PagedMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Message keys. */
    public enum Key {
        GLYPH_MISSING,
        GLYPH_MISSING_EVERYWHERE,
        GLYPH_FALLBACK,
        FONT_NOT_FOUND,
        FONT_FILE_UNREADABLE,
        TRIED_NOT_INSTALLED,
        TRIED_CFF,
        TRIED_RESTRICTED
    }

    private final ResourceBundle bundle;

    private PagedMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static PagedMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new PagedMessages(ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK));
    }

    /** The message for {@code key} with its arguments ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
