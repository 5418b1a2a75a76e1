package io.github.fazhi.validation;

import io.github.fazhi.core.Lexicon;
import io.github.fazhi.validation.internal.BuiltInRules;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The set of rules a report is checked against, with each rule's severity and the parameters rules read.
 * {@link #national()} holds every rule of the library at its default severity: the national rules. A local
 * guideline is a profile that extends another and adds rules, raises or lowers a rule's severity, sets
 * parameters or disables a rule, without touching the library. Immutable and thread-safe.
 *
 * <p>Parameters are read by rules by name: each library rule declares the parameters it reads ({@link
 * Rule#parameters()}, with their defaults); {@link Builder#parameter(String, String)} sets any of them, and
 * {@link Builder#minDutyCoverage(int)} and the deadline setters are typed shorthands for the common ones.
 *
 * <pre>{@code
 * Profile shaanxi = Profile.extending(Profile.national())
 *         .name("shaanxi-2023")
 *         .rule(guidelineTitle, (report, context) -> { ... })  // a rule of its own
 *         .severity("signoff-missing", Severity.ERROR)         // raise
 *         .severity("halfwidth-punctuation", Severity.WARNING)
 *         .disable("other-part-absent")
 *         .minDutyCoverage(4)
 *         .submissionDeadline(MonthDay.of(3, 1))
 *         .build();
 * }</pre>
 */
public final class Profile {

    /** The default minimum number of first-responsible-person duty themes the item-3 content covers. */
    public static final int DEFAULT_MIN_DUTY_COVERAGE = 3;

    /** The default publication deadline: 1 April of the year after the reporting year (督察工作规定). */
    public static final MonthDay DEFAULT_DISCLOSURE_DEADLINE = MonthDay.of(4, 1);

    /** The parameter {@link #minDutyCoverage()} reads. */
    public static final String MIN_DUTY_COVERAGE = "minDutyCoverage";

    /** The parameter {@link #disclosureDeadline()} reads ({@code --MM-DD}). */
    public static final String DISCLOSURE_DEADLINE = "disclosureDeadline";

    /** The parameter {@link #submissionDeadline()} reads ({@code --MM-DD}, empty when not checked). */
    public static final String SUBMISSION_DEADLINE = "submissionDeadline";

    private static final Profile NATIONAL = nationalProfile();

    private final String name;
    private final Map<String, Entry> rules;
    private final Map<String, List<String>> parameters;
    private final List<Lexicon.Formulation> formulations;
    private final Optional<RuleEra> era;

    private record Entry(Rule rule, Severity severity, boolean enabled, Optional<ReportCheck> check) {}

    private Profile(Builder b) {
        this.name = b.name;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.formulations = List.copyOf(b.formulations);
        this.era = b.era;
    }

    private static Profile nationalProfile() {
        Builder b = new Builder();
        b.name = "national";
        for (Rule r : Rules.all()) {
            b.rules.put(r.id(), new Entry(r, r.defaultSeverity(), r.isEnabledByDefault(), Optional.empty()));
        }
        return b.build();
    }

    /**
     * The national rules: every rule of the library at its default severity, default parameters; the rules
     * that are off by default ({@link Rule#isEnabledByDefault()}) are known but not checked.
     */
    public static Profile national() {
        return NATIONAL;
    }

    /** A builder for a profile that starts with no rules (use {@link Builder#extend} to start from one). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for a profile that extends {@code base}: the same as {@code builder().extend(base)}. */
    public static Builder extending(Profile base) {
        return new Builder().extend(base);
    }

    /** The profile's name, e.g. {@code national}. */
    public String name() {
        return name;
    }

    /**
     * The era whose rules the profile always applies, when it pins one; empty (as for {@link #national()}) when a
     * report is checked with the rules in force for its reporting year ({@link RuleEra#forYear(int)}).
     */
    public Optional<RuleEra> era() {
        return era;
    }

    /**
     * The era a report of reporting year {@code year} is checked under: the pinned one, else the year's (the
     * current one when the year is not known).
     */
    public RuleEra eraFor(OptionalInt year) {
        return era.orElseGet(() -> year.isPresent() ? RuleEra.forYear(year.getAsInt()) : RuleEra.current());
    }

    /** The enabled rules, library rules in catalogue order first, then the rules the profile added. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (Entry e : rules.values()) {
            if (e.enabled()) {
                out.add(e.rule());
            }
        }
        return List.copyOf(out);
    }

    /** The rule with {@code ruleId}, enabled or not, if the profile knows it. */
    public Optional<Rule> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId)).map(Entry::rule);
    }

    /** Whether rule {@code ruleId} is checked. */
    public boolean isEnabled(String ruleId) {
        Entry e = rules.get(ruleId);
        return e != null && e.enabled();
    }

    /** The severity of rule {@code ruleId} in this profile; empty when it is not checked. */
    public Optional<Severity> severity(String ruleId) {
        Entry e = rules.get(ruleId);
        return e != null && e.enabled() ? Optional.of(e.severity()) : Optional.empty();
    }

    /** The check of a rule the profile added; empty for the library's rules. */
    public Optional<ReportCheck> check(String ruleId) {
        Entry e = rules.get(ruleId);
        return e == null ? Optional.empty() : e.check();
    }

    /**
     * The value of parameter {@code name}: the one the profile sets, else the default of the rule that reads it
     * (a list joined by {@code ,}); empty when no rule of the profile reads such a parameter.
     *
     * <pre>{@code
     * Profile.national().parameter("minDutyCoverage"); // Optional[3]
     * }</pre>
     */
    public Optional<String> parameter(String name) {
        Objects.requireNonNull(name, "name");
        List<String> set = parameters.get(name);
        if (set != null) {
            return Optional.of(String.join(",", set));
        }
        return defaultOf(name);
    }

    /**
     * The values of list parameter {@code name} the profile sets, else its default split at {@code ,}; empty
     * when no rule reads it or its value is empty.
     */
    public List<String> parameterValues(String name) {
        Objects.requireNonNull(name, "name");
        List<String> set = parameters.get(name);
        if (set != null) {
            return set;
        }
        return defaultOf(name)
                .filter(v -> !v.isEmpty())
                .map(v -> List.of(v.split(",")))
                .orElse(List.of());
    }

    /** The parameters the profile sets itself, by name (those it leaves at their default are absent). */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** The values the profile sets for parameter {@code name}, when it sets it (what the validator passes on). */
    Optional<List<String>> valuesSet(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    private Optional<String> defaultOf(String name) {
        for (Entry e : rules.values()) {
            String d = e.rule().parameters().get(name);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** How many duty themes the first-responsible-person content must cover (default 3). */
    public int minDutyCoverage() {
        return Integer.parseInt(parameter(MIN_DUTY_COVERAGE).orElse(String.valueOf(DEFAULT_MIN_DUTY_COVERAGE)));
    }

    /** The day of the year after the reporting year by which the report is published (default 1 April). */
    public MonthDay disclosureDeadline() {
        return parameter(DISCLOSURE_DEADLINE).map(MonthDay::parse).orElse(DEFAULT_DISCLOSURE_DEADLINE);
    }

    /** The day by which the report is submitted, when the profile checks it (1 March for most subjects). */
    public Optional<MonthDay> submissionDeadline() {
        return parameter(SUBMISSION_DEADLINE).filter(v -> !v.isEmpty()).map(MonthDay::parse);
    }

    /**
     * The standard formulations reports are checked against: {@link Lexicon#FORMULATIONS} and those the profile
     * added (rules {@code formulation-nonstandard} and {@code citation-anachronism}).
     */
    public List<Lexicon.Formulation> formulations() {
        return formulations;
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", " + rules().size() + " rules]";
    }

    /** Builds a {@link Profile}; not thread-safe. */
    public static final class Builder {
        private String name = "custom";
        private final Map<String, Entry> rules = new LinkedHashMap<>();
        private final Map<String, List<String>> parameters = new LinkedHashMap<>();
        private final List<Lexicon.Formulation> formulations = new ArrayList<>(Lexicon.FORMULATIONS);
        private Optional<RuleEra> era = Optional.empty();

        private Builder() {}

        /**
         * Checks every report under the rules of {@code value}, whatever its reporting year (by default the era of
         * the report's year).
         */
        public Builder era(RuleEra value) {
            era = Optional.of(Objects.requireNonNull(value, "era"));
            return this;
        }

        /** Starts from {@code base}: its name, rules, severities, added rules and parameters. */
        public Builder extend(Profile base) {
            Objects.requireNonNull(base, "base");
            name = base.name;
            rules.clear();
            rules.putAll(base.rules);
            parameters.clear();
            parameters.putAll(base.parameters);
            formulations.clear();
            formulations.addAll(base.formulations);
            era = base.era;
            return this;
        }

        /** Names the profile. */
        public Builder name(String value) {
            name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the severity of rule {@code ruleId} (and enables it).
         *
         * @throws IllegalArgumentException when no rule has that id
         */
        public Builder severity(String ruleId, Severity severity) {
            Objects.requireNonNull(severity, "severity");
            Entry e = entry(ruleId);
            rules.put(ruleId, new Entry(e.rule(), severity, true, e.check()));
            return this;
        }

        /**
         * Stops checking rule {@code ruleId}.
         *
         * @throws IllegalArgumentException when no rule has that id
         */
        public Builder disable(String ruleId) {
            Entry e = entry(ruleId);
            rules.put(ruleId, new Entry(e.rule(), e.severity(), false, e.check()));
            return this;
        }

        /**
         * Checks rule {@code ruleId} again (or, for a library rule the profile lacks, adds it at its default
         * severity).
         *
         * @throws IllegalArgumentException when no rule has that id
         */
        public Builder enable(String ruleId) {
            Entry e = entry(ruleId);
            rules.put(ruleId, new Entry(e.rule(), e.severity(), true, e.check()));
            return this;
        }

        /**
         * Adds a rule of the profile's own, checked by {@code check} at the rule's default severity.
         *
         * @throws IllegalArgumentException when the id is a library rule's or already in the profile
         */
        public Builder rule(Rule rule, ReportCheck check) {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(check, "check");
            if (rule.isBuiltIn() || Rules.byId(rule.id()).isPresent()) {
                throw new IllegalArgumentException("rule id " + rule.id() + " belongs to the library: pick another");
            }
            if (rules.containsKey(rule.id())) {
                throw new IllegalArgumentException("the profile already has a rule " + rule.id());
            }
            rules.put(rule.id(), new Entry(rule, rule.defaultSeverity(), true, Optional.of(check)));
            return this;
        }

        /** Sets how many duty themes the first-responsible-person content must cover (1 to 7; default 3). */
        public Builder minDutyCoverage(int value) {
            return parameter(MIN_DUTY_COVERAGE, String.valueOf(value));
        }

        /**
         * Adds a standard formulation of the profile's own (a local guideline's name, a provincial meeting):
         * its wrong forms are flagged with the standard as fix, and a report signed before {@code since}
         * citing it is flagged as an anachronism.
         *
         * <pre>{@code
         * builder.formulation(new Lexicon.Formulation(
         *         "《清河省法治政府建设实施方案（2021—2025年）》",
         *         List.of("《清河省法治建设实施方案"),
         *         Optional.of(LocalDate.of(2021, 12, 1))));
         * }</pre>
         */
        public Builder formulation(Lexicon.Formulation value) {
            formulations.add(Objects.requireNonNull(value, "formulation"));
            return this;
        }

        /** Sets the publication deadline in the year after the reporting year (default 1 April). */
        public Builder disclosureDeadline(MonthDay value) {
            return parameter(
                    DISCLOSURE_DEADLINE,
                    Objects.requireNonNull(value, "disclosureDeadline").toString());
        }

        /** Sets a submission deadline in the year after the reporting year (checked only when set). */
        public Builder submissionDeadline(MonthDay value) {
            return parameter(
                    SUBMISSION_DEADLINE,
                    Objects.requireNonNull(value, "submissionDeadline").toString());
        }

        /**
         * Sets parameter {@code name} of the rules that read it ({@link Rule#parameters()}).
         *
         * <pre>{@code
         * Profile.extending(Profile.national()).parameter("minDutyCoverage", "4").build();
         * }</pre>
         *
         * @throws IllegalArgumentException when no library rule reads such a parameter, or the value does not fit
         *     its type (a number, {@code true}/{@code false}, a text) or a rule that reads it refuses it
         */
        public Builder parameter(String name, String value) {
            return parameter(name, List.of(Objects.requireNonNull(value, "value")));
        }

        /**
         * Sets list parameter {@code name} (a parameter whose default is a list; a one-value parameter takes a
         * list of one).
         *
         * @throws IllegalArgumentException when no library rule reads such a parameter or the values do not fit
         */
        public Builder parameter(String name, List<String> values) {
            Objects.requireNonNull(name, "name");
            List<String> copy = List.copyOf(values);
            BuiltInRules.checkParameter(name, copy);
            parameters.put(name, copy);
            return this;
        }

        private Entry entry(String ruleId) {
            Objects.requireNonNull(ruleId, "ruleId");
            Entry e = rules.get(ruleId);
            if (e != null) {
                return e;
            }
            Rule r = Rules.byId(ruleId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no rule has the id " + ruleId + "; the library's ids are listed by Rules.all()"));
            return new Entry(r, r.defaultSeverity(), false, Optional.empty());
        }

        /** Builds the profile. */
        public Profile build() {
            return new Profile(this);
        }
    }
}
