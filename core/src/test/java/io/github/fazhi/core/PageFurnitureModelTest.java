package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Page furniture in the model: ids apart from the report's own, JSON, the writer, and a report without it. */
class PageFurnitureModelTest {

    private static AnnualReport withFurniture() {
        Section part = Section.builder()
                .kind(SectionKind.MEASURES_AND_RESULTS)
                .number(new Numbering(1, 1))
                .printedNumber("一、")
                .heading("2025年推进法治政府建设的主要举措和成效")
                .blocks(List.of(Paragraph.of("全年审查规范性文件12件。"), PageFurniture.of("— 2 —"), Paragraph.of("办理行政复议案件8件。")))
                .build();
        return new AnnualReport(
                ReportMetadata.builder().issuers(List.of("清河市清河区司法局")).build(),
                List.of(
                        HeaderLine.of(HeaderLineKind.FURNITURE, "首页 > 政务公开 > 法治政府建设年度报告"),
                        HeaderLine.of(HeaderLineKind.ISSUER, "清河市清河区司法局")),
                Optional.of(Title.of("清河市清河区司法局2025年法治政府建设年度报告")),
                List.of(PageFurniture.of("发布时间：2026-03-20"), Paragraph.of("2025年，区司法局……现将有关情况报告如下：")),
                List.of(part),
                Optional.empty(),
                List.of(Paragraph.of("附件：有关数据"), PageFurniture.of("【打印本页】【关闭窗口】")));
    }

    @Test
    void furnitureIdsCountApartSoParagraphIdsDoNotShift() {
        AnnualReport r = withFurniture();
        assertThat(r.header()).extracting(HeaderLine::id).containsExactly("hf1", "h1");
        assertThat(r.preamble()).extracting(Block::id).containsExactly("pre.f1", "pre.p1");
        assertThat(r.sections().get(0).blocks()).extracting(Block::id).containsExactly("s1.p1", "s1.f1", "s1.p2");
        assertThat(r.trailing()).extracting(Block::id).containsExactly("end.p1", "end.f1");
        AnnualReport clean = r.withoutPageFurniture();
        assertThat(clean.header()).extracting(HeaderLine::id).containsExactly("h1");
        assertThat(clean.sections().get(0).blocks()).extracting(Block::id).containsExactly("s1.p1", "s1.p2");
        assertThat(clean.preambleParagraphs()).extracting(Paragraph::id).containsExactly("pre.p1");
        assertThat(clean.walk()).noneMatch(e -> e instanceof PageFurniture);
    }

    @Test
    void sectionsGiveTheirParagraphsAndFullTextWithoutFurniture() {
        Section part = withFurniture().sections().get(0);
        assertThat(part.paragraphs()).extracting(Paragraph::text).containsExactly("全年审查规范性文件12件。", "办理行政复议案件8件。");
        assertThat(part.fullText()).doesNotContain("— 2 —");
        assertThat(withFurniture().query(PageFurniture.class, f -> true))
                .extracting(PageFurniture::id)
                .containsExactly("pre.f1", "s1.f1", "end.f1");
    }

    @Test
    void plainTextWriterWritesFurnitureBackWhereItStood() {
        String text = PlainTextWriter.builder().blankLines(false).build().write(withFurniture());
        assertThat(text)
                .isEqualTo("首页 > 政务公开 > 法治政府建设年度报告\n清河市清河区司法局\n清河市清河区司法局2025年法治政府建设年度报告\n"
                        + "发布时间：2026-03-20\n2025年，区司法局……现将有关情况报告如下：\n一、2025年推进法治政府建设的主要举措和成效\n"
                        + "全年审查规范性文件12件。\n— 2 —\n办理行政复议案件8件。\n附件：有关数据\n【打印本页】【关闭窗口】\n");
    }

    @Test
    void jsonCarriesFurnitureAsItsOwnBlockTypeAndReadsItBack() {
        AnnualReport r = withFurniture();
        String json = ReportJson.write(r);
        assertThat(json)
                .contains("\"kind\" : \"FURNITURE\"")
                .contains("\"type\" : \"furniture\",\n    \"id\" : \"pre.f1\"")
                .contains("\"type\" : \"furniture\",\n      \"id\" : \"s1.f1\"");
        // paragraphs of the preamble and trailing lists carry no type, as before
        assertThat(json).contains("{\n    \"id\" : \"pre.p1\"");
        assertThat(ReportJson.read(json, "f.json")).isEqualTo(r);
    }

    @Test
    void jsonRefusesAnUnknownBlockTypeNamingThePath() {
        String json = ReportJson.write(withFurniture()).replace("\"furniture\"", "\"table\"");
        assertThatThrownBy(() -> ReportJson.read(json, "t.json", java.util.Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("$.preamble[0].type")
                .hasMessageContaining("known: paragraph, furniture");
        assertThatThrownBy(() -> ReportJson.read(json, "t.json"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("$.preamble[0].type")
                .hasMessageContaining("未知的块类型 \"table\"（可用：paragraph、furniture）");
    }

    @Test
    void aRunInHeadingRunsIntoAParagraphNotIntoFurniture() {
        Section onlyFurniture = Section.builder()
                .heading("坚持依法决策。")
                .runIn(true)
                .blocks(List.of(PageFurniture.of("— 3 —")))
                .build();
        assertThat(onlyFurniture.runsIntoParagraph()).isFalse();
        assertThat(onlyFurniture.toBuilder()
                        .blocks(List.of(PageFurniture.of("— 3 —"), Paragraph.of("全年……")))
                        .build()
                        .runsIntoParagraph())
                .isTrue();
        assertThat(onlyFurniture.toBuilder().runIn(false).build().runsIntoParagraph())
                .isFalse();
    }

    @Test
    void theSectionBuilderDefaultsToAThematicFirstSection() {
        Section s = Section.builder().heading("切实加强组织领导").build();
        assertThat(s.kind()).isEqualTo(SectionKind.THEMATIC);
        assertThat(s.number()).isEqualTo(new Numbering(1, 1));
        assertThat(s.printedNumber()).isEmpty();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }
}
