package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextReaderTest {

    private static final PlainTextReader READER = PlainTextReader.standard();

    static String fixture(String name) {
        try (InputStream in = PlainTextReaderTest.class.getResourceAsStream("plaintext/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The text without any whitespace, for comparing modulo whitespace and blank lines. */
    static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    static String labels(List<Section> sections) {
        return sections.stream().map(Section::label).collect(Collectors.joining(" "));
    }

    @Nested
    class DepartmentReport {

        private final AnnualReport report = READER.read(fixture("qinghe-sifaju-2024.txt"), "qinghe-sifaju-2024.txt");

        @Test
        void readsHeaderLinesInOrderWithTheirMeaning() {
            assertThat(report.header())
                    .extracting(HeaderLine::kind, HeaderLine::text, HeaderLine::afterTitle)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(HeaderLineKind.ISSUER, "清河市清河区司法局", false),
                            org.assertj.core.groups.Tuple.tuple(
                                    HeaderLineKind.DOCUMENT_NUMBER, "清司呈〔2025〕3号　签发人：王明", true),
                            org.assertj.core.groups.Tuple.tuple(HeaderLineKind.ADDRESSEE, "区委、区政府：", true));
            assertThat(report.metadata().issuers()).containsExactly("清河市清河区司法局");
            assertThat(report.metadata().documentNumber()).contains("清司呈〔2025〕3号");
            assertThat(report.metadata().signatory()).contains("王明");
            assertThat(report.metadata().mainRecipients()).containsExactly("区委", "区政府");
        }

        @Test
        void readsTitleAndYear() {
            assertThat(report.title()).map(Title::text).contains("清河区司法局关于2024年法治政府建设情况的报告");
            assertThat(report.title().flatMap(Title::span)).contains(SourceSpan.of(3, 1, 3, 25));
            assertThat(report.reportingYear()).isEqualTo(OptionalInt.of(2024));
        }

        @Test
        void preambleEndsAtTheFirstHeadingAndLosesItsIndent() {
            assertThat(report.preamble()).hasSize(1);
            Block p = report.preamble().get(0);
            assertThat(p.text()).startsWith("2024年，区司法局").endsWith("报告如下：");
            assertThat(p.span()).map(SourceSpan::line).contains(7);
            assertThat(p.span()).map(SourceSpan::column).contains(3);
        }

        @Test
        void classifiesPartsAndKeepsPrintedLabels() {
            assertThat(report.sections())
                    .extracting(Section::kind)
                    .containsExactly(
                            SectionKind.MEASURES_AND_RESULTS,
                            SectionKind.SHORTCOMINGS_AND_CAUSES,
                            SectionKind.FIRST_RESPONSIBLE_PERSON,
                            SectionKind.NEXT_YEAR_PLAN,
                            SectionKind.OTHER);
            assertThat(report.sections())
                    .extracting(s -> s.printedNumber().orElseThrow())
                    .containsExactly("一、", "二、", "三、", "、", "");
            // The missing numeral and the unnumbered part get the ordinal after their predecessor.
            assertThat(report.sections()).extracting(s -> s.number().ordinal()).containsExactly(1, 2, 3, 4, 5);
        }

        @Test
        void runInHeadingIsTheFirstSentenceAndTheRestIsTheFirstBlock() {
            Section first = report.sections().get(0).subsections().get(0);
            assertThat(first.runIn()).isTrue();
            assertThat(first.heading()).isEqualTo("坚持思想引领。");
            assertThat(first.blocks()).hasSize(1);
            assertThat(first.blocks().get(0).text()).startsWith("局党组全年").endsWith("读书交流。");
            assertThat(first.span()).contains(SourceSpan.of(11, 1, 11, 11));
            assertThat(first.blocks().get(0).span().map(SourceSpan::column)).contains(11);
            assertThat(first.paragraphs().get(0).enumerations())
                    .extracting(InlineEnumeration::ordinal)
                    .containsExactly(1, 2);
        }

        @Test
        void firstResponsiblePersonSubsectionIsClassifiedWhereItStands() {
            Section frp = report.sections().get(0).subsections().get(1);
            assertThat(frp.kind()).isEqualTo(SectionKind.FIRST_RESPONSIBLE_PERSON);
            assertThat(report.sections().get(0).subsections().get(0).kind()).isEqualTo(SectionKind.THEMATIC);
            assertThat(report.sections(SectionKind.FIRST_RESPONSIBLE_PERSON)).hasSize(2);
        }

        @Test
        void variantLabelsNestByTheirForm() {
            Section enforcement = report.sections().get(0).subsections().get(2);
            assertThat(enforcement.printedNumber()).contains("(三)");
            assertThat(enforcement.number()).isEqualTo(new Numbering(2, 3));
            assertThat(enforcement.runIn()).isFalse();
            assertThat(enforcement.heading()).isEqualTo("规范行政执法");
            assertThat(labels(enforcement.subsections())).isEqualTo("1. 2、");
            Section supervision = enforcement.subsections().get(1);
            assertThat(supervision.number()).isEqualTo(new Numbering(3, 2));
            assertThat(labels(supervision.subsections())).isEqualTo("（1） (2)");
            assertThat(supervision.subsections().get(1).heading()).isEqualTo("组织旁听庭审");
            assertThat(supervision.subsections().get(1).level()).isEqualTo(4);
        }

        @Test
        void skippedLabelKeepsItsPrintedOrdinal() {
            Section plan = report.sections().get(3);
            assertThat(labels(plan.subsections())).isEqualTo("（一） （三）");
            assertThat(plan.subsections()).extracting(s -> s.number().ordinal()).containsExactly(1, 3);
            Section standAlone = plan.subsections().get(0);
            assertThat(standAlone.runIn()).isFalse();
            assertThat(standAlone.heading()).isEqualTo("深化普法宣传。");
        }

        @Test
        void readsTheSignOff() {
            assertThat(report.signOff()).isPresent();
            SignOff signOff = report.signOff().get();
            assertThat(signOff.issuers()).containsExactly("清河市清河区司法局");
            assertThat(signOff.dateText()).contains("2025年1月20日");
            assertThat(signOff.date()).contains(LocalDate.of(2025, 1, 20));
            assertThat(signOff.span()).contains(SourceSpan.of(39, 1, 40, 11));
            assertThat(report.sections().get(4).paragraphs())
                    .extracting(Paragraph::text)
                    .containsExactly("本年度无其他需要报告的情况。");
        }

        @Test
        void everyElementHasASpan() {
            assertThat(report.walk()).allSatisfy(e -> assertThat(e.span()).isPresent());
        }

        @Test
        void writingBackGivesTheInput() {
            String text = fixture("qinghe-sifaju-2024.txt");
            assertThat(withoutWhitespace(PlainTextWriter.standard().write(report)))
                    .isEqualTo(withoutWhitespace(text));
        }
    }

    @Nested
    class GovernmentReport {

        private final AnnualReport report = READER.read(fixture("qinghe-zhengfu-2023.txt"));

        @Test
        void titleSplitOverTwoLines() {
            assertThat(report.header()).isEmpty();
            assertThat(report.title()).isPresent();
            Title title = report.title().get();
            assertThat(title.lines()).containsExactly("清河市清河区人民政府", "关于2023年法治政府建设情况的报告");
            assertThat(title.text()).isEqualTo("清河市清河区人民政府关于2023年法治政府建设情况的报告");
            assertThat(title.span()).contains(SourceSpan.of(1, 1, 2, 19));
            assertThat(report.metadata().issuers()).containsExactly("清河市清河区人民政府");
            assertThat(report.reportingYear()).isEqualTo(OptionalInt.of(2023));
        }

        @Test
        void partsInAnotherOrderAreClassifiedByMeaning() {
            assertThat(report.sections())
                    .extracting(Section::kind)
                    .containsExactly(
                            SectionKind.FIRST_RESPONSIBLE_PERSON,
                            SectionKind.MEASURES_AND_RESULTS,
                            SectionKind.SHORTCOMINGS_AND_CAUSES,
                            SectionKind.NEXT_YEAR_PLAN);
        }

        @Test
        void signOffWithChineseNumeralDate() {
            SignOff signOff = report.signOff().orElseThrow();
            assertThat(signOff.issuers()).containsExactly("清河市清河区人民政府");
            assertThat(signOff.dateText()).contains("二〇二四年一月五日");
            assertThat(signOff.date()).contains(LocalDate.of(2024, 1, 5));
        }

        @Test
        void writingBackGivesTheInput() {
            assertThat(withoutWhitespace(PlainTextWriter.standard().write(report)))
                    .isEqualTo(withoutWhitespace(fixture("qinghe-zhengfu-2023.txt")));
        }
    }

    @Nested
    class Titles {

        @Test
        void noTitleMeansNoTitleNotThePreamble() {
            AnnualReport r = READER.read("2022年，区司法局扎实推进各项工作。\n一、主要做法\n全年开展培训3次。\n");
            assertThat(r.title()).isEmpty();
            assertThat(r.preamble()).extracting(Block::text).containsExactly("2022年，区司法局扎实推进各项工作。");
            assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2022));
        }

        @Test
        void issuerLineSeparatedByABlankLineIsAHeaderLine() {
            AnnualReport r = READER.read("清河区司法局\n\n2024年法治政府建设年度报告\n\n一、主要做法\n");
            assertThat(r.header()).extracting(HeaderLine::kind).containsExactly(HeaderLineKind.ISSUER);
            assertThat(r.title()).map(Title::text).contains("2024年法治政府建设年度报告");
            assertThat(r.issuer()).contains("清河区司法局");
        }

        @Test
        void issuerAfterTheYearInTheTitle() {
            AnnualReport r = READER.read("2024年清河区法治政府建设情况报告\n\n一、主要做法\n");
            assertThat(r.issuer()).contains("清河区");
        }

        @Test
        void titleBrokenMidPhraseContinues() {
            AnnualReport r = READER.read("清河区人民政府关于2024年度法治政府\n建设情况的报告\n2024年，区政府……。\n");
            assertThat(r.title()).map(Title::lines).contains(List.of("清河区人民政府关于2024年度法治政府", "建设情况的报告"));
            assertThat(r.preamble()).hasSize(1);
        }

        @Test
        void otherShortLinesAboveTheTitleAreHeaderLines() {
            AnnualReport r = READER.read("附件2\n\n清河区司法局2024年法治政府建设年度报告\n\n2024年，区司法局……。\n");
            assertThat(r.header())
                    .extracting(HeaderLine::kind, HeaderLine::text, HeaderLine::afterTitle)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(HeaderLineKind.OTHER, "附件2", false));
            assertThat(r.title()).map(Title::text).contains("清河区司法局2024年法治政府建设年度报告");
            assertThat(r.preamble()).hasSize(1);
        }

        @Test
        void addresseeWithHalfWidthColonWithoutTitle() {
            AnnualReport r = READER.read("区委、区政府:\n现将有关情况报告如下:\n一、主要做法\n");
            assertThat(r.title()).isEmpty();
            assertThat(r.header()).extracting(HeaderLine::kind).containsExactly(HeaderLineKind.ADDRESSEE);
            assertThat(r.metadata().mainRecipients()).containsExactly("区委", "区政府");
            assertThat(r.preamble()).extracting(Block::text).containsExactly("现将有关情况报告如下:");
        }
    }

    @Nested
    class ReportingYear {

        @Test
        void neverFromACitedDocumentName() {
            AnnualReport r =
                    READER.read("按照《法治政府建设实施纲要（2021—2025年）》的部署，区司法局扎实推进各项工作。\n" + "一、切实加强组织领导\n局党组定期研究法治工作。\n");
            assertThat(r.reportingYear()).isEmpty();
        }

        @Test
        void fromPartHeadingsBeforeThePreamble() {
            AnnualReport r = READER.read("根据《法治政府建设实施纲要（2021—2025年）》，现将情况报告如下。\n" + "一、2023年总体情况\n全年工作平稳。\n");
            assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2023));
        }

        @Test
        void aPlanHeadingNamesTheYearAfter() {
            AnnualReport r = READER.read("现将情况报告如下。\n一、2025年工作安排\n继续推进。\n");
            assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2024));
            assertThat(r.sections().get(0).kind()).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
        }

        @Test
        void titleWinsOverHeadings() {
            AnnualReport r = READER.read("清河区2020年法治政府建设工作报告\n一、2019年度工作情况\n");
            assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2020));
        }

        @Test
        void aNextYearHeadingIsAPlanOnceTheYearIsKnown() {
            AnnualReport r = READER.read("清河区2021年法治政府建设年度报告\n一、主要成效\n二、2022年工作重点\n");
            assertThat(r.sections())
                    .extracting(Section::kind)
                    .containsExactly(SectionKind.MEASURES_AND_RESULTS, SectionKind.NEXT_YEAR_PLAN);
        }
    }

    @Nested
    class Headings {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "一、主要做法|一、|1|1",
                    "一.主要做法|一.|1|1",
                    "二．主要做法|二．|1|2",
                    "（一）主要做法|（一）|2|1",
                    "(二)主要做法|(二)|2|2",
                    "三）主要做法|三）|2|3",
                    "1.主要做法|1.|3|1",
                    "2、主要做法|2、|3|2",
                    "3．主要做法|3．|3|3",
                    "１．主要做法|１．|3|1",
                    "（1）主要做法|（1）|4|1",
                    "(2)主要做法|(2)|4|2",
                    "3）主要做法|3）|4|3",
                    "十一、主要做法|十一、|1|11",
                })
        void everyLabelFormAtItsLevel(String line, String printed, int level, int ordinal) {
            AnnualReport r = READER.read("现将情况报告如下：\n" + line + "\n");
            Section s = r.allSections().findFirst().orElseThrow();
            assertThat(s.printedNumber()).contains(printed);
            assertThat(s.number()).isEqualTo(new Numbering(level, ordinal));
            assertThat(s.heading()).isEqualTo("主要做法");
        }

        @Test
        void spaceAfterTheLabelIsNotPartOfTheHeading() {
            AnnualReport r = READER.read("一、 主要做法\n");
            assertThat(r.sections().get(0).heading()).isEqualTo("主要做法");
            assertThat(r.sections().get(0).printedNumber()).contains("一、");
        }

        @Test
        void missingNumeralIsALevelOneHeading() {
            AnnualReport r = READER.read("一、主要做法\n做了工作。\n、坚持党的全面领导\n加强领导。\n");
            assertThat(r.sections()).hasSize(2);
            Section s = r.sections().get(1);
            assertThat(s.printedNumber()).contains("、");
            assertThat(s.number()).isEqualTo(new Numbering(1, 2));
            assertThat(s.heading()).isEqualTo("坚持党的全面领导");
        }

        @Test
        void repeatedLabelKeepsItsOrdinal() {
            AnnualReport r = READER.read("一、甲\n二、乙\n二、丙\n");
            assertThat(r.sections()).extracting(s -> s.number().ordinal()).containsExactly(1, 2, 2);
        }

        @Test
        void unnumberedShortHeadingBetweenParts() {
            AnnualReport r = READER.read("一、基本情况\n全年工作平稳有序。\n主要工作\n（一）健全制度\n出台制度3项。\n");
            assertThat(r.sections()).hasSize(2);
            Section s = r.sections().get(1);
            assertThat(s.printedNumber()).contains("");
            assertThat(s.heading()).isEqualTo("主要工作");
            assertThat(s.number()).isEqualTo(new Numbering(1, 2));
            assertThat(s.kind()).isEqualTo(SectionKind.MEASURES_AND_RESULTS);
            assertThat(s.subsections()).hasSize(1);
        }

        @Test
        void unnumberedShortLineThatIsNoHeadingStaysAParagraph() {
            AnnualReport r = READER.read("一、基本情况\n全年工作平稳有序\n继续努力。\n");
            assertThat(r.sections()).hasSize(1);
            assertThat(r.sections().get(0).paragraphs()).hasSize(2);
        }

        @Test
        void levelThreeDirectlyUnderLevelOneStaysLevelThree() {
            AnnualReport r = READER.read("一、主要举措和成效\n1.强化队伍。组织培训2次。\n2.依法行政。全面覆盖。\n二、存在的问题\n");
            Section part = r.sections().get(0);
            assertThat(part.subsections()).extracting(Section::level).containsExactly(3, 3);
            assertThat(part.subsections()).extracting(Section::runIn).containsExactly(true, true);
            assertThat(r.sections().get(1).kind()).isEqualTo(SectionKind.SHORTCOMINGS_AND_CAUSES);
        }

        @Test
        void sentenceEndInsideQuotesDoesNotEndARunInHeading() {
            AnnualReport r = READER.read("（一）落实“谁执法谁普法。”责任制。全年开展活动5次。\n");
            Section s = r.sections().get(0);
            assertThat(s.heading()).isEqualTo("落实“谁执法谁普法。”责任制。");
            assertThat(s.blocks()).extracting(Block::text).containsExactly("全年开展活动5次。");
        }

        @Test
        void decimalsAndYearsAreNotLabels() {
            AnnualReport r = READER.read("一、主要做法\n1.5万人次参加培训。\n2021年，我局继续推进。\n");
            assertThat(r.allSections()).hasSize(1);
            assertThat(r.sections().get(0).paragraphs()).hasSize(2);
        }
    }

    @Nested
    class SignOffs {

        @Test
        void textAfterTheSignOffIsTrailing() {
            AnnualReport r = READER.read("一、主要做法\n做了工作。\n\n清河区司法局\n2025年2月1日\n\n（此件公开发布）\n");
            assertThat(r.signOff()).map(SignOff::issuers).contains(List.of("清河区司法局"));
            assertThat(r.trailing()).extracting(Block::text).containsExactly("（此件公开发布）");
        }

        @Test
        void jointIssuers() {
            AnnualReport r = READER.read("一、主要做法\n做了工作。\n中共清河区委\n清河区人民政府\n2025年2月1日\n");
            assertThat(r.signOff()).map(SignOff::issuers).contains(List.of("中共清河区委", "清河区人民政府"));
            assertThat(r.metadata().issuers()).containsExactly("中共清河区委", "清河区人民政府");
        }

        @Test
        void invalidDateIsKeptAsPrintedWithoutValue() {
            AnnualReport r = READER.read("一、主要做法\n做了工作。\n清河区司法局\n2025年2月30日\n");
            assertThat(r.signOff()).map(SignOff::dateText).contains(Optional.of("2025年2月30日"));
            assertThat(r.signOff().flatMap(SignOff::date)).isEmpty();
        }

        @Test
        void zeroPaddedAndFullWidthDatesParse() {
            AnnualReport r = READER.read("一、主要做法\n做了工作。\n清河区司法局\n２０２５年０２月０１日\n");
            assertThat(r.signOff().flatMap(SignOff::date)).contains(LocalDate.of(2025, 2, 1));
        }

        @Test
        void issuerWithoutDateOnlyWhenItRepeatsAKnownIssuer() {
            AnnualReport known = READER.read("清河区司法局2024年法治政府建设年度报告\n一、主要做法\n做了工作。\n清河区司法局\n");
            assertThat(known.signOff()).map(SignOff::issuers).contains(List.of("清河区司法局"));
            assertThat(known.signOff().flatMap(SignOff::dateText)).isEmpty();

            AnnualReport unknown = READER.read("一、主要做法\n做了工作。\n清河区司法局\n");
            assertThat(unknown.signOff()).isEmpty();
            assertThat(unknown.sections().get(0).paragraphs()).hasSize(2);
        }
    }

    @Nested
    class Errors {

        @Test
        void emptyInputIsAnError() {
            assertThatThrownBy(() -> READER.read(" \n\u3000\n", "empty.txt"))
                    .isInstanceOf(ReportReadException.class)
                    .hasMessageStartingWith("empty.txt: ");
        }

        @Test
        void controlCharacterInTextNamesLineAndColumn() {
            assertThatThrownBy(() -> READER.read("一、主要做法\n做了\u0000工作。\n", "a.txt"))
                    .isInstanceOfSatisfying(ReportReadException.class, e -> {
                        assertThat(e.source()).isEqualTo("a.txt");
                        assertThat(e.span()).contains(SourceSpan.of(2, 3, 2, 3));
                        assertThat(e.problem()).contains("NUL");
                    });
        }

        @Test
        void englishMessagesOnRequest() {
            PlainTextReader english =
                    PlainTextReader.builder().locale(java.util.Locale.ENGLISH).build();
            assertThatThrownBy(() -> english.read("", "e.txt"))
                    .isInstanceOf(ReportReadException.class)
                    .hasMessage("e.txt: the input holds no text: it is empty or blank");
            assertThatThrownBy(() -> READER.read("", "e.txt"))
                    .isInstanceOf(ReportReadException.class)
                    .hasMessageContaining("没有可读的文本");
        }

        @Test
        void inputOverTheLimitIsRefused() {
            PlainTextReader small = PlainTextReader.builder().maxInputSize(10).build();
            assertThatThrownBy(() -> small.read("一、主要做法\n做了很多工作。\n", "big.txt"))
                    .isInstanceOf(ReportReadException.class)
                    .hasMessageContaining("10");
        }
    }
}
