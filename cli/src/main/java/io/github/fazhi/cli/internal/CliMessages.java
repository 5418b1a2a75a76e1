package io.github.fazhi.cli.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the {@code fazhi} command, from the resource bundle
 * {@code io/github/fazhi/cli/internal/CliMessages}: Chinese by default, English for English. Templates use
 * {@link String#format} placeholders, as every fazhi bundle does; a file's name or content is passed as an
 * argument, never made part of a template.
 *
 * <p>Two kinds of message do not follow {@code --locale}: those said before a language is chosen (the root
 * command and {@code fazhi new} have no {@code --locale}) are given in both languages at once
 * ({@link #bilingual}), and the usage errors the commands raise beside picocli's own, which are English, are
 * English ({@link #usage()}); each still has its Chinese text in the bundle.
 */
public final class CliMessages {

    private static final String BUNDLE = "io.github.fazhi.cli.internal.CliMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Each key names a template in the bundle. */
    public enum Key {
        NO_SUCH_FILE,
        PERMISSION_DENIED,
        FOLDER_PERMISSION_DENIED,
        FOLDER_UNREADABLE,
        FIFO,
        SOCKET,
        DEVICE,
        SPECIAL,
        BROKEN_LINK,
        LINK_LOOP,
        UNREADABLE,
        WRITE_FAILED,
        WRITE_PERMISSION_DENIED,
        OUTPUT_IS_INPUT,
        OUTPUT_COLLISION,
        OUTPUT_THROUGH_LINK,
        WROTE,
        RENDER_SUMMARY,
        NO_RULE,
        NO_FILES,
        FINDINGS_WRITTEN,
        ERA,
        FIX,
        PLACES,
        LIST_SEPARATOR,
        CHECK_SUMMARY,
        INTERNAL_ERROR,
        INTERNAL_ERROR_SEE_VERBOSE,
        UNITS_NOT_FOUND,
        REPORT_FOLDER_UNREADABLE,
        NO_REPORT_FILES,
        DUPLICATE_FILES,
        REPORTING_YEAR,
        ERRORS_AND_WARNINGS,
        SUBMISSION,
        PUBLICATION,
        NOTE_SEPARATOR,
        NO_UNIT,
        UNIT_UNCLEAR,
        COUNT_SEPARATOR,
        AUDIT_SUMMARY,
        MISSING_SUBCOMMAND,
        UNKNOWN_FORMAT,
        GENERATED,
        KNOWN_FORMATS,
        SINGLE_OUTPUT,
        YEAR_NOT_FOUR_DIGITS,
        FORMAT_NOT_TEXT_OR_JSON
    }

    private final ResourceBundle bundle;

    private CliMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in English for an English locale, in Chinese otherwise. */
    public static CliMessages of(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new CliMessages(ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK));
    }

    /** The messages of usage errors: English, like picocli's own usage errors beside them. */
    public static CliMessages usage() {
        return of(Locale.ENGLISH);
    }

    /**
     * The message for {@code key} in both languages, {@code 中文 (English)}: for what is said before a
     * language is chosen.
     */
    public static String bilingual(Key key, Object... args) {
        return of(Locale.ROOT).get(key, args) + " (" + of(Locale.ENGLISH).get(key, args) + ")";
    }

    /** The message for {@code key}, its {@link String#format} placeholders filled with {@code args}. */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
