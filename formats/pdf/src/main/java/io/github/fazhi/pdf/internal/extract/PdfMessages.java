package io.github.fazhi.pdf.internal.extract;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the PDF reader, from the resource bundle
 * {@code io/github/fazhi/pdf/internal/extract/PdfMessages}: Chinese by default, English for any locale whose
 * language is English. File content never becomes part of a template.
 */
public final class PdfMessages {

    private static final String BUNDLE = "io.github.fazhi.pdf.internal.extract.PdfMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

    private final ResourceBundle bundle;

    private PdfMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static PdfMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new PdfMessages(ResourceBundle.getBundle(
                BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, PdfMessages.class.getClassLoader(), NO_FALLBACK));
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
