package io.github.fazhi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A part of the report's body: a node in the section tree.
 *
 * <p>The number is data ({@link Numbering}); {@link #label()} derives the printed label from it unless
 * the section was read from a document, in which case {@link #printedNumber()} keeps the label exactly
 * as printed (an empty string when the heading carried none), so a checker can compare.
 *
 * <p>A <em>run-in</em> heading is the first sentence of a paragraph ({@code （一）坚持思想引领。省政府…}):
 * then {@link #heading()} holds {@code 坚持思想引领。} with its closing punctuation and the first block
 * holds the rest of that paragraph.
 *
 * <pre>{@code
 * Section s = report.sections().get(0);
 * s.kind();      // MEASURES_AND_RESULTS
 * s.label();     // "一、"
 * s.subsections().get(1).id(); // "s1.s2"
 * }</pre>
 *
 * @param id the stable id ({@code s1}, {@code s1.s2}), assigned by the report
 * @param kind what the section is, by meaning
 * @param number level and ordinal
 * @param printedNumber the label as printed in the source, when it was read from one
 * @param heading the heading text without its label
 * @param runIn whether the heading runs into the first paragraph
 * @param blocks the section's own paragraphs, before its sub-sections
 * @param subsections the child sections, in order
 * @param span where the heading was read from, if it was
 */
public record Section(
        String id,
        SectionKind kind,
        Numbering number,
        Optional<String> printedNumber,
        String heading,
        boolean runIn,
        List<Block> blocks,
        List<Section> subsections,
        Optional<SourceSpan> span)
        implements Element {

    /** Checks for nulls and copies the lists. */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(printedNumber, "printedNumber");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(span, "span");
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    /** The level of this section's number (1 to 4). */
    public int level() {
        return number.level();
    }

    /** The label as printed if the section was read from a document, else the GB/T 9704 label. */
    public String label() {
        return printedNumber.orElseGet(number::label);
    }

    /** The label followed by the heading, as the heading line reads. */
    public String headingLine() {
        return label() + heading;
    }

    /**
     * Whether the heading is set run-in: it runs in, and the section has a paragraph of its own (not only
     * page furniture) for it to run into, the first of them.
     */
    public boolean runsIntoParagraph() {
        if (!runIn) {
            return false;
        }
        for (Block b : blocks) {
            if (b instanceof Paragraph) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs among {@link #blocks()}: the section's own text, without page furniture. */
    public List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** This section and all sections below it, depth first in document order. */
    public Stream<Section> allSections() {
        List<Section> out = new ArrayList<>();
        addAllSections(out);
        return out.stream();
    }

    /** Adds this section and all sections below it to {@code out}, depth first in document order. */
    void addAllSections(List<Section> out) {
        out.add(this);
        for (Section s : subsections) {
            s.addAllSections(out);
        }
    }

    /** Whether this section or one below it is of {@code kind}. */
    boolean hasSection(SectionKind wanted) {
        if (kind == wanted) {
            return true;
        }
        for (Section s : subsections) {
            if (s.hasSection(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** This section and every element below it, in document order. */
    public Stream<Element> walk() {
        List<Element> out = new ArrayList<>();
        addWalk(out);
        return out.stream();
    }

    /** Adds this section and every element below it to {@code out}, in document order. */
    void addWalk(List<? super Element> out) {
        out.add(this);
        out.addAll(blocks);
        for (Section s : subsections) {
            s.addWalk(out);
        }
    }

    /** All text of this section, headings included, one element a line; page furniture left out. */
    public String fullText() {
        StringBuilder out = new StringBuilder();
        walk().forEach(e -> {
            if (e instanceof Section s) {
                out.append(s.heading()).append('\n');
            } else if (e instanceof Block b && !(b instanceof PageFurniture)) {
                out.append(b.text()).append('\n');
            }
        });
        return out.toString();
    }

    /** This section with another kind. */
    public Section withKind(SectionKind newKind) {
        return new Section(id, newKind, number, printedNumber, heading, runIn, blocks, subsections, span);
    }

    /** This section with other sub-sections. */
    public Section withSubsections(List<Section> newSubsections) {
        return new Section(id, kind, number, printedNumber, heading, runIn, blocks, newSubsections, span);
    }

    /** This section with other blocks. */
    public Section withBlocks(List<Block> newBlocks) {
        return new Section(id, kind, number, printedNumber, heading, runIn, newBlocks, subsections, span);
    }

    /** This section and everything in it without source spans. */
    public Section withoutSpans() {
        return new Section(
                id,
                kind,
                number,
                printedNumber,
                heading,
                runIn,
                Blocks.withoutSpans(blocks),
                subsections.stream().map(Section::withoutSpans).toList(),
                Optional.empty());
    }

    /**
     * This section with ids assigned from {@code newId} downwards: its blocks {@code newId.p1},
     * {@code newId.p2} (paragraphs), {@code newId.f1} (page furniture), each type counted on its own, and its
     * sub-sections {@code newId.s1}, {@code newId.s2}.
     */
    public Section withIds(String newId) {
        List<Block> newBlocks = Blocks.withIds(blocks, newId + ".");
        List<Section> newSubs = new ArrayList<>(subsections.size());
        for (int i = 0; i < subsections.size(); i++) {
            newSubs.add(subsections.get(i).withIds(newId + ".s" + (i + 1)));
        }
        return new Section(newId, kind, number, printedNumber, heading, runIn, newBlocks, newSubs, span);
    }

    /** A builder prefilled with this section, its id included (the report it goes into assigns ids again). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        return b.kind(kind)
                .number(number)
                .printedNumber(printedNumber)
                .heading(heading)
                .runIn(runIn)
                .blocks(blocks)
                .subsections(subsections)
                .span(span);
    }

    /**
     * A builder for a section, for readers and converters that make sections from a document (the
     * report builder's {@link SectionBuilder} numbers and heads sections for you). Unset, a section is a
     * {@link SectionKind#THEMATIC} section numbered {@code 一、} with no heading, blocks or span.
     *
     * <pre>{@code
     * Section s = Section.builder()
     *         .kind(SectionKind.SHORTCOMINGS_AND_CAUSES)
     *         .number(new Numbering(1, 2))
     *         .printedNumber("二、")
     *         .heading("存在的不足和原因")
     *         .blocks(List.of(Paragraph.of("……")))
     *         .build();
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Section}; not thread-safe. */
    public static final class Builder {
        private String id = "";
        private SectionKind kind = SectionKind.THEMATIC;
        private Numbering number = new Numbering(1, 1);
        private Optional<String> printedNumber = Optional.empty();
        private String heading = "";
        private boolean runIn;
        private List<Block> blocks = List.of();
        private List<Section> subsections = List.of();
        private Optional<SourceSpan> span = Optional.empty();

        private Builder() {}

        /** What the section is, by meaning (default {@link SectionKind#THEMATIC}). */
        public Builder kind(SectionKind value) {
            kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /** Its level and ordinal (default {@code 一、}). */
        public Builder number(Numbering value) {
            number = Objects.requireNonNull(value, "number");
            return this;
        }

        /** The label exactly as printed in the source ({@code ""} when the heading carried none). */
        public Builder printedNumber(String value) {
            printedNumber = Optional.of(value);
            return this;
        }

        /** The label as printed, or none for a section not read from a document. */
        public Builder printedNumber(Optional<String> value) {
            printedNumber = Objects.requireNonNull(value, "printedNumber");
            return this;
        }

        /** The heading without its label. */
        public Builder heading(String value) {
            heading = Objects.requireNonNull(value, "heading");
            return this;
        }

        /** Whether the heading runs into the first block. */
        public Builder runIn(boolean value) {
            runIn = value;
            return this;
        }

        /** The section's own blocks, before its sub-sections. */
        public Builder blocks(List<? extends Block> value) {
            blocks = List.copyOf(value);
            return this;
        }

        /** The child sections. */
        public Builder subsections(List<Section> value) {
            subsections = List.copyOf(value);
            return this;
        }

        /** Where the heading was read from. */
        public Builder span(SourceSpan value) {
            span = Optional.of(value);
            return this;
        }

        /** Where the heading was read from, if it was. */
        public Builder span(Optional<SourceSpan> value) {
            span = Objects.requireNonNull(value, "span");
            return this;
        }

        /** The section; its id is assigned by the report it goes into. */
        public Section build() {
            return new Section(id, kind, number, printedNumber, heading, runIn, blocks, subsections, span);
        }
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitSection(this);
    }
}
