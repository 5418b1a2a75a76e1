package io.github.fazhi.validation;

import io.github.fazhi.validation.internal.BuiltInRules;
import io.github.fazhi.validation.internal.Messages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule of the catalogue: its stable id, a name, its default severity, its category and a one-line
 * description in Chinese and English. The library's rules are listed by {@link Rules#all()}; a profile
 * may add its own with {@link #builder(String)} and {@link Profile.Builder#rule(Rule, ReportCheck)}.
 *
 * <p>Ids are public and stable kebab-case names ({@code part-missing}, {@code numbering-gap}); a retired id
 * is never reused.
 *
 * <pre>{@code
 * Rule gap = Rules.byId("numbering-gap").orElseThrow();
 * gap.defaultSeverity();              // ERROR
 * gap.description(Locale.ENGLISH);    // "A heading number is skipped ..."
 *
 * Rule own = Rule.builder("guideline-title")
 *         .defaultSeverity(Severity.ERROR)
 *         .category(RuleCategory.STRUCTURE)
 *         .description(Locale.CHINESE, "标题应为“……法治政府建设年度报告”")
 *         .description(Locale.ENGLISH, "The title must end in 法治政府建设年度报告")
 *         .message(Locale.CHINESE, "标题“{title}”不是指引规定的名称")
 *         .message(Locale.ENGLISH, "The title \"{title}\" is not the name the guideline prescribes")
 *         .build();
 * }</pre>
 *
 * <p>Message templates are Bean Validation templates: {@code {name}} stands for a message parameter the
 * check passes ({@link RuleContext.FindingBuilder#param}); write <code>\&#123;</code> for a literal brace. Report
 * text only ever arrives as a parameter value, never as part of a template.
 */
public final class Rule {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String id;
    private final String name;
    private final Severity defaultSeverity;
    private final RuleCategory category;
    private final boolean builtIn;
    private final boolean enabledByDefault;
    private final Map<String, String> parameters;
    /** For rules added by a profile: templates by key ({@code description}, {@code message}, {@code fix}, variants) and language. */
    private final Map<String, Map<String, String>> texts;

    private Rule(
            String id,
            String name,
            Severity defaultSeverity,
            RuleCategory category,
            boolean builtIn,
            boolean enabledByDefault,
            Map<String, String> parameters,
            Map<String, Map<String, String>> texts) {
        this.id = id;
        this.name = name;
        this.defaultSeverity = defaultSeverity;
        this.category = category;
        this.builtIn = builtIn;
        this.enabledByDefault = enabledByDefault;
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        texts.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.texts = Map.copyOf(copy);
    }

    /** Used by the catalogue for the library's own rules, whose texts live in the message bundles. */
    static Rule builtIn(BuiltInRules.Entry e) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (BuiltInRules.Parameter p : e.parameters()) {
            parameters.put(p.name(), p.defaultValue());
        }
        return new Rule(
                e.id(), pascal(e.id()), e.severity(), e.category(), true, e.enabledByDefault(), parameters, Map.of());
    }

    /** A builder for a rule a profile adds. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The stable id, e.g. {@code numbering-gap}. */
    public String id() {
        return id;
    }

    /** A short name for tools (SARIF {@code name}), e.g. {@code NumberingGap}. */
    public String name() {
        return name;
    }

    /** The severity the rule has unless a profile changes it. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The category, which orders the check. */
    public RuleCategory category() {
        return category;
    }

    /**
     * Whether {@link Profile#national()} checks the rule. A rule that is off by default (such as {@code
     * other-part-absent}) is turned on with {@link Profile.Builder#enable(String)}.
     */
    public boolean isEnabledByDefault() {
        return enabledByDefault;
    }

    /**
     * The parameters the rule reads from the profile, by name, with their default values as a profile would
     * write them (a list joined by {@code ,}); set one with {@link Profile.Builder#parameter(String, String)}.
     *
     * <pre>{@code
     * Rules.byId("frp-duty-coverage").orElseThrow().parameters(); // {minDutyCoverage=3}
     * }</pre>
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Whether the rule ships with the library (rather than being added by a profile). */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /** The one-line description in {@code locale} (Chinese unless the locale's language is English). */
    public String description(Locale locale) {
        return text("description", locale).orElse(id);
    }

    /**
     * The template of this rule's text {@code key} ({@code description}, {@code message}, {@code fix} or a
     * message variant) in {@code locale}, if the rule has one.
     */
    public Optional<String> text(String key, Locale locale) {
        if (builtIn) {
            return Messages.text(Messages.key(id, key), locale);
        }
        Map<String, String> byLanguage = texts.get(key);
        if (byLanguage == null) {
            return Optional.empty();
        }
        String language = Messages.language(locale);
        return Optional.ofNullable(byLanguage.getOrDefault(language, byLanguage.get(Messages.DEFAULT_LANGUAGE)));
    }

    /** For rules a profile adds: every template by key and language. Empty for the library's rules. */
    public Map<String, Map<String, String>> templates() {
        return texts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule r
                && r.id.equals(id)
                && r.name.equals(name)
                && r.defaultSeverity == defaultSeverity
                && r.category == category
                && r.builtIn == builtIn
                && r.enabledByDefault == enabledByDefault
                && r.parameters.equals(parameters)
                && r.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, defaultSeverity, category);
    }

    @Override
    public String toString() {
        return id + " (" + defaultSeverity + ", " + category + ")";
    }

    static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** Builds a {@link Rule} for a profile; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private Severity defaultSeverity = Severity.WARNING;
        private RuleCategory category = RuleCategory.CONTENT;
        private final Map<String, Map<String, String>> texts = new LinkedHashMap<>();

        private Builder(String id) {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a rule id is kebab-case (a-z, 0-9, -): " + id);
            }
            this.id = id;
            this.name = pascal(id);
        }

        /** Sets the short name (default: the id in PascalCase). */
        public Builder name(String value) {
            name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** Sets the default severity (default WARNING). */
        public Builder defaultSeverity(Severity value) {
            defaultSeverity = Objects.requireNonNull(value, "severity");
            return this;
        }

        /** Sets the category (default CONTENT). */
        public Builder category(RuleCategory value) {
            category = Objects.requireNonNull(value, "category");
            return this;
        }

        /** Sets the one-line description in {@code locale}'s language. */
        public Builder description(Locale locale, String text) {
            return template("description", locale, text);
        }

        /** Sets the message template in {@code locale}'s language. */
        public Builder message(Locale locale, String template) {
            return template("message", locale, template);
        }

        /** Sets the template of message variant {@code variant} in {@code locale}'s language. */
        public Builder message(String variant, Locale locale, String template) {
            if (variant.equals("description")) {
                throw new IllegalArgumentException("'description' is not a message variant");
            }
            return template(variant, locale, template);
        }

        /** Sets the suggested-fix template in {@code locale}'s language. */
        public Builder fix(Locale locale, String template) {
            return template("fix", locale, template);
        }

        private Builder template(String key, Locale locale, String text) {
            Objects.requireNonNull(text, "text");
            texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(Messages.language(locale), text);
            return this;
        }

        /**
         * Builds the rule.
         *
         * @throws IllegalStateException when it has no description or no message in Chinese
         */
        public Rule build() {
            for (String key : new String[] {"description", "message"}) {
                if (!texts.containsKey(key) || !texts.get(key).containsKey(Messages.DEFAULT_LANGUAGE)) {
                    throw new IllegalStateException("rule " + id + " needs a " + key + " in Chinese");
                }
            }
            return new Rule(id, name, defaultSeverity, category, false, true, Map.of(), texts);
        }
    }
}
