package io.github.fazhi.ofd.internal.extract;

import io.github.fazhi.core.read.MessageBundle;
import java.util.Locale;

/**
 * The messages of the OFD reader, from the resource bundle
 * {@code io.github.fazhi.ofd.internal.extract/OfdMessages}: Chinese by default, English for any locale whose
 * language is English. File content never becomes part of a template.
 */
public final class OfdMessages {

    private static final String BUNDLE = "io.github.fazhi.ofd.internal.extract.OfdMessages";

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

    private final MessageBundle bundle;

    private OfdMessages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static OfdMessages of(Locale locale) {
        return new OfdMessages(MessageBundle.of(BUNDLE, locale, OfdMessages.class.getClassLoader()));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        return bundle.get(key.name(), args);
    }
}
