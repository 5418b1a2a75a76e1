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

    /** The paragraphs among {@link #blocks()}. */
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
        return Stream.concat(Stream.of(this), subsections.stream().flatMap(Section::allSections));
    }

    /** This section and every element below it, in document order. */
    public Stream<Element> walk() {
        return Stream.concat(
                Stream.concat(Stream.of(this), blocks.stream()),
                subsections.stream().flatMap(Section::walk));
    }

    /** All text of this section, headings included, one element a line. */
    public String fullText() {
        StringBuilder out = new StringBuilder();
        walk().forEach(e -> {
            if (e instanceof Section s) {
                out.append(s.heading()).append('\n');
            } else if (e instanceof Block b) {
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
                blocks.stream().map(b -> (Block) ((Paragraph) b).withoutSpan()).toList(),
                subsections.stream().map(Section::withoutSpans).toList(),
                Optional.empty());
    }

    /** This section with ids assigned from {@code newId} downwards ({@code newId.p1}, {@code newId.s1}). */
    public Section withIds(String newId) {
        List<Block> newBlocks = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            newBlocks.add(((Paragraph) blocks.get(i)).withId(newId + ".p" + (i + 1)));
        }
        List<Section> newSubs = new ArrayList<>(subsections.size());
        for (int i = 0; i < subsections.size(); i++) {
            newSubs.add(subsections.get(i).withIds(newId + ".s" + (i + 1)));
        }
        return new Section(newId, kind, number, printedNumber, heading, runIn, newBlocks, newSubs, span);
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitSection(this);
    }
}
