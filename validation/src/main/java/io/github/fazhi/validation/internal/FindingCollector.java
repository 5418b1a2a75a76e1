package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** The {@link RuleContext} a rule reports into during one check of one report. */
final class FindingCollector implements RuleContext {

    record Pending(
            String ruleId, String elementId, String variant, Map<String, Object> params, FindingPayload payload) {}

    /**
     * The most characters of report text a finding quotes (in a message parameter or its detail); longer
     * text is cut there and marked with an ellipsis, so that a 30 MB title does not become 30 MB per finding (the rules' own lists of themes and parts stay far below it).
     */
    static final int MAX_QUOTED = 2_000;

    private final String ruleId;
    private final AnnualReport report;
    private final ValidationSettings settings;
    private final List<Pending> findings = new ArrayList<>();

    FindingCollector(String ruleId, AnnualReport report, ValidationSettings settings) {
        this.ruleId = ruleId;
        this.report = report;
        this.settings = settings;
    }

    private java.util.Set<String> ids;

    /** The ids of the report's elements, gathered once, when a rule first names an element by id. */
    private java.util.Set<String> ids() {
        if (ids == null) {
            ids = new java.util.HashSet<>();
            report.walk().forEach(e -> ids.add(e.id()));
        }
        return ids;
    }

    List<Pending> findings() {
        return Collections.unmodifiableList(findings);
    }

    @Override
    public Profile profile() {
        return settings.profile();
    }

    @Override
    public Locale locale() {
        return settings.locale();
    }

    @Override
    public FindingBuilder at(Element element) {
        return new Builder(element.id());
    }

    @Override
    public FindingBuilder at(String elementId) {
        Objects.requireNonNull(elementId, "elementId");
        if (!elementId.equals(Finding.REPORT) && !ids().contains(elementId)) {
            throw new IllegalArgumentException("the report has no element " + elementId);
        }
        return new Builder(elementId);
    }

    @Override
    public FindingBuilder atReport() {
        return new Builder(Finding.REPORT);
    }

    /** Text longer than {@link #MAX_QUOTED} characters cut there (never inside a surrogate pair), with "…". */
    static Object bounded(Object value) {
        if (value instanceof CharSequence text && text.length() > MAX_QUOTED) {
            int end = MAX_QUOTED;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.subSequence(0, end) + "…";
        }
        return value;
    }

    private final class Builder implements FindingBuilder {
        private final String elementId;
        private String variant = "message";
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final Map<String, Object> detail = new LinkedHashMap<>();
        private Optional<String> fix = Optional.empty();
        private OptionalInt start = OptionalInt.empty();
        private OptionalInt end = OptionalInt.empty();
        private boolean reported;
        private final List<FindingPayload.Place> related = new ArrayList<>();

        Builder(String elementId) {
            this.elementId = elementId;
        }

        @Override
        public FindingBuilder message(String value) {
            variant = Objects.requireNonNull(value, "variant");
            return this;
        }

        @Override
        public FindingBuilder param(String name, Object value) {
            params.put(Objects.requireNonNull(name, "name"), bounded(Objects.requireNonNull(value, name)));
            return this;
        }

        @Override
        public FindingBuilder detail(String name, Object value) {
            detail.put(Objects.requireNonNull(name, "name"), bounded(Objects.requireNonNull(value, name)));
            return this;
        }

        @Override
        public FindingBuilder fix() {
            return fix("fix");
        }

        @Override
        public FindingBuilder fix(String value) {
            fix = Optional.of(value);
            return this;
        }

        @Override
        public FindingBuilder range(int from, int to) {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad range " + from + ".." + to);
            }
            start = OptionalInt.of(from);
            end = OptionalInt.of(to);
            return this;
        }

        @Override
        public FindingBuilder also(Element element) {
            related.add(new FindingPayload.Place(element.id(), OptionalInt.empty(), OptionalInt.empty()));
            return this;
        }

        @Override
        public FindingBuilder also(Element element, int from, int to) {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad range " + from + ".." + to);
            }
            related.add(new FindingPayload.Place(element.id(), OptionalInt.of(from), OptionalInt.of(to)));
            return this;
        }

        @Override
        public void report() {
            if (reported) {
                throw new IllegalStateException("this finding was reported already");
            }
            reported = true;
            Map<String, Object> p = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            FindingPayload payload = new FindingPayload(
                    ruleId,
                    elementId,
                    p,
                    fix,
                    Collections.unmodifiableMap(new LinkedHashMap<>(detail)),
                    start,
                    end,
                    List.copyOf(related));
            findings.add(new Pending(ruleId, elementId, variant, p, payload));
        }
    }
}
