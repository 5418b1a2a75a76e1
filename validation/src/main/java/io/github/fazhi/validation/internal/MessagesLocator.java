package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.Rule;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * The resource bundles Hibernate Validator interpolates messages from: the {@code
 * ContributorValidationMessages} texts of the library's rules, overlaid with the templates of the rules a
 * profile added.
 */
public final class MessagesLocator implements ResourceBundleLocator {

    private final Map<String, Map<String, String>> overlay = new LinkedHashMap<>();
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    /** A locator over the library's texts and those of {@code addedRules}. */
    public MessagesLocator(List<Rule> addedRules) {
        for (Rule rule : addedRules) {
            rule.templates()
                    .forEach((part, byLanguage) -> byLanguage.forEach(
                            (language, template) -> overlay.computeIfAbsent(language, l -> new LinkedHashMap<>())
                                    .put(Messages.key(rule.id(), part), template)));
            // a rule without English texts falls back to its Chinese ones
            rule.templates().forEach((part, byLanguage) -> {
                String zh = byLanguage.get(Messages.DEFAULT_LANGUAGE);
                if (zh != null && !byLanguage.containsKey("en")) {
                    overlay.computeIfAbsent("en", l -> new LinkedHashMap<>()).put(Messages.key(rule.id(), part), zh);
                }
            });
        }
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        return bundles.computeIfAbsent(Messages.language(locale), language -> {
            Map<String, String> merged = new LinkedHashMap<>(Messages.all(language));
            merged.putAll(overlay.getOrDefault(language, Map.of()));
            return new MapBundle(Collections.unmodifiableMap(merged));
        });
    }

    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> texts;

        MapBundle(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }
}
