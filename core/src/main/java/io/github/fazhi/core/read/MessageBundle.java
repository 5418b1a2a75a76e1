package io.github.fazhi.core.read;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Messages for people from a resource bundle, as every fazhi reader gives them: Chinese by default (the
 * bundle's base file), English for any locale whose language is English ({@code _en}); never another
 * language's file by the JVM's default locale. Templates use {@link String#format} placeholders; a file's
 * content is passed as an argument, never made part of a template. Immutable and thread-safe.
 *
 * <pre>{@code
 * MessageBundle m = MessageBundle.of("io.github.fazhi.pdf.internal.extract.PdfMessages", Locale.ENGLISH,
 *         PdfMessages.class.getClassLoader());
 * m.get("TOO_MANY_PAGES", 2500, 2000); // "the PDF has 2500 pages, more than the 2000 this reader accepts"
 * }</pre>
 */
public final class MessageBundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Bundles already loaded, by class loader, base name and language: a reader builds messages on every read. */
    private static final java.util.Map<ClassLoader, java.util.Map<String, MessageBundle>> LOADED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final ResourceBundle bundle;

    private MessageBundle(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The messages of bundle {@code baseName} in {@code locale}'s language, loaded by {@code loader}.
     *
     * @throws java.util.MissingResourceException when the bundle is not there
     */
    public static MessageBundle of(String baseName, Locale locale, ClassLoader loader) {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(loader, "loader");
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        java.util.Map<String, MessageBundle> byName =
                LOADED.computeIfAbsent(loader, l -> new java.util.concurrent.ConcurrentHashMap<>());
        return byName.computeIfAbsent(
                baseName + (english ? "_en" : ""),
                k -> new MessageBundle(ResourceBundle.getBundle(
                        baseName, english ? Locale.ENGLISH : Locale.ROOT, loader, NO_FALLBACK)));
    }

    /**
     * The message {@code key} with its arguments filled in.
     *
     * @throws java.util.MissingResourceException when the bundle has no such key
     */
    public String get(String key, Object... args) {
        String template = bundle.getString(key);
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
