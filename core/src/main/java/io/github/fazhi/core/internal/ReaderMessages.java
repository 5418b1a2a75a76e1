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
        TOO_MANY_SECTIONS,
        JSON_NOT_UTF8,
        JSON_EMPTY,
        JSON_MALFORMED,
        JSON_TRAILING,
        JSON_UNEXPECTED_END,
        JSON_UNEXPECTED_TOKEN,
        JSON_DUPLICATE_FIELD,
        JSON_TOO_DEEP,
        JSON_NUMBER_TOO_LONG,
        JSON_STRING_TOO_LONG,
        JSON_NO_VERSION,
        JSON_VERSION_NOT_STRING,
        JSON_VERSION_SHAPE,
        JSON_VERSION_MAJOR,
        JSON_VERSION_NEWER,
        JSON_COISSUERS_WITHOUT_ISSUER,
        JSON_TITLE_LINES,
        JSON_TITLE_PARTS_WITHOUT_TITLE,
        JSON_NO_SECTIONS,
        JSON_BLOCK_TYPE,
        JSON_SECTIONS_TOO_DEEP,
        JSON_NO_NUMBER,
        JSON_DATE_WITHOUT_TEXT,
        JSON_BAD_SPAN,
        JSON_EXPECTED_ARRAY,
        JSON_EXPECTED_STRING,
        JSON_EXPECTED_OBJECT,
        JSON_EXPECTED_BOOLEAN,
        JSON_EXPECTED_INTEGER,
        JSON_UNKNOWN_FIELD,
        JSON_MISSING_FIELD,
        JSON_OUT_OF_RANGE,
        JSON_BELOW_MINIMUM,
        JSON_BAD_DATE,
        JSON_UNKNOWN_VALUE,
        JSON_AN_OBJECT,
        JSON_AN_ARRAY,
        JSON_A_STRING,
        JSON_A_NUMBER,
        JSON_A_BOOLEAN,
        JSON_NULL;
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
