package io.github.fazhi.validation;

import io.github.fazhi.validation.internal.BuiltInRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of the library's rules, in the order {@code fazhi rules} lists them.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) {
 *     System.out.println(r.id() + "\t" + r.defaultSeverity() + "\t" + r.description(Locale.CHINA));
 * }
 * Rules.byId("part-missing").orElseThrow().defaultSeverity(); // ERROR
 * }</pre>
 */
public final class Rules {

    private static final List<Rule> ALL =
            BuiltInRules.ENTRIES.stream().map(Rule::builtIn).toList();

    private static final Map<String, Rule> BY_ID;

    static {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : ALL) {
            m.put(r.id(), r);
        }
        BY_ID = java.util.Collections.unmodifiableMap(m);
    }

    private Rules() {}

    /** Every rule of the library, in catalogue order. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The library's rule with {@code id}. */
    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
