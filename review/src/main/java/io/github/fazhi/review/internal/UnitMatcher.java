package io.github.fazhi.review.internal;

import io.github.fazhi.review.MatchMethod;
import io.github.fazhi.review.Unit;
import io.github.fazhi.review.UnitList;
import io.github.fazhi.review.UnitMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the unit a report belongs to from the names it gives its issuer, strongest evidence first: a
 * unit's name, then an alias, then a shorter or longer form of a name, then of an alias. At the first
 * level where something fits, one unit is a match and several are an ambiguity (reported, never
 * guessed). Immutable and thread-safe.
 */
public final class UnitMatcher {

    /** The shortest normalised name a short-form match may rest on ({@code 司法局}). */
    private static final int MIN_SHORT = 3;

    private final List<Unit> units;
    private final List<String> names;
    private final List<List<String>> aliases;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> byAlias = new HashMap<>();

    public UnitMatcher(UnitList list) {
        this.units = list.units();
        List<String> n = new ArrayList<>();
        List<List<String>> a = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String key = IssuerNames.normalize(u.name());
            n.add(key);
            byName.putIfAbsent(key, i);
            List<String> keys = new ArrayList<>();
            for (String alias : u.aliases()) {
                String k = IssuerNames.normalize(alias);
                keys.add(k);
                byAlias.putIfAbsent(k, i);
            }
            a.add(List.copyOf(keys));
        }
        this.names = List.copyOf(n);
        this.aliases = List.copyOf(a);
    }

    /** The unit that the issuer names {@code candidates} (in the order to trust them) point at. */
    public UnitMatch match(List<String> candidates) {
        return match(candidates, false);
    }

    /**
     * The unit a file name names, for a file whose content cannot be read: a unit's name or alias written
     * in it (the longest such wins), else the name-like pieces of it matched as issuer names.
     */
    public UnitMatch matchFileName(String fileName) {
        String stem = IssuerNames.normalize(IssuerNames.stem(fileName));
        Set<Integer> best = new LinkedHashSet<>();
        int bestLength = 0;
        for (int i = 0; i < units.size(); i++) {
            int length = names.get(i).length() >= MIN_SHORT && stem.contains(names.get(i))
                    ? names.get(i).length()
                    : 0;
            for (String alias : aliases.get(i)) {
                if (alias.length() >= MIN_SHORT && stem.contains(alias)) {
                    length = Math.max(length, alias.length());
                }
            }
            if (length > bestLength) {
                best.clear();
                bestLength = length;
            }
            if (length > 0 && length == bestLength) {
                best.add(i);
            }
        }
        String shown = IssuerNames.stem(fileName);
        if (best.size() == 1) {
            return UnitMatch.of(units.get(best.iterator().next()).name(), MatchMethod.FILE_NAME, shown);
        }
        if (best.size() > 1) {
            return UnitMatch.ambiguous(unitNames(best), shown);
        }
        return match(IssuerNames.fileNameCandidates(fileName), true);
    }

    private UnitMatch match(List<String> candidates, boolean fromFileName) {
        List<String> keys = candidates.stream().map(IssuerNames::normalize).toList();
        for (MatchMethod level : List.of(MatchMethod.NAME, MatchMethod.ALIAS, MatchMethod.SHORT_NAME)) {
            for (int pass = 0; pass < (level == MatchMethod.SHORT_NAME ? 2 : 1); pass++) {
                Set<Integer> found = new LinkedHashSet<>();
                String decisive = null;
                for (int c = 0; c < keys.size(); c++) {
                    Set<Integer> hits = hits(keys.get(c), level, pass == 1);
                    if (!hits.isEmpty() && decisive == null) {
                        decisive = candidates.get(c);
                    }
                    found.addAll(hits);
                }
                if (found.size() == 1) {
                    return UnitMatch.of(
                            units.get(found.iterator().next()).name(),
                            fromFileName ? MatchMethod.FILE_NAME : level,
                            decisive);
                }
                if (found.size() > 1) {
                    return UnitMatch.ambiguous(unitNames(found), decisive);
                }
            }
        }
        return UnitMatch.NONE;
    }

    private Set<Integer> hits(String key, MatchMethod level, boolean aliasPass) {
        Set<Integer> out = new LinkedHashSet<>();
        if (key.isEmpty()) {
            return out;
        }
        switch (level) {
            case NAME -> {
                Integer i = byName.get(key);
                if (i != null) {
                    out.add(i);
                }
            }
            case ALIAS -> {
                Integer i = byAlias.get(key);
                if (i != null) {
                    out.add(i);
                }
            }
            default -> {
                for (int i = 0; i < units.size(); i++) {
                    if (aliasPass) {
                        for (String alias : aliases.get(i)) {
                            if (oneEndsTheOther(key, alias)) {
                                out.add(i);
                            }
                        }
                    } else if (oneEndsTheOther(key, names.get(i))) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code issuer} is a short form of {@code name} ({@code 清河区司法局} for {@code 清河市清河区司法局}),
     * or {@code name} a short form of it. A name in the list shorter than the issuer must start with a
     * place, and the issuer may have only higher places before it: {@code 清河市清河区司法局} is
     * {@code 清河区司法局}, but {@code 清河市河东区司法局} is not {@code 区司法局}.
     */
    private static boolean oneEndsTheOther(String issuer, String name) {
        if (issuer.length() < name.length()) {
            return issuer.length() >= MIN_SHORT && name.endsWith(issuer);
        }
        if (issuer.length() > name.length() && name.length() >= MIN_SHORT && issuer.endsWith(name)) {
            return IssuerNames.startsWithPlace(name)
                    && IssuerNames.isPlacePrefix(issuer.substring(0, issuer.length() - name.length()));
        }
        return false; // equal names are matched at the stronger levels
    }

    private List<String> unitNames(Set<Integer> indexes) {
        return indexes.stream().map(i -> units.get(i).name()).toList();
    }
}
