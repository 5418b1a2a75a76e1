package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The numbering rules use the number the reader parsed, with the label as printed, not a second parse of it. */
class NumberingAnalysisTest {

    private static Section section(String printed, int level, int ordinal) {
        return Section.builder()
                .number(new Numbering(level, ordinal))
                .printedNumber(printed)
                .heading("加强执法监督")
                .blocks(List.of(Paragraph.of("……")))
                .build();
    }

    @Test
    void theLabelHasTheReadersLevelAndOrdinalAndIsStandardWhenItIsTheGbLabel() {
        // 1） parses as a level-4 label on its own, but the reader (a DOCX's list level, say) put it at level 2
        NumberLabel l = NumberingAnalysis.labelOf(section("1）", 2, 1)).orElseThrow();
        assertThat(l.level()).isEqualTo(2);
        assertThat(l.ordinal()).isEqualTo(1);
        assertThat(l.printed()).isEqualTo("1）");
        assertThat(l.standard()).isFalse();
        assertThat(NumberingAnalysis.labelOf(section("（三）", 2, 3)).orElseThrow().standard())
                .isTrue();
        assertThat(NumberingAnalysis.labelOf(section("十一、", 1, 11))
                        .orElseThrow()
                        .standard())
                .isTrue();
        assertThat(NumberingAnalysis.labelOf(section("(三)", 2, 3)).orElseThrow().standard())
                .isFalse();
        // printed without a label, or without a numeral: nothing to check
        assertThat(NumberingAnalysis.labelOf(section("", 1, 2))).isEmpty();
        assertThat(NumberingAnalysis.labelOf(section("、", 1, 2))).isEmpty();
        // built, not read: the derived label
        Section built =
                section("x", 3, 2).toBuilder().printedNumber(Optional.empty()).build();
        assertThat(NumberingAnalysis.labelOf(built).orElseThrow().printed()).isEqualTo("2.");
    }

    @Test
    void gapsAreCountedOnTheReadersOrdinals() {
        Section part = section("一、", 1, 1).withSubsections(List.of(section("1）", 2, 1), section("3）", 2, 3)));
        AnnualReport r = new AnnualReport(
                ReportMetadata.EMPTY,
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(part),
                Optional.empty(),
                List.of());
        assertThat(NumberingAnalysis.analyze(r)).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(NumberingAnalysis.Kind.GAP);
            assertThat(issue.missing()).containsExactly("（二）");
        });
    }
}
