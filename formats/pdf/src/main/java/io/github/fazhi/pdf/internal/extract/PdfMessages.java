package io.github.fazhi.pdf.internal.extract;

import io.github.fazhi.core.read.MessageBundle;
import java.util.Locale;

/**
 * The messages of the PDF reader, from the resource bundle
 * {@code io/github/fazhi/pdf/internal/extract/PdfMessages}: Chinese by default, English for any locale whose
 * language is English. File content never becomes part of a template.
 */
public final class PdfMessages {

    private static final String BUNDLE = "io.github.fazhi.pdf.internal.extract.PdfMessages";

    /** What went wrong: each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_PDF,
        ENCRYPTED,
        DAMAGED,
        TOO_MANY_PAGES,
        STREAM_BOMB,
        DECODED_TOTAL,
        TOO_SLOW,
        TOO_MANY_OPERATIONS,
        TOO_MUCH_TEXT,
        TOO_DEEP,
        NO_TEXT,
        NO_UNICODE,
        GARBAGE
    }

    private final MessageBundle bundle;

    private PdfMessages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static PdfMessages of(Locale locale) {
        return new PdfMessages(MessageBundle.of(BUNDLE, locale, PdfMessages.class.getClassLoader()));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        return bundle.get(key.name(), args);
    }
}
