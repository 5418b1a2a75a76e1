package io.github.fazhi.validation.rules;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sections as a reader makes them: with the label as printed ({@code ""} when the heading had none) and the
 * number the reader parses from it; {@code level} and {@code ordinal} are the number of a section whose label
 * has none to give (none printed, or a numeral missing: {@code 、}).
 */
final class Read {

    private Read() {}

    /** A thematic section printed with {@code label}, holding {@code paragraphs}. */
    static Section section(String label, int level, int ordinal, String heading, String... paragraphs) {
        return section(label, level, ordinal, heading, SectionKind.THEMATIC, List.of(), paragraphs);
    }

    static Section section(
            String label,
            int level,
            int ordinal,
            String heading,
            SectionKind kind,
            List<Section> subsections,
            String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        Arrays.stream(paragraphs).forEach(p -> blocks.add(Paragraph.of(p)));
        Numbering number = NumberLabel.parse(label).map(NumberLabel::numbering).orElse(new Numbering(level, ordinal));
        return Section.builder()
                .kind(kind)
                .number(number)
                .printedNumber(label)
                .heading(heading)
                .blocks(blocks)
                .subsections(subsections)
                .build();
    }

    /** The clean sample with part {@code index} (0-based) given other sub-sections and paragraphs. */
    static AnnualReport withPart(int index, List<Section> subsections, String... paragraphs) {
        AnnualReport clean = Samples.clean();
        List<Section> parts = new ArrayList<>(clean.sections());
        List<Block> blocks = new ArrayList<>();
        Arrays.stream(paragraphs).forEach(p -> blocks.add(Paragraph.of(p)));
        parts.set(index, parts.get(index).withBlocks(blocks).withSubsections(subsections));
        return clean.withSections(parts);
    }
}
