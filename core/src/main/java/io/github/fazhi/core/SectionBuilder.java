package io.github.fazhi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds one section's content: paragraphs, sub-sections and run-in sub-sections, each one call.
 * Numbering is filled in when the report is built. Not thread-safe; use one per section.
 *
 * <pre>{@code
 * builder.measuresAndResults(part -> part
 *         .runIn("坚持思想引领", "局党组把学习贯彻习近平法治思想列为首要任务……")
 *         .subsection("健全依法决策机制", sub -> sub
 *                 .paragraph("全年审查重大行政决策事项12件……")
 *                 .subsection("落实合法性审查", item -> item.paragraph("……"))));
 * }</pre>
 */
public final class SectionBuilder {

    private SectionKind kind;
    private String heading;
    private boolean runIn;
    private final List<Block> blocks = new ArrayList<>();
    private final List<SectionBuilder> children = new ArrayList<>();

    SectionBuilder(SectionKind kind, String heading, boolean runIn) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.heading = Objects.requireNonNull(heading, "heading");
        this.runIn = runIn;
    }

    /** Sets what the section is by meaning (default: the part's kind, or {@code THEMATIC} for sub-sections). */
    public SectionBuilder kind(SectionKind value) {
        kind = Objects.requireNonNull(value, "kind");
        return this;
    }

    /** Replaces the heading (for a mandated part, the standard heading). */
    public SectionBuilder heading(String value) {
        heading = Objects.requireNonNull(value, "heading");
        return this;
    }

    /** Adds a paragraph. */
    public SectionBuilder paragraph(String text) {
        blocks.add(Paragraph.of(Objects.requireNonNull(text, "text")));
        return this;
    }

    /** Adds paragraphs. */
    public SectionBuilder paragraphs(String... texts) {
        for (String t : texts) {
            paragraph(t);
        }
        return this;
    }

    /** Adds a sub-section with a stand-alone heading. */
    public SectionBuilder subsection(String subHeading, Consumer<SectionBuilder> content) {
        SectionBuilder child = new SectionBuilder(SectionKind.THEMATIC, subHeading, false);
        content.accept(child);
        children.add(child);
        return this;
    }

    /**
     * Adds a sub-section whose heading runs into its first paragraph: {@code （一）坚持思想引领。局党组……}.
     * A full stop is added to the heading unless it already ends in punctuation.
     */
    public SectionBuilder runIn(String subHeading, String text) {
        return runIn(subHeading, text, s -> {});
    }

    /** Adds a run-in sub-section with more content after its first paragraph. */
    public SectionBuilder runIn(String subHeading, String text, Consumer<SectionBuilder> more) {
        SectionBuilder child = new SectionBuilder(SectionKind.THEMATIC, withStop(subHeading), true);
        child.paragraph(text);
        more.accept(child);
        children.add(child);
        return this;
    }

    private static String withStop(String h) {
        if (h.isEmpty()) {
            return h;
        }
        char last = h.charAt(h.length() - 1);
        return "。！？；：.!?;:".indexOf(last) >= 0 ? h : h + "。";
    }

    Section build(Numbering number) {
        if (number.level() == Numbering.MAX_LEVEL && !children.isEmpty()) {
            throw new IllegalStateException("sections nest at most four levels deep (GB/T 9704-2012 §7.3.3); "
                    + "use 一是/二是 inside a paragraph below （1）: " + heading);
        }
        if (runIn && blocks.isEmpty()) {
            throw new IllegalStateException("a run-in heading needs a paragraph to run into: " + heading);
        }
        List<Section> subs = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            subs.add(children.get(i).build(new Numbering(number.level() + 1, i + 1)));
        }
        return Section.builder()
                .kind(kind)
                .number(number)
                .heading(heading)
                .runIn(runIn)
                .blocks(blocks)
                .subsections(subs)
                .build();
    }
}
