package io.github.fazhi.cli.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the {@code fazhi} command, from the resource bundle
 * {@code io/github/fazhi/cli/internal/CliMessages}: Chinese by default, English for English.
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
        RENDER_SUMMARY
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

    /** The message for {@code key}, its {@link String#format} placeholders filled with {@code args}. */
    public String get(Key key, Object... args) {
        String template = bundle.getString(key.name());
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
