package io.github.fazhi.validation;

import io.github.fazhi.core.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found: which rule, how serious, a message in the validator's locale, the element it is
 * about ({@link #REPORT} for the report as a whole), where that element stood in the source when the
 * report was read from a document, a suggested fix where one exists, and structured detail for machines.
 *
 * <pre>{@code
 * Finding f = report.findings().get(0);
 * f.ruleId();       // "numbering-gap"
 * f.severity();     // ERROR
 * f.elementId();    // "s3.s1"
 * f.span();         // Optional[30:1-30:58]
 * f.suggestedFix(); // Optional[补上缺少的编号（一）……]
 * f.detail();       // {missing=[（一）], found=（二）, level=2}
 * f.relatedLocations(); // []: one place
 * }</pre>
 *
 * <p>A defect repeated across the report (the same non-standard label on every heading, half-width marks in
 * many paragraphs) is one finding: it points at the first place, and {@link #relatedLocations()} lists every
 * other place, in document order ({@link #placeCount()} counts them all).
 *
 * @param ruleId the rule's stable id
 * @param severity the severity the profile gives the rule
 * @param message what is wrong, in the validator's locale
 * @param elementId the id of the element concerned, or {@link #REPORT}
 * @param span where that element (or the spot in it) stood in the source, when known
 * @param suggestedFix what to do about it, in the validator's locale, when the rule knows
 * @param detail structured detail: strings, numbers, booleans and lists of strings, in a stable order
 * @param relatedLocations the other places of the same defect, in document order (empty for a defect in one place)
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        String elementId,
        Optional<SourceSpan> span,
        Optional<String> suggestedFix,
        Map<String, Object> detail,
        List<Location> relatedLocations) {

    /** The element id of findings about the report as a whole. */
    public static final String REPORT = "report";

    /**
     * Another place of a finding: the element and, when the report was read from a document, where it (or the
     * spot in it) stood.
     *
     * <pre>{@code
     * for (Finding.Location l : finding.relatedLocations()) {
     *     l.elementId();  // "s2.s1"
     *     l.span();       // Optional[12:1-12:20]
     * }
     * }</pre>
     *
     * @param elementId the id of the element
     * @param span where it stood in the source, when known
     */
    public record Location(String elementId, Optional<SourceSpan> span) {
        /** Checks for nulls. */
        public Location {
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A finding about one place (no related locations). */
    public Finding(
            String ruleId,
            Severity severity,
            String message,
            String elementId,
            Optional<SourceSpan> span,
            Optional<String> suggestedFix,
            Map<String, Object> detail) {
        this(ruleId, severity, message, elementId, span, suggestedFix, detail, List.of());
    }

    /** Checks for nulls and copies the detail (lists and maps inside it too) and the related locations. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(suggestedFix, "suggestedFix");
        Map<String, Object> copy = new LinkedHashMap<>();
        detail.forEach((k, v) -> copy.put(Objects.requireNonNull(k), copyValue(Objects.requireNonNull(v, k))));
        detail = Collections.unmodifiableMap(copy);
        relatedLocations = List.copyOf(relatedLocations);
    }

    /** The detail key of {@link Replacement#from()} (a rule whose fix is an exact text replacement sets both). */
    public static final String REPLACE_FROM = "replaceFrom";

    /** The detail key of {@link Replacement#to()}. */
    public static final String REPLACE_TO = "replaceTo";

    /**
     * A fix that is an exact replacement of text: {@code from} becomes {@code to} at each of the finding's places
     * (the element and its related locations).
     *
     * <pre>{@code
     * finding.replacement().ifPresent(r -> {
     *     r.from();    // "2024.3.5"
     *     r.to();      // "2024年3月5日"
     *     r.places();  // where: the finding's element first, then its related locations
     * });
     * }</pre>
     *
     * @param from the text as it stands
     * @param to the text that replaces it
     * @param places where, in document order
     */
    public record Replacement(String from, String to, List<Location> places) {
        /** Checks for nulls and copies the places. */
        public Replacement {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            places = List.copyOf(places);
        }
    }

    /**
     * The fix as an exact replacement, when the rule knows one (detail {@value #REPLACE_FROM} and {@value
     * #REPLACE_TO}); empty when the fix needs a person (writing a missing part, choosing a number).
     */
    public Optional<Replacement> replacement() {
        Object from = detail.get(REPLACE_FROM);
        Object to = detail.get(REPLACE_TO);
        if (!(from instanceof String f) || !(to instanceof String t)) {
            return Optional.empty();
        }
        List<Location> places = new ArrayList<>();
        places.add(new Location(elementId, span));
        places.addAll(relatedLocations);
        return Optional.of(new Replacement(f, t, places));
    }

    /** How many places the finding is about: one plus its related locations. */
    public int placeCount() {
        return 1 + relatedLocations.size();
    }

    private static Object copyValue(Object v) {
        if (v instanceof List<?> list) {
            return List.copyOf(list.stream().map(String::valueOf).toList());
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return String.valueOf(v);
    }

    /** Whether the finding is about the report as a whole rather than one element. */
    public boolean isAboutReport() {
        return elementId.equals(REPORT);
    }

    /** This finding without its source span, to compare findings on a read report and a built one. */
    public Finding withoutSpan() {
        boolean spans = span.isPresent()
                || relatedLocations.stream().anyMatch(l -> l.span().isPresent());
        return !spans
                ? this
                : new Finding(
                        ruleId,
                        severity,
                        message,
                        elementId,
                        Optional.empty(),
                        suggestedFix,
                        detail,
                        relatedLocations.stream()
                                .map(l -> new Location(l.elementId(), Optional.empty()))
                                .toList());
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " @" + elementId
                + span.map(s -> " " + s).orElse("")
                + (relatedLocations.isEmpty() ? "" : " (+" + relatedLocations.size() + ")") + ": " + message;
    }
}
