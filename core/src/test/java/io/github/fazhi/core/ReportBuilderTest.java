package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    @Test
    void fillsInStandardHeadingsForTheYear() {
        AnnualReport r = AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2024)
                .measuresAndResults(p -> p.paragraph("a"))
                .shortcomingsAndCauses(p -> p.paragraph("b"))
                .firstResponsiblePerson(p -> p.paragraph("c"))
                .nextYearPlan(p -> p.paragraph("d"))
                .other(p -> p.paragraph("e"))
                .build();
        assertThat(r.sections())
                .extracting(Section::headingLine)
                .containsExactly(
                        "一、2024年推进法治政府建设的主要举措和成效",
                        "二、2024年推进法治政府建设存在的不足和原因",
                        "三、2024年党政主要负责人履行推进法治建设第一责任人职责情况",
                        "四、2025年推进法治政府建设的主要安排",
                        "五、其他需要报告的情况");
        assertThat(r.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN,
                        SectionKind.OTHER);
        assertThat(r.title()).map(Title::text).hasValue("清河市清河区司法局2024年法治政府建设年度报告");
        assertThat(r.reportingYear()).hasValue(2024);
    }

    @Test
    void numbersSubsectionsAndKeepsRunInHeadingsInTheirParagraph() {
        AnnualReport r = AnnualReport.builder()
                .issuer("清河区司法局")
                .reportingYear(2025)
                .measuresAndResults(p -> p.runIn("坚持思想引领", "局党组带头学法。")
                        .runIn("健全制度！", "全年制定制度3项。")
                        .subsection(
                                "规范执法", s -> s.subsection("加强培训", t -> t.subsection("岗前培训", u -> u.paragraph("x")))))
                .build();
        Section part = r.sections().get(0);
        assertThat(part.subsections()).extracting(Section::label).containsExactly("（一）", "（二）", "（三）");
        Section first = part.subsections().get(0);
        assertThat(first.runIn()).isTrue();
        assertThat(first.heading()).isEqualTo("坚持思想引领。");
        assertThat(part.subsections().get(1).heading()).isEqualTo("健全制度！");
        assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly("局党组带头学法。");
        assertThat(PlainTextWriter.headingLine(first)).isEqualTo("（一）坚持思想引领。局党组带头学法。");
        Section deep =
                part.subsections().get(2).subsections().get(0).subsections().get(0);
        assertThat(deep.label()).isEqualTo("（1）");
        assertThat(deep.id()).isEqualTo("s1.s3.s1.s1");
        assertThat(deep.paragraphs().get(0).id()).isEqualTo("s1.s3.s1.s1.p1");
    }

    @Test
    void signOffUsesTheIssuersAndTheStandardDateForm() {
        AnnualReport r = AnnualReport.builder()
                .issuers(List.of("中共清河区委", "清河区人民政府"))
                .reportingYear(2025)
                .signOff(LocalDate.of(2026, 3, 5))
                .build();
        assertThat(r.signOff()).hasValueSatisfying(s -> {
            assertThat(s.issuers()).containsExactly("中共清河区委", "清河区人民政府");
            assertThat(s.dateText()).hasValue("2026年3月5日");
        });
        assertThat(r.dateOfIssue()).hasValue(LocalDate.of(2026, 3, 5));
        assertThat(r.issuer()).hasValue("中共清河区委");
    }

    @Test
    void explainsMisuse() {
        assertThatThrownBy(() -> AnnualReport.builder().measuresAndResults(p -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reportingYear");
        assertThatThrownBy(() -> AnnualReport.builder()
                        .reportingYear(2024)
                        .signOff(LocalDate.of(2025, 1, 2))
                        .build())
                .hasMessageContaining("issuer");
        assertThatThrownBy(() -> AnnualReport.builder()
                        .reportingYear(2024)
                        .section(
                                "x",
                                s -> s.subsection(
                                        "a",
                                        a -> a.subsection(
                                                "b", b -> b.subsection("c", c -> c.subsection("d", d -> {})))))
                        .build())
                .hasMessageContaining("four levels");
        assertThatThrownBy(() -> AnnualReport.builder().part(SectionKind.THEMATIC, p -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mainRecipientsBecomeAnAddresseeLineAfterTheTitle() {
        AnnualReport r = AnnualReport.builder()
                .issuer("清河区司法局")
                .reportingYear(2025)
                .mainRecipients("区委", "区政府")
                .build();
        assertThat(r.header()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HeaderLineKind.ADDRESSEE);
            assertThat(h.text()).isEqualTo("区委、区政府：");
            assertThat(h.afterTitle()).isTrue();
            assertThat(h.id()).isEqualTo("h1");
        });
        assertThat(r.metadata().mainRecipients()).containsExactly("区委", "区政府");
    }

    /** A random shape of nested sub-sections, as builder calls. */
    record Shape(List<Shape> children, boolean runIn) {
        void apply(SectionBuilder b) {
            for (Shape c : children) {
                if (c.runIn) {
                    b.runIn("小标题", "正文。", c::apply);
                } else {
                    b.subsection("小标题", c::apply);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Shape>> shapes() {
        return shape(1).list().ofMaxSize(6);
    }

    private Arbitrary<Shape> shape(int level) {
        Arbitrary<List<Shape>> kids = level >= 4
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> shape(level + 1)).list().ofMaxSize(4);
        return net.jqwik.api.Combinators.combine(kids, Arbitraries.of(true, false))
                .as(Shape::new);
    }

    @Property(tries = 1000)
    void builtNumberingHasNoGapOrDuplicate(@ForAll("shapes") List<Shape> parts) {
        ReportBuilder b = AnnualReport.builder().issuer("清河区司法局").reportingYear(2025);
        for (Shape part : parts) {
            Consumer<SectionBuilder> content = part::apply;
            b.section("部分", content);
        }
        AnnualReport r = b.build();
        checkSiblings(r.sections(), 1);
        assertThat(r.walk().map(Element::id).distinct().count())
                .isEqualTo(r.walk().count());
    }

    private static void checkSiblings(List<Section> siblings, int level) {
        for (int i = 0; i < siblings.size(); i++) {
            Section s = siblings.get(i);
            assertThat(s.number()).isEqualTo(new Numbering(level, i + 1));
            checkSiblings(s.subsections(), level + 1);
        }
    }
}
