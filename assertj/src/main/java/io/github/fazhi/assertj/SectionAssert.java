package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.Describe;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on one {@link Section} of a report: heading, label, kind, whether the heading runs in, its
 * sub-sections and text, and navigation further down.
 *
 * <pre>{@code
 * assertThat(report)
 *         .section(SectionKind.MEASURES_AND_RESULTS)
 *         .hasLabel("一、")
 *         .hasHeading("2024年推进法治政府建设的主要举措和成效")
 *         .hasSubsectionCount(2)
 *         .subsection(1)
 *         .isRunIn()
 *         .hasHeading("健全依法决策机制")
 *         .containsText("合法性审查");
 * }</pre>
 */
public class SectionAssert extends AbstractFazhiAssert<SectionAssert, Section> {

    private static final String SENTENCE_END = "。．.！!？?；;：:";

    /**
     * An assertion on {@code actual}; prefer {@link FazhiAssertions#assertThat(Section)} or
     * {@link ReportAssert#section(SectionKind)}. Public so that soft assertions can proxy it.
     */
    public SectionAssert(Section actual) {
        super(actual, SectionAssert.class);
    }

    /**
     * Verifies that the heading, without its label, is {@code expected}. A run-in heading keeps its closing
     * punctuation in the model ({@code 坚持思想引领。}); it matches {@code expected} with or without it.
     */
    public SectionAssert hasHeading(String expected) {
        Objects.requireNonNull(expected, "expected");
        if (skip()) {
            return myself;
        }
        String heading = actual.heading();
        boolean matches = heading.equals(expected)
                || (actual.runIn()
                        && !heading.isEmpty()
                        && SENTENCE_END.indexOf(heading.charAt(heading.length() - 1)) >= 0
                        && heading.substring(0, heading.length() - 1).equals(expected));
        if (!matches) {
            fail(text("section.heading", name(), expected, heading), heading, expected);
        }
        return myself;
    }

    /** Verifies that the heading contains {@code part}. */
    public SectionAssert hasHeadingContaining(String part) {
        Objects.requireNonNull(part, "part");
        if (skip()) {
            return myself;
        }
        if (!actual.heading().contains(part)) {
            fail(text("section.headingContaining", name(), part, actual.heading()));
        }
        return myself;
    }

    /**
     * Verifies the label: as printed when the section was read from a document ({@code ""} when its heading
     * carried none), else the GB/T 9704 label derived from its number ({@code 一、}, {@code （一）}, {@code 1.},
     * {@code （1）}).
     */
    public SectionAssert hasLabel(String expected) {
        Objects.requireNonNull(expected, "expected");
        if (skip()) {
            return myself;
        }
        if (!actual.label().equals(expected)) {
            fail(text("section.label", name(), expected, actual.label()), actual.label(), expected);
        }
        return myself;
    }

    /** Verifies that the section was classified as {@code kind}. */
    public SectionAssert hasKind(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (skip()) {
            return myself;
        }
        if (actual.kind() != kind) {
            fail(
                    text(
                            "section.kind",
                            name(),
                            Describe.kind(kind, locale),
                            kind.name(),
                            Describe.kind(actual.kind(), locale),
                            actual.kind().name()),
                    actual.kind(),
                    kind);
        }
        return myself;
    }

    /** Verifies that the heading runs in: it is the first sentence of a paragraph ({@code （一）坚持思想引领。局党组…}). */
    public SectionAssert isRunIn() {
        if (skip()) {
            return myself;
        }
        if (!actual.runIn()) {
            fail(text("section.runIn", name()));
        }
        return myself;
    }

    /** Verifies that the heading stands on its own line. */
    public SectionAssert isNotRunIn() {
        if (skip()) {
            return myself;
        }
        if (actual.runIn()) {
            fail(text("section.notRunIn", name()));
        }
        return myself;
    }

    /** Verifies the level of the section's number: 1 ({@code 一、}) to 4 ({@code （1）}). */
    public SectionAssert hasLevel(int expected) {
        if (skip()) {
            return myself;
        }
        if (actual.level() != expected) {
            fail(text("section.level", name(), expected, actual.level()), actual.level(), expected);
        }
        return myself;
    }

    /** Verifies that the section has {@code expected} sub-sections (direct children only). */
    public SectionAssert hasSubsectionCount(int expected) {
        if (skip()) {
            return myself;
        }
        int count = actual.subsections().size();
        if (count != expected) {
            fail(text("section.subsectionCount", name(), expected, count, children()));
        }
        return myself;
    }

    /** Verifies that the section has {@code expected} paragraphs of its own, before its sub-sections. */
    public SectionAssert hasParagraphCount(int expected) {
        if (skip()) {
            return myself;
        }
        int count = actual.paragraphs().size();
        if (count != expected) {
            fail(text("section.paragraphCount", name(), expected, count));
        }
        return myself;
    }

    /** Verifies that the section's text, headings and sub-sections included, contains {@code part}. */
    public SectionAssert containsText(String part) {
        Objects.requireNonNull(part, "part");
        if (skip()) {
            return myself;
        }
        String all = actual.fullText();
        if (!all.contains(part)) {
            fail(text("section.containsText", name(), part, indent(Describe.clip(all.strip()))));
        }
        return myself;
    }

    /** Verifies that no heading or paragraph of the section, sub-sections included, contains {@code part}. */
    public SectionAssert doesNotContainText(String part) {
        Objects.requireNonNull(part, "part");
        if (skip()) {
            return myself;
        }
        Optional<Element> hit = actual.walk()
                .filter(e -> (e instanceof Section s && s.heading().contains(part))
                        || (e instanceof Block b && b.text().contains(part)))
                .findFirst();
        if (hit.isPresent()) {
            Element e = hit.get();
            String where = e.id()
                    + e.span()
                            .map(s -> " (" + s.line() + ":" + s.column() + ")")
                            .orElse("");
            String quoted = e instanceof Section s ? s.heading() : ((Block) e).text();
            fail(text("section.doesNotContainText", name(), part, where, Describe.oneLine(quoted)));
        }
        return myself;
    }

    /**
     * Navigates to the sub-section numbered {@code ordinal}, counting from 1 as the document numbers them:
     * {@code subsection(2)} is {@code （二）} under {@code 一、}, with the id {@code s1.s2}.
     *
     * @throws IllegalArgumentException when {@code ordinal} is less than 1
     */
    public SectionAssert subsection(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("sub-sections count from 1, as numbered: not " + ordinal);
        }
        if (detached || actual == null) {
            return fromNothing(SectionAssert.class, Section.class, SectionAssert::new);
        }
        List<Section> subs = actual.subsections();
        if (ordinal > subs.size()) {
            return missing(
                    text("section.subsection", name(), ordinal, subs.size(), children()),
                    SectionAssert.class,
                    Section.class,
                    SectionAssert::new);
        }
        return child(SectionAssert.class, Section.class, subs.get(ordinal - 1), SectionAssert::new);
    }

    /** Navigates to the first section of {@code kind} below this one, at any depth. */
    public SectionAssert subsection(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (detached || actual == null) {
            return fromNothing(SectionAssert.class, Section.class, SectionAssert::new);
        }
        Optional<Section> found =
                actual.allSections().skip(1).filter(s -> s.kind() == kind).findFirst();
        if (found.isEmpty()) {
            return missing(
                    text("section.subsectionKind", name(), Describe.kind(kind, locale), kind.name(), children()),
                    SectionAssert.class,
                    Section.class,
                    SectionAssert::new);
        }
        return child(SectionAssert.class, Section.class, found.get(), SectionAssert::new);
    }

    private String name() {
        return Describe.section(actual);
    }

    private String children() {
        List<Section> below = actual.allSections().skip(1).toList();
        return Describe.outline(below, actual.id().split("\\.").length + 1, locale);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
