package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
import static io.github.fazhi.assertj.Fixtures.failure;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SectionAssertTest {

    private final AnnualReport clean = Fixtures.clean();
    private final Section measures = clean.sections().get(0);
    private final Section decisions = measures.subsections().get(0);
    private final Section shortcomings = clean.sections().get(1);

    @Test
    void hasHeading() {
        assertThat(measures).hasHeading("2024年推进法治政府建设的主要举措和成效");
        failure(() -> assertThat(measures).hasHeading("2024年主要举措和成效"))
                .hasMessageContaining(
                        "期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 的标题为：\n  2024年主要举措和成效\n但为：\n" + "  2024年推进法治政府建设的主要举措和成效");
    }

    @Test
    void aRunInHeadingMatchesWithOrWithoutItsFullStop() {
        assertThat(decisions).hasHeading("健全依法决策机制").hasHeading("健全依法决策机制。");
        failure(() -> assertThat(decisions).hasHeading("健全依法决策")).hasMessageContaining("但为：\n  健全依法决策机制。");
    }

    @Test
    void aStandAloneHeadingMustMatchExactly() {
        failure(() -> assertThat(measures).hasHeading("2024年推进法治政府建设的主要举措和成")).hasMessageContaining("的标题为");
    }

    @Test
    void hasHeadingContaining() {
        assertThat(shortcomings).hasHeadingContaining("不足和原因");
        failure(() -> assertThat(shortcomings).hasHeadingContaining("问题"))
                .hasMessageContaining("期望章节 s2 二、2024年推进法治政府建设存在的不足和原因 的标题含有“问题”，但标题为：\n" + "  2024年推进法治政府建设存在的不足和原因");
    }

    @Test
    void hasLabel() {
        assertThat(measures).hasLabel("一、");
        assertThat(decisions).hasLabel("（一）");
        failure(() -> assertThat(measures).hasLabel("1."))
                .hasMessageContaining("期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 的编号为“1.”，但为“一、”");
    }

    @Test
    void hasLabelComparesTheLabelAsPrinted() {
        Section gap = Fixtures.legacy().sections().get(0).subsections().get(1);
        assertThat(gap).hasLabel("（三）");
        failure(() -> assertThat(gap).hasLabel("（二）")).hasMessageContaining("的编号为“（二）”，但为“（三）”");
    }

    @Test
    void hasKind() {
        assertThat(shortcomings).hasKind(SectionKind.SHORTCOMINGS_AND_CAUSES);
        failure(() -> assertThat(decisions).hasKind(SectionKind.FIRST_RESPONSIBLE_PERSON))
                .hasMessageContaining(
                        "期望章节 s1.s1 （一）健全依法决策机制。 是“第一责任人履职情况”部分（FIRST_RESPONSIBLE_PERSON），" + "但它被识别为专题章节（THEMATIC）");
    }

    @Test
    void isRunIn() {
        assertThat(decisions).isRunIn();
        failure(() -> assertThat(measures).isRunIn())
                .hasMessageContaining("期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 的标题与正文连排（标题是段落的首句），但标题单独成行");
    }

    @Test
    void isNotRunIn() {
        assertThat(measures).isNotRunIn();
        failure(() -> assertThat(decisions).isNotRunIn())
                .hasMessageContaining("期望章节 s1.s1 （一）健全依法决策机制。 的标题单独成行，但它与正文连排");
    }

    @Test
    void hasLevel() {
        assertThat(decisions).hasLevel(2);
        failure(() -> assertThat(decisions).hasLevel(1)).hasMessageContaining("期望章节 s1.s1 （一）健全依法决策机制。 是第 1 层，但为第 2 层");
    }

    @Test
    void hasSubsectionCount() {
        assertThat(measures).hasSubsectionCount(3);
        assertThat(shortcomings).hasSubsectionCount(0);
        failure(() -> assertThat(measures).hasSubsectionCount(2))
                .hasMessageContaining(
                        "期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 有 2 个下级章节，但有 3 个：\n" + "  s1.s1 （一）健全依法决策机制。［THEMATIC，第7行］");
    }

    @Test
    void hasParagraphCount() {
        assertThat(shortcomings).hasParagraphCount(1);
        assertThat(measures).hasParagraphCount(0);
        failure(() -> assertThat(shortcomings).hasParagraphCount(2)).hasMessageContaining("有 2 个段落（不计下级章节），但有 1 个");
    }

    @Test
    void containsText() {
        assertThat(measures).containsText("合法性审查").containsText("深化普法宣传教育");
        failure(() -> assertThat(shortcomings).containsText("述法"))
                .hasMessageContaining("期望章节 s2 二、2024年推进法治政府建设存在的不足和原因 含有“述法”，但没有。章节的文字为：\n"
                        + "  2024年推进法治政府建设存在的不足和原因\n  一是部分基层执法人员");
    }

    @Test
    void doesNotContainText() {
        assertThat(shortcomings).doesNotContainText("××");
        failure(() -> assertThat(measures).doesNotContainText("案卷"))
                .hasMessageContaining("期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 不含“案卷”，但 s1.s2.p1 (9:")
                .hasMessageContaining("组织行政执法案卷评查2轮");
    }

    @Test
    void subsectionByOrdinal() {
        assertThat(measures).subsection(2).hasHeading("严格规范行政执法").hasLabel("（二）");
        failure(() -> assertThat(measures).subsection(4))
                .hasMessageContaining("期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 有第 4 个下级章节，但它只有 3 个：")
                .hasMessageContaining("s1.s3 （三）深化普法宣传教育。");
    }

    @Test
    void subsectionsCountFromOne() {
        assertThatThrownBy(() -> assertThat(measures).subsection(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count from 1");
    }

    @Test
    void subsectionByKind() {
        AnnualReport nested = Fixtures.builder()
                .section(
                        "坚持依法行政",
                        s -> s.subsection(
                                "落实第一责任人职责",
                                sub -> sub.kind(SectionKind.FIRST_RESPONSIBLE_PERSON)
                                        .paragraph("局主要负责人履行推进法治建设第一责任人职责。")))
                .build();
        assertThat(nested.sections().get(0))
                .subsection(SectionKind.FIRST_RESPONSIBLE_PERSON)
                .hasLabel("（一）");
        failure(() -> assertThat(measures).subsection(SectionKind.FIRST_RESPONSIBLE_PERSON))
                .hasMessageContaining(
                        "期望章节 s1 一、2024年推进法治政府建设的主要举措和成效 之下有“第一责任人履职情况”部分" + "（FIRST_RESPONSIBLE_PERSON），但没有。它的下级章节为：");
    }

    @Test
    void englishMessages() {
        failure(() -> assertThat(decisions).inLocale(Locale.ENGLISH).isNotRunIn())
                .hasMessageContaining(
                        "Expecting the heading of the section s1.s1 （一）健全依法决策机制。 to stand on its own line, but it runs in");
    }

    @Test
    void aSectionIsShownShortInAssertjsOwnMessages() {
        failure(() -> assertThat(decisions).isEqualTo(measures))
                .hasMessageContaining("Section[s1.s1 （一）健全依法决策机制。, THEMATIC]");
    }
}
