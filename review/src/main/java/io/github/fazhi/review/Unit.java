package io.github.fazhi.review;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit that must report (报告主体): its full name, what kind of subject it is and at which level, when the
 * list says, and the other names it goes by (the short forms offices write, such as {@code 区外事办} for
 * {@code 清河市清河区人民政府外事办公室}). Immutable.
 *
 * <pre>{@code
 * Unit office = new Unit("清河市清河区人民政府外事办公室",
 *         Optional.of(SubjectType.GOVERNMENT_DEPARTMENT), Optional.of(AdministrativeLevel.COUNTY),
 *         List.of("区外事办"));
 * Unit bureau = Unit.of("清河市清河区司法局");
 * }</pre>
 *
 * @param name the unit's full name, as the list gives it
 * @param type the kind of reporting subject, when the list says
 * @param level the administrative level, when the list says
 * @param aliases other names the unit's reports may be issued under
 */
public record Unit(String name, Optional<SubjectType> type, Optional<AdministrativeLevel> level, List<String> aliases) {

    /** Checks the name (not blank, stripped) and copies the aliases. */
    public Unit {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a unit's name is blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        List<String> cleaned = new ArrayList<>();
        for (String alias : aliases) {
            String a = Objects.requireNonNull(alias, "alias").strip();
            if (!a.isEmpty() && !a.equals(name) && !cleaned.contains(a)) {
                cleaned.add(a);
            }
        }
        aliases = List.copyOf(cleaned);
    }

    /** A unit known only by its name. */
    public static Unit of(String name) {
        return new Unit(name, Optional.empty(), Optional.empty(), List.of());
    }

    /** This unit with {@code more} aliases added. */
    public Unit withAliases(String... more) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(List.of(more));
        return new Unit(name, type, level, all);
    }

    /** This unit with a subject type and level. */
    public Unit withSubject(SubjectType subjectType, AdministrativeLevel administrativeLevel) {
        return new Unit(name, Optional.of(subjectType), Optional.of(administrativeLevel), aliases);
    }
}
