package io.github.fazhi.assertj.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of the failure messages, from the resource bundle {@code io/github/fazhi/assertj/internal/Texts}:
 * Chinese by default, English for any locale whose language is English. Placeholders are {@code {0}},
 * {@code {1}}…; arguments are inserted as they are, never interpreted, so report text cannot change a message's
 * form.
 */
public final class Texts {

    private static final String BUNDLE = "io.github.fazhi.assertj.internal.Texts";

    private Texts() {}

    /** The base file is Chinese; never another language's file by the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    /** Whether {@code locale} asks for English (anything else is written in Chinese). */
    public static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** The text {@code key} in {@code locale} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public static String format(Locale locale, String key, Object... args) {
        // no arguments: the template as it is in the bundle (fazhi's own placeholders, not String.format's)
        String template = bundle(locale).getString(key);
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close > i + 1 && close - i <= 3) {
                    String n = template.substring(i + 1, close);
                    if (n.chars().allMatch(Character::isDigit)) {
                        int index = Integer.parseInt(n);
                        out.append(index < args.length ? String.valueOf(args[index]) : "{" + n + "}");
                        i = close;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Every key of the bundle in {@code locale}'s language, for the tests that check both languages have the same keys. */
    public static java.util.Set<String> keys(Locale locale) {
        String name = "Texts" + (isEnglish(locale) ? "_en" : "") + ".properties";
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Texts.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(p.stringPropertyNames()));
    }
}
