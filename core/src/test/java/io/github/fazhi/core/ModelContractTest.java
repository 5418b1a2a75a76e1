package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Immutability, null-freedom and the id scheme. */
class ModelContractTest {

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Block> blocks = new ArrayList<>(List.of(Paragraph.of("a")));
        Section s = new Section(
                "",
                SectionKind.THEMATIC,
                new Numbering(1, 1),
                Optional.empty(),
                "h",
                false,
                blocks,
                List.of(),
                Optional.empty());
        blocks.add(Paragraph.of("b"));
        assertThat(s.blocks()).hasSize(1);
        assertThatThrownBy(() -> s.blocks().add(Paragraph.of("c"))).isInstanceOf(UnsupportedOperationException.class);
        AnnualReport r = ReportJsonTest.sample();
        assertThatThrownBy(() -> r.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> Paragraph.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Section(
                        "",
                        null,
                        new Numbering(1, 1),
                        Optional.empty(),
                        "h",
                        false,
                        List.of(),
                        List.of(),
                        Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AnnualReport(
                        null, List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void idsComeFromPlaceSoEqualContentIsEqual() {
        AnnualReport r = ReportJsonTest.sample();
        // in document order: the addressee line h1 stands after the title
        assertThat(r.walk().map(Element::id))
                .containsExactly(
                        "title",
                        "h1",
                        "pre.p1",
                        "s1",
                        "s1.s1",
                        "s1.s1.p1",
                        "s1.s2",
                        "s1.s2.p1",
                        "s2",
                        "s2.p1",
                        "s3",
                        "s3.p1",
                        "s4",
                        "s4.s1",
                        "s4.s1.p1",
                        "signoff");
        AnnualReport rebuilt =
                r.withSections(r.sections().stream().map(s -> s.withIds("zz")).toList());
        assertThat(rebuilt).isEqualTo(r);
        assertThat(r.findById("s4.s1.p1"))
                .hasValueSatisfying(e -> assertThat(((Paragraph) e).text()).isEqualTo("开展普法活动。"));
        assertThat(r.query(Section.class, s -> s.runIn())).hasSize(2);
        assertThat(r.sections(SectionKind.NEXT_YEAR_PLAN))
                .singleElement()
                .extracting(Section::heading)
                .isEqualTo("2026年推进法治政府建设的主要安排");
    }

    @Test
    void visitorDispatchesByType() {
        AnnualReport r = ReportJsonTest.sample();
        ElementVisitor<String> v = new ElementVisitor<>() {
            @Override
            public String defaultValue(Element element) {
                return "other";
            }

            @Override
            public String visitSection(Section section) {
                return "section";
            }

            @Override
            public String visitTitle(Title title) {
                return "title";
            }
        };
        assertThat(r.walk().map(e -> e.accept(v)).filter("section"::equals).count())
                .isEqualTo(r.allSections().count());
        assertThat(r.title().orElseThrow().accept(v)).isEqualTo("title");
    }

    @Test
    void titleLinesMustJoinToTheText() {
        assertThat(Title.ofLines(List.of("清河区司法局", "关于2025年法治政府建设情况的报告"), Optional.empty())
                        .text())
                .isEqualTo("清河区司法局关于2025年法治政府建设情况的报告");
        assertThatThrownBy(() -> new Title("title", "a", List.of("b"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
