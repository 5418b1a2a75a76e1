package io.github.fazhi.ofd.internal.extract;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the OFD reader, from the resource bundle
 * {@code io.github.fazhi.ofd.internal.extract/OfdMessages}: Chinese by default, English for any locale whose
 * language is English. File content never becomes part of a template.
 */
public final class OfdMessages {

    private static final String BUNDLE = "io.github.fazhi.ofd.internal.extract.OfdMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_OFD,
        DAMAGED,
        NO_OFD_XML,
        TOO_MANY_ENTRIES,
        ENTRY_TOO_LARGE,
        TOTAL_TOO_LARGE,
        RATIO,
        BAD_NAME,
        DUPLICATE_NAME,
        DTD,
        BAD_XML,
        TOO_DEEP,
        ENCRYPTED,
        TOO_MANY_PAGES,
        TOO_MANY_GLYPHS,
        NO_TEXT
    }

    private final ResourceBundle bundle;

    private OfdMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static OfdMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new OfdMessages(ResourceBundle.getBundle(
                BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, OfdMessages.class.getClassLoader(), NO_FALLBACK));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
