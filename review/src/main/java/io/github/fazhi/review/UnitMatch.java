package io.github.fazhi.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which unit a report belongs to: one unit and how it was found, several candidates when the report's
 * issuer fits more than one unit (reported, never guessed), or none.
 *
 * <pre>{@code
 * UnitMatch m = summary.match();
 * if (m.isMatched()) {
 *     m.unit().orElseThrow();       // "清河市清河区司法局"
 *     m.method().orElseThrow();     // NAME
 * } else if (m.isAmbiguous()) {
 *     m.candidates();               // [清河市清河区司法局, 清河市河东区司法局]
 * }
 * }</pre>
 *
 * @param unit the unit's name, when exactly one unit fits
 * @param method how it was found
 * @param issuer the issuer name (as the report or file name gives it) that decided the match or the ambiguity
 * @param candidates the units that fit equally well, when more than one does
 */
public record UnitMatch(
        Optional<String> unit, Optional<MatchMethod> method, Optional<String> issuer, List<String> candidates) {

    /** No unit fits. */
    public static final UnitMatch NONE = new UnitMatch(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    /** Checks for nulls, copies the candidates and that a matched unit has its method and no other candidate. */
    public UnitMatch {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(issuer, "issuer");
        candidates = List.copyOf(candidates);
        if (unit.isPresent() != method.isPresent()) {
            throw new IllegalArgumentException("a matched unit needs its method, and only a matched one");
        }
        if (unit.isPresent() && !candidates.isEmpty()) {
            throw new IllegalArgumentException("a matched report has no other candidates");
        }
    }

    /** The report belongs to {@code unit}, found by {@code method} through the name {@code issuer}. */
    public static UnitMatch of(String unit, MatchMethod method, String issuer) {
        return new UnitMatch(Optional.of(unit), Optional.of(method), Optional.of(issuer), List.of());
    }

    /** The name {@code issuer} fits every one of {@code candidates} equally well. */
    public static UnitMatch ambiguous(List<String> candidates, String issuer) {
        if (candidates.size() < 2) {
            throw new IllegalArgumentException("ambiguity needs two candidates or more: " + candidates);
        }
        return new UnitMatch(Optional.empty(), Optional.empty(), Optional.of(issuer), candidates);
    }

    /** Whether exactly one unit fits. */
    public boolean isMatched() {
        return unit.isPresent();
    }

    /** Whether several units fit equally well. */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
