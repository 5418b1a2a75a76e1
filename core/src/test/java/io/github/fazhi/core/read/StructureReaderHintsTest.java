package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The structure reader takes layout hints as evidence beside the text: heading styles and outline levels,
 * a centred title in a large face, bold lines, page headers and footers, table rows, pages.
 */
class StructureReaderHintsTest {

    private static final LayoutHints BODY = LayoutHints.NONE;

    /** Lines of a paged document (a PDF, say): one line per entry, page 1 then page 2. */
    private static final class Doc {
        final List<SourceLine> lines = new ArrayList<>();
        int page = 1;
        int line = 1;

        Doc add(String text, LayoutHints hints) {
            lines.add(new SourceLine(
                    text, SourceSpan.onPage(page, line, 1, line, 1 + text.codePointCount(0, text.length())), hints));
            line++;
            return this;
        }

        Doc add(String text) {
            return add(text, BODY);
        }

        Doc nextPage() {
            page++;
            line = 1;
            return this;
        }

        AnnualReport read() {
            return StructureReader.standard().read(new SourceDocument("r.pdf", "pdf", lines, DocumentInfo.NONE));
        }
    }

    private static LayoutHints heading(int level) {
        return LayoutHints.builder()
                .outlineLevel(level)
                .styleName("Heading " + level)
                .build();
    }

    private static LayoutHints region(LineRegion r) {
        return LayoutHints.builder().region(r).build();
    }

    private static final LayoutHints TITLE =
            LayoutHints.builder().centred(true).fontSize(22).bold(true).build();

    @Test
    void aHeadingMarkedOnlyByItsStyleIsAHeadingAtTheStylesLevel() {
        AnnualReport r = new Doc()
                .add("清河市清河区司法局2025年法治政府建设年度报告", TITLE)
                .add("2025年，区司法局认真落实法治政府建设各项任务。现将有关情况报告如下：")
                .add("主要举措和成效", heading(1))
                .add("健全依法决策机制", heading(2))
                .add("全年审查重大行政决策事项9件，均经合法性审查。")
                .add("深化行政执法监督", heading(2))
                .add("开展执法案卷评查，评查案卷180卷。")
                .add("存在的不足和原因", heading(1))
                .add("一是执法人员业务能力有待提升。二是制度执行还不够到位。")
                .read();
        assertThat(r.title()).map(Title::text).contains("清河市清河区司法局2025年法治政府建设年度报告");
        assertThat(r.sections())
                .extracting(Section::kind)
                .containsExactly(SectionKind.MEASURES_AND_RESULTS, SectionKind.SHORTCOMINGS_AND_CAUSES);
        Section first = r.sections().get(0);
        assertThat(first.printedNumber()).contains("");
        assertThat(first.subsections()).extracting(Section::heading).containsExactly("健全依法决策机制", "深化行政执法监督");
        assertThat(first.subsections()).extracting(Section::level).containsExactly(2, 2);
        assertThat(first.subsections()).extracting(s -> s.number().ordinal()).containsExactly(1, 2);
        assertThat(r.sections().get(1).number().ordinal()).isEqualTo(2);
    }

    @Test
    void aCentredLineInALargeFaceAtTheTopIsTheTitleEvenWithoutTheWordReport() {
        AnnualReport r = new Doc()
                .add("清源街道2025年度依法治街工作情况", TITLE)
                .add("2025年，街道办事处坚持依法履职。现将有关情况报告如下：")
                .add("一、主要做法")
                .add("全年开展普法活动12场。")
                .read();
        assertThat(r.title()).map(Title::text).contains("清源街道2025年度依法治街工作情况");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2025));
        // the same line in plain text, without hints, is not taken for a title
        AnnualReport plain = PlainTextReader.standard().read("清源街道2025年度依法治街工作情况\n2025年，街道办事处坚持依法履职。\n");
        assertThat(plain.title()).isEmpty();
    }

    @Test
    void aTitleSetOverTwoCentredLinesIsOneTitle() {
        AnnualReport r = new Doc()
                .add("清河市清河区市场监督管理局", TITLE)
                .add("2025年法治政府建设情况", TITLE)
                .add("2025年，区市场监管局……现将有关情况报告如下：")
                .read();
        assertThat(r.title().orElseThrow().lines()).containsExactly("清河市清河区市场监督管理局", "2025年法治政府建设情况");
        assertThat(r.issuer()).contains("清河市清河区市场监督管理局");
    }

    @Test
    void pageHeadersFootersAndFurnitureAreKeptWhereTheyStoodAndNeverTheTitle() {
        AnnualReport r = new Doc()
                .add("清河市清河区人民政府文件", region(LineRegion.PAGE_HEADER))
                .add("清河市清河区人民政府关于2025年法治政府建设情况的报告", TITLE)
                .add("区委、区人大常委会：")
                .add("2025年，区政府深入推进依法行政。现将有关情况报告如下：")
                .add("一、2025年推进法治政府建设的主要举措和成效")
                .add("全年制定行政规范性文件5件，全部经过合法性审查。")
                .add("— 1 —", region(LineRegion.PAGE_FOOTER))
                .nextPage()
                .add("清河市清河区人民政府", region(LineRegion.PAGE_HEADER))
                .add("办理行政复议案件146件，纠错率11.6%。")
                .add("二、存在的不足和原因")
                .add("基层执法力量仍然薄弱。")
                .add("清河市清河区人民政府")
                .add("2026年2月10日")
                .add("— 2 —", region(LineRegion.PAGE_FOOTER))
                .read();
        assertThat(r.header())
                .extracting(HeaderLine::kind, HeaderLine::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HeaderLineKind.FURNITURE, "清河市清河区人民政府文件"),
                        org.assertj.core.groups.Tuple.tuple(HeaderLineKind.ADDRESSEE, "区委、区人大常委会："));
        assertThat(r.title()).map(Title::text).contains("清河市清河区人民政府关于2025年法治政府建设情况的报告");
        assertThat(r.metadata().mainRecipients()).containsExactly("区委", "区人大常委会");
        Section first = r.sections().get(0);
        assertThat(first.blocks())
                .extracting(Block::text)
                .containsExactly("全年制定行政规范性文件5件，全部经过合法性审查。", "— 1 —", "清河市清河区人民政府", "办理行政复议案件146件，纠错率11.6%。");
        assertThat(first.blocks())
                .extracting(b -> b instanceof PageFurniture)
                .containsExactly(false, true, true, false);
        assertThat(first.blocks()).extracting(Block::id).containsExactly("s1.p1", "s1.f1", "s1.f2", "s1.p2");
        assertThat(first.paragraphs().get(1).span()).map(SourceSpan::page).contains(2);
        assertThat(r.signOff().orElseThrow().dateText()).contains("2026年2月10日");
        assertThat(r.trailing()).extracting(Block::text).containsExactly("— 2 —");
        assertThat(r.trailing().get(0)).isInstanceOf(PageFurniture.class);
        // nothing lost: the writer gives every line back
        String written = PlainTextWriter.builder().blankLines(false).build().write(r);
        assertThat(written.lines().filter(l -> !l.isBlank()).toList())
                .hasSize(14)
                .contains("— 1 —", "— 2 —", "清河市清河区人民政府文件");
    }

    @Test
    void tableRowsAreNeverHeadingsAndBoldShortLinesAre() {
        LayoutHints row = region(LineRegion.TABLE);
        LayoutHints bold = LayoutHints.builder().bold(true).build();
        AnnualReport r = new Doc()
                .add("清河市清河区司法局2025年法治政府建设年度报告", TITLE)
                .add("一、2025年推进法治政府建设的主要举措和成效")
                .add("主要指标\t完成情况", row)
                .add("行政复议\t146件", row)
                .add("严格规范执法", bold)
                .add("全年开展执法检查260次，立案查处违法行为31起。")
                .read();
        Section first = r.sections().get(0);
        assertThat(first.blocks()).extracting(Block::text).containsExactly("主要指标\t完成情况", "行政复议\t146件");
        assertThat(first.blocks()).allMatch(b -> b instanceof Paragraph);
        assertThat(first.subsections()).extracting(Section::heading).containsExactly("严格规范执法");
        assertThat(first.subsections().get(0).level()).isEqualTo(2);
    }
}
