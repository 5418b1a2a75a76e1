package io.github.fazhi.doc.internal;

import io.github.fazhi.core.read.MessageBundle;
import java.util.Locale;

/**
 * The messages of the {@code .doc} reader, from the resource bundle {@code io/github/fazhi/doc/internal/DocMessages}:
 * Chinese by default, English for any locale whose language is English. File content never becomes part of a
 * template.
 */
public final class DocMessages {

    private static final String BUNDLE = "io.github.fazhi.doc.internal.DocMessages";

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_WORD_BINARY,
        OLD_WORD,
        ENCRYPTED,
        DAMAGED,
        NO_TEXT
    }

    private final MessageBundle bundle;

    private DocMessages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static DocMessages of(Locale locale) {
        return new DocMessages(MessageBundle.of(BUNDLE, locale, DocMessages.class.getClassLoader()));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        return bundle.get(key.name(), args);
    }
}
