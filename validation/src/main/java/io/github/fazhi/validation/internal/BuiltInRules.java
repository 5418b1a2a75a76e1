package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.RuleCategory;
import io.github.fazhi.validation.Severity;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the library's rules, built from the rule classes: each {@code *Rule} class declares its id,
 * default severity and category with {@link RuleDefinition} and its parameters as attributes of its constraint
 * annotation. {@link #CLASSES} lists the classes in the order {@code fazhi rules} lists them.
 *
 * <h2>Adding a rule</h2>
 *
 * <ol>
 *   <li>Write {@code FooBarRule extends ReportRule<FooBarRule.Check>} in this package, annotated {@code
 *       @RuleDefinition(id = "foo-bar", severity = ..., category = ...)}, with a nested {@code @Check}
 *       constraint ({@code @Constraint(validatedBy = FooBarRule.class)}, attributes {@code message}, {@code
 *       groups}, {@code payload}, and one attribute per parameter, named as the profile names it), and {@code
 *       check(report, context)} reporting findings.
 *   <li>Add its class to {@link #CLASSES} (a test fails on a rule class that is not listed).
 *   <li>Add its texts to {@code ContributorValidationMessages(_zh_CN, _en).properties}: {@code
 *       io.github.fazhi.validation.foo-bar.description}, {@code .message} (and variants), {@code .fix}.
 *   <li>Write {@code io.github.fazhi.validation.rules.FooBarRuleTest} with a passing and a failing case.
 * </ol>
 */
public final class BuiltInRules {

    /**
     * A parameter a rule reads from the profile.
     *
     * @param name the name the profile gives it (the constraint attribute's name)
     * @param type the attribute's type: {@code int}, {@code long}, {@code boolean}, {@code String} or {@code
     *     String[]}
     * @param defaultValue the attribute's default, as the profile would write it (a list joined by {@code ,})
     */
    public record Parameter(String name, Class<?> type, String defaultValue) {}

    /**
     * One rule of the catalogue, as its class declares it.
     *
     * @param id the stable id
     * @param severity the default severity
     * @param category the category (and so the group)
     * @param enabledByDefault whether the national profile checks it
     * @param constraint the constraint annotation
     * @param parameters the parameters it reads from the profile, in declaration order
     */
    public record Entry(
            String id,
            Severity severity,
            RuleCategory category,
            boolean enabledByDefault,
            Class<? extends Annotation> constraint,
            List<Parameter> parameters) {
        /** Copies the parameters. */
        public Entry {
            parameters = List.copyOf(parameters);
        }
    }

    /** The attributes every constraint has, which are not parameters. */
    private static final Set<String> CONSTRAINT_ATTRIBUTES = Set.of("message", "groups", "payload");

    /** Every rule class, in the order {@code fazhi rules} lists them. */
    public static final List<Class<? extends ReportRule<?>>> CLASSES = List.of(
            PartMissingRule.class,
            PartOrderRule.class,
            PartEmptyRule.class,
            ShortcomingsCausesMissingRule.class,
            OtherPartAbsentRule.class,
            FrpDutyCoverageRule.class,
            FrpLeaderNotNamedRule.class,
            FrpShufaAbsentRule.class,
            FrpNotOwnPartRule.class,
            YearMismatchRule.class,
            NotAnnualRule.class,
            TitleMissingRule.class,
            TitleTopicRule.class,
            TitleDoctypeRule.class,
            TitleSummaryDoctypeRule.class,
            TitleGuanyuPairingRule.class,
            NumberingGapRule.class,
            NumberingDuplicateRule.class,
            NumberingLevelSkipRule.class,
            NumberingStyleRule.class,
            NumberingDepthRule.class,
            EnumerationOrderRule.class,
            PlaceholderRule.class,
            ClassifiedMarkingRule.class,
            RequestInReportRule.class,
            HalfwidthPunctuationRule.class,
            IssuerMissingRule.class,
            SignoffMissingRule.class,
            TextTruncatedRule.class,
            DateFormatRule.class,
            DateOutOfRangeRule.class,
            PlanYearStaleRule.class,
            EncodingDamageRule.class,
            DocumentNumberMalformedRule.class,
            YearRangeMalformedRule.class,
            PairedPunctuationUnbalancedRule.class,
            ReportingVerbColloquialRule.class,
            PreambleYearMissingRule.class,
            FormulationNonstandardRule.class,
            CitationAnachronismRule.class,
            NotAReportRule.class);

    /** Every rule, in the order {@code fazhi rules} lists them. */
    public static final List<Entry> ENTRIES =
            CLASSES.stream().map(BuiltInRules::entryOf).toList();

    private static final Map<String, Entry> BY_ID =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::id, Function.identity()));

    private static final Map<String, Parameter> PARAMETERS;

    static {
        Map<String, Parameter> m = new LinkedHashMap<>();
        for (Entry e : ENTRIES) {
            for (Parameter p : e.parameters()) {
                Parameter before = m.putIfAbsent(p.name(), p);
                if (before != null && !before.equals(p)) {
                    throw new IllegalStateException("rules declare parameter " + p.name() + " differently: " + before
                            + " and " + p + " (" + e.id() + ")");
                }
            }
        }
        PARAMETERS = Collections.unmodifiableMap(m);
    }

    private BuiltInRules() {}

    /** The entry with {@code id}, if the library has such a rule. */
    public static Optional<Entry> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Every parameter some library rule reads, by name. */
    public static Map<String, Parameter> parameters() {
        return PARAMETERS;
    }

    /** Reads the declaration of {@code type}. */
    static Entry entryOf(Class<? extends ReportRule<?>> type) {
        RuleDefinition def = type.getAnnotation(RuleDefinition.class);
        if (def == null) {
            throw new IllegalStateException(type.getName() + " has no @RuleDefinition");
        }
        Class<? extends Annotation> constraint = constraintOf(type);
        List<Parameter> parameters = new ArrayList<>();
        Method[] methods = constraint.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (CONSTRAINT_ATTRIBUTES.contains(m.getName())) {
                continue;
            }
            Object d = m.getDefaultValue();
            if (d == null) {
                throw new IllegalStateException(
                        "parameter " + m.getName() + " of " + type.getName() + " needs a default value");
            }
            parameters.add(new Parameter(m.getName(), m.getReturnType(), format(d)));
        }
        return new Entry(def.id(), def.severity(), def.category(), def.enabledByDefault(), constraint, parameters);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> constraintOf(Class<?> type) {
        Type t = type.getGenericSuperclass();
        if (t instanceof ParameterizedType p
                && p.getRawType() == ReportRule.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c
                && c.isAnnotation()
                && c.isAnnotationPresent(Constraint.class)) {
            return (Class<? extends Annotation>) c;
        }
        throw new IllegalStateException(
                type.getName() + " must extend ReportRule<C> with C its @Constraint annotation");
    }

    private static String format(Object value) {
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", items);
        }
        return String.valueOf(value);
    }

    /**
     * Checks that {@code values} is a value of parameter {@code name} that every rule reading it accepts: the
     * value is converted to the attribute's type and handed to each such rule's {@code initialize}, as Hibernate
     * Validator will hand it, so a profile is refused when it is built rather than when a report is checked.
     *
     * @throws IllegalArgumentException when no rule reads the parameter or a rule refuses the value
     */
    public static void checkParameter(String name, List<String> values) {
        Parameter p = PARAMETERS.get(name);
        if (p == null) {
            throw new IllegalArgumentException(
                    "no rule reads a parameter " + name + "; the parameters are " + PARAMETERS.keySet());
        }
        Object value = convert(p, values);
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            if (e.parameters().contains(p)) {
                initialize(CLASSES.get(i), e, name, value);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void initialize(Class<? extends ReportRule<?>> type, Entry e, String name, Object value) {
        Annotation check = (Annotation) Proxy.newProxyInstance(
                e.constraint().getClassLoader(), new Class<?>[] {e.constraint()}, (proxy, method, args) -> {
                    if (method.getName().equals(name)) {
                        return value;
                    }
                    if (method.getName().equals("annotationType")) {
                        return e.constraint();
                    }
                    if (method.getDeclaringClass() == Object.class || method.getDefaultValue() == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return method.getDefaultValue();
                });
        ReportRule rule;
        try {
            rule = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(type.getName() + " needs a public no-argument constructor", ex);
        }
        try {
            rule.initialize(check);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    "rule " + e.id() + " refuses " + name + " = " + value + ": " + ex.getMessage(), ex);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("rule " + e.id() + " cannot read " + name + " = " + value, ex);
        }
    }

    /**
     * Converts the profile's value of {@code parameter} to the attribute's type.
     *
     * @throws IllegalArgumentException when the value does not fit the type
     */
    public static Object convert(Parameter parameter, List<String> values) {
        Class<?> type = parameter.type();
        if (type == String[].class) {
            return values.toArray(String[]::new);
        }
        if (values.size() != 1) {
            throw new IllegalArgumentException(
                    "parameter " + parameter.name() + " takes one value, not " + values.size() + ": " + values);
        }
        String v = values.get(0).strip();
        try {
            if (type == int.class) {
                return Integer.parseInt(v);
            }
            if (type == long.class) {
                return Long.parseLong(v);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + parameter.name() + " is a number, not '" + v + "'", e);
        }
        if (type == boolean.class) {
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException(
                        "parameter " + parameter.name() + " is true or false, not '" + v + "'");
            }
            return Boolean.parseBoolean(v);
        }
        if (type == String.class) {
            return values.get(0);
        }
        throw new IllegalStateException("parameter " + parameter.name() + " has an unsupported type " + type);
    }
}
