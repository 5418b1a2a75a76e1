package io.github.fazhi.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message texts of the rules, read from the {@code ContributorValidationMessages} bundles (UTF-8):
 * the base file is Chinese, {@code _zh_CN} refines it, {@code _en} is English. Keys are namespaced under
 * {@value #PREFIX} so they never clash with another library's contributor messages or the application's
 * {@code ValidationMessages}, which fazhi never reads.
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "ContributorValidationMessages";

    /** The prefix of every key. */
    public static final String PREFIX = "io.github.fazhi.validation.";

    /** The language used when a locale asks for one the bundles lack. */
    public static final String DEFAULT_LANGUAGE = "zh";

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {}

    /** The bundle language for {@code locale}: {@code en} for English, else {@code zh}. */
    public static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : DEFAULT_LANGUAGE;
    }

    /** The key of text {@code part} ({@code message}, {@code fix}, {@code description}, a variant) of a rule. */
    public static String key(String ruleId, String part) {
        return PREFIX + ruleId + "." + part;
    }

    /** The text under {@code key} in {@code locale}'s language. */
    public static Optional<String> text(String key, Locale locale) {
        return Optional.ofNullable(all(language(locale)).get(key));
    }

    /** The text under {@code key}, or the key itself when the bundles lack it. */
    public static String textOrKey(String key, Locale locale) {
        return text(key, locale).orElse(key);
    }

    /** Every key and text in {@code language} ({@code zh} or {@code en}). */
    public static Map<String, String> all(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Messages::load);
    }

    private static Map<String, String> load(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> files = language.equals("en")
                ? List.of(BUNDLE + ".properties", BUNDLE + "_en.properties")
                : List.of(BUNDLE + ".properties", BUNDLE + "_zh.properties", BUNDLE + "_zh_CN.properties");
        ClassLoader loader = Messages.class.getClassLoader();
        for (String file : files) {
            try {
                Enumeration<URL> urls = loader.getResources(file);
                for (URL url : Collections.list(urls)) {
                    Properties p = new Properties();
                    try (InputStream in = url.openStream();
                            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                    for (String name : p.stringPropertyNames()) {
                        if (name.startsWith(PREFIX)) {
                            out.put(name, p.getProperty(name));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the message bundle " + file, e);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
