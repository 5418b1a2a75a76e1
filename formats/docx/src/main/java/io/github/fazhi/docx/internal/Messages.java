package io.github.fazhi.docx.internal;

import io.github.fazhi.core.read.MessageBundle;
import java.util.Locale;

/**
 * The messages of the DOCX reader, from the resource bundle {@code io/github/fazhi/docx/internal/Messages}:
 * Chinese by default, English for any locale whose language is English. File content never becomes part of a
 * template.
 */
public final class Messages {

    private static final String BUNDLE = "io.github.fazhi.docx.internal.Messages";

    /** Each key names a template in the bundle. */
    public enum Key {
        TOO_LARGE,
        NOT_DOCX,
        LOOKS_EMPTY,
        LOOKS_TEXT,
        LOOKS_DOC,
        LOOKS_OLE2,
        LOOKS_PDF,
        LOOKS_RTF,
        LOOKS_HTML,
        LOOKS_XML,
        LOOKS_ZIP,
        LOOKS_SPREADSHEET,
        LOOKS_PRESENTATION,
        LOOKS_OTHER,
        ENCRYPTED,
        DAMAGED_ZIP,
        TOO_MANY_ENTRIES,
        ENTRY_TOO_LARGE,
        TOTAL_TOO_LARGE,
        INFLATE_RATIO,
        BAD_XML,
        NO_MAIN_DOCUMENT,
        TOO_DEEP,
        UNREADABLE
    }

    private final MessageBundle bundle;

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public Messages(Locale locale) {
        this.bundle = MessageBundle.of(BUNDLE, locale, Messages.class.getClassLoader());
    }

    /** The message for {@code key} with its arguments filled in ({@link String#format} placeholders). */
    public String get(Key key, Object... args) {
        return bundle.get(key.name(), args);
    }

    String tooLarge(long limit) {
        return get(Key.TOO_LARGE, limit);
    }

    String notDocx(String looksLike) {
        return get(Key.NOT_DOCX, looksLike);
    }

    String looksLike(String kind) {
        return get(
                switch (kind) {
                    case "empty" -> Key.LOOKS_EMPTY;
                    case "text" -> Key.LOOKS_TEXT;
                    case "doc" -> Key.LOOKS_DOC;
                    case "ole2" -> Key.LOOKS_OLE2;
                    case "pdf" -> Key.LOOKS_PDF;
                    case "rtf" -> Key.LOOKS_RTF;
                    case "html" -> Key.LOOKS_HTML;
                    case "xml" -> Key.LOOKS_XML;
                    case "zip" -> Key.LOOKS_ZIP;
                    case "spreadsheet" -> Key.LOOKS_SPREADSHEET;
                    case "presentation" -> Key.LOOKS_PRESENTATION;
                    default -> Key.LOOKS_OTHER;
                });
    }

    String encrypted() {
        return get(Key.ENCRYPTED);
    }

    String damagedZip() {
        return get(Key.DAMAGED_ZIP);
    }

    String tooManyEntries(int limit) {
        return get(Key.TOO_MANY_ENTRIES, limit);
    }

    String entryTooLarge(long limit) {
        return get(Key.ENTRY_TOO_LARGE, limit);
    }

    String totalTooLarge(long limit) {
        return get(Key.TOTAL_TOO_LARGE, limit);
    }

    String inflateRatio(double ratio) {
        return get(Key.INFLATE_RATIO, Math.round(1 / ratio));
    }

    String badXml(String detail) {
        return get(Key.BAD_XML, detail);
    }

    String noMainDocument() {
        return get(Key.NO_MAIN_DOCUMENT);
    }

    String tooDeep(int limit) {
        return get(Key.TOO_DEEP, limit);
    }

    String unreadable(String detail) {
        return get(Key.UNREADABLE, detail);
    }
}
