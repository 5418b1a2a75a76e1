package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.Describe;
import io.github.fazhi.assertj.internal.Texts;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Assertions on the findings of one rule, narrowed step by step: each method keeps the findings that match it and
 * fails, listing them, when none is left. So {@code hasFinding("numbering-gap").at("s3.s2")} passes when one of
 * several numbering gaps is at {@code s3.s2}, and the next step looks only at that one.
 *
 * <pre>{@code
 * assertThat(result)
 *         .hasFinding("numbering-gap")
 *         .at("s3.s2")
 *         .atLine(30)
 *         .withSeverity(Severity.ERROR)
 *         .withMessageContaining("（一）")
 *         .withSuggestedFixContaining("补上");
 * assertThat(finding).withSeverity(Severity.WARNING); // one finding on its own
 * }</pre>
 */
public class FindingAssert extends AbstractFazhiAssert<FindingAssert, List<Finding>> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Class<List<Finding>> ACTUAL_TYPE = (Class) List.class;

    private Optional<String> ruleId = Optional.empty();
    private Optional<String> source = Optional.empty();
    private List<String> conditions = List.of();

    /**
     * An assertion on {@code findings} (all of one rule); prefer {@link FazhiAssertions#assertThat(Finding)} or
     * {@link ValidationReportAssert#hasFinding(String)}. Public so that soft assertions can proxy it.
     */
    public FindingAssert(List<Finding> findings) {
        super(findings == null ? null : List.copyOf(findings), FindingAssert.class);
    }

    /** An assertion on one finding. */
    static FindingAssert of(Finding finding) {
        return new FindingAssert(List.of(finding)).about(finding.ruleId(), Optional.empty());
    }

    FindingAssert about(String rule, Optional<String> sourceName) {
        this.ruleId = Optional.of(rule);
        this.source = sourceName;
        return this;
    }

    /** Keeps the findings about the element {@code elementId} ({@code s3.s1}, {@code title}, {@code report}…). */
    public FindingAssert at(String elementId) {
        Objects.requireNonNull(elementId, "elementId");
        return narrow(f -> f.elementId().equals(elementId), text("finding.at", elementId));
    }

    /** Keeps the findings about the section {@code sectionId} or anything inside it ({@code s3}, {@code s3.s1.p2}). */
    public FindingAssert within(String sectionId) {
        Objects.requireNonNull(sectionId, "sectionId");
        return narrow(
                f -> f.elementId().equals(sectionId) || f.elementId().startsWith(sectionId + "."),
                text("finding.within", sectionId));
    }

    /** Keeps the findings whose place in the source starts on {@code line} (from 1). */
    public FindingAssert atLine(int line) {
        return narrow(f -> f.span().map(s -> s.line() == line).orElse(false), text("finding.atLine", line));
    }

    /** Keeps the findings of {@code severity}. */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(f -> f.severity() == severity, text("finding.severity", Describe.severity(severity, locale)));
    }

    /** Keeps the findings whose message is exactly {@code message}. */
    public FindingAssert withMessage(String message) {
        Objects.requireNonNull(message, "message");
        return narrow(f -> f.message().equals(message), text("finding.message", message));
    }

    /** Keeps the findings whose message contains {@code part}. */
    public FindingAssert withMessageContaining(String part) {
        Objects.requireNonNull(part, "part");
        return narrow(f -> f.message().contains(part), text("finding.messageContaining", part));
    }

    /** Keeps the findings that suggest a fix. */
    public FindingAssert withSuggestedFix() {
        return narrow(f -> f.suggestedFix().isPresent(), text("finding.fix"));
    }

    /** Keeps the findings whose suggested fix contains {@code part}. */
    public FindingAssert withSuggestedFixContaining(String part) {
        Objects.requireNonNull(part, "part");
        return narrow(
                f -> f.suggestedFix().map(fix -> fix.contains(part)).orElse(false),
                text("finding.fixContaining", part));
    }

    /**
     * Keeps the findings whose structured detail has {@code key} with a value equal to {@code value} (numbers
     * compare by their text, so {@code 2} matches {@code 2L}).
     */
    public FindingAssert withDetail(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return narrow(
                f -> f.detail().containsKey(key)
                        && String.valueOf(f.detail().get(key)).equals(String.valueOf(value)),
                text("finding.detail", key, value));
    }

    /** Verifies that {@code expected} findings match so far. */
    public FindingAssert hasCount(int expected) {
        if (skip()) {
            return myself;
        }
        if (actual.size() != expected) {
            fail(text("finding.count", subject(), expected, actual.size(), Describe.findings(actual, source, locale)));
        }
        return myself;
    }

    private FindingAssert narrow(Predicate<Finding> test, String condition) {
        if (skip()) {
            return myself;
        }
        List<Finding> kept = actual.stream().filter(test).toList();
        if (kept.isEmpty()) {
            String spaced = !Texts.isEnglish(locale) && condition.charAt(condition.length() - 1) < 0x80
                    ? condition + " "
                    : condition;
            fail(text("finding.narrow", subject(), spaced, Describe.findings(actual, source, locale)));
            return myself;
        }
        FindingAssert next = child(FindingAssert.class, ACTUAL_TYPE, kept, FindingAssert::new);
        next.ruleId = ruleId;
        next.source = source;
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        next.conditions = List.copyOf(more);
        return next;
    }

    private String subject() {
        String base = ruleId.map(id -> text("finding.rule", id)).orElse(text("finding.any"));
        return conditions.isEmpty()
                ? base
                : text("finding.narrowed", base, String.join(text("finding.and"), conditions));
    }
}
