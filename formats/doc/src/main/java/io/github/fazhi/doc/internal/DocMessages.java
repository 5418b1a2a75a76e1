package io.github.fazhi.doc.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the {@code .doc} reader, from the resource bundle {@code io/github/fazhi/doc/internal/DocMessages}:
 * Chinese by default, English for any locale whose language is English. File content never becomes part of a
 * template.
 */
public final class DocMessages {

    private static final String BUNDLE = "io.github.fazhi.doc.internal.DocMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_WORD_BINARY,
        OLD_WORD,
        ENCRYPTED,
        DAMAGED,
        NO_TEXT
    }

    private final ResourceBundle bundle;

    private DocMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static DocMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new DocMessages(ResourceBundle.getBundle(
                BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, DocMessages.class.getClassLoader(), NO_FALLBACK));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
