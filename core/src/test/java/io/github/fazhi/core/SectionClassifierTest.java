package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The heading variants of domain.md §6.2 and §8.5 and issue 3, each mapped to its mandated part. */
class SectionClassifierTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一、2020年推进法治政府建设的主要举措和成效",
                "一、2022年度推进法治政府建设的主要举措和成效",
                "一、2022年法治政府建设工作情况",
                "一、法治政府建设主要工作情况",
                "一、2017年法治政府建设情况",
                "一、2019年度工作情况",
                "一、2016年工作完成情况",
                "工作开展情况",
                "一、基本情况",
                "一、根本情况",
                "二、主要做法",
                "主要举措和成效",
                "主要成效",
                "一、2025年工作举措及成效",
                "一、推进法治政府建设的主要举措及成效",
                "二、主要做法及成效",
                "一、2023年总体情况",
                "主要工作",
            })
    void measuresAndResults(String heading) {
        assertThat(SectionClassifier.classify(heading, OptionalInt.empty()))
                .isEqualTo(SectionKind.MEASURES_AND_RESULTS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "存在的不足和原因",
                "二、法治政府建设工作存在的问题及原因",
                "存在的问题",
                "存在的问题和不足",
                "存在的问题与不足",
                "存在的主要问题",
                "二、推进法治政府建设存在的问题与不足",
                "二、2024年推进法治政府建设存在的不足和原因",
                "（二）原因分析。",
                "短板和差距",
            })
    void shortcomingsAndCauses(String heading) {
        assertThat(SectionClassifier.classify(heading, OptionalInt.empty()))
                .isEqualTo(SectionKind.SHORTCOMINGS_AND_CAUSES);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一、区政府主要负责同志履行推进法治建设第一责任人职责情况",
                "（一）履行法治第一责任人职责，推进法治政府建设",
                "二是扛牢法治建设第一责任人职责",
                "第一责任人职责情况",
                "三、2021年主要负责人履行推进法治政府建设第一责任人职责情况",
                "2.严格落实党政主要负责人履行推进法治建设第一责任人职责。",
                "党政主要负责人履职情况",
            })
    void firstResponsiblePerson(String heading) {
        assertThat(SectionClassifier.classify(heading, OptionalInt.empty()))
                .isEqualTo(SectionKind.FIRST_RESPONSIBLE_PERSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "下一年度推进法治政府建设的主要安排",
                "四、2025年推进法治政府建设的主要安排",
                "2022年法治政府建设工作思路",
                "下一步工作打算",
                "下一步工作安排",
                "四、2022年推进法治政府建设的主要思路安排",
                "明年工作计划",
            })
    void nextYearPlan(String heading) {
        assertThat(SectionClassifier.classify(heading, OptionalInt.empty())).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
    }

    @Test
    void aHeadingNamingTheYearAfterIsThePlanOnceTheYearIsKnown() {
        assertThat(SectionClassifier.classify("四、2022年工作重点", OptionalInt.of(2021)))
                .isEqualTo(SectionKind.NEXT_YEAR_PLAN);
        assertThat(SectionClassifier.classify("四、2022年工作重点", OptionalInt.empty()))
                .isEqualTo(SectionKind.THEMATIC);
        assertThat(SectionClassifier.classify("一、2022年法治政府建设工作情况", OptionalInt.of(2022)))
                .isEqualTo(SectionKind.MEASURES_AND_RESULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"五、其他需要报告的情况", "其他需要报告的情况", "其他情况", "其他需要说明的事项"})
    void other(String heading) {
        assertThat(SectionClassifier.classify(heading)).isEqualTo(SectionKind.OTHER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一、深入学习贯彻习近平法治思想，切实履行推进法治政府建设工作职责",
                "一、加强党对法治政府建设的领导，确保法治政府建设正确方向",
                "一、强化组织领导，统筹推进法治政府建设走深走实",
                "一、切实加强组织领导",
                "一、依法全面履行政府职能",
                "一、坚持党的领导，坚决扛牢法治政府建设政治责任",
                "一、法治政府建设水平持续提升",
                "（一）坚持思想引领。",
                "（二）行政决策科学化和法制化水平进一步提升。",
                "着力解决群众急难愁盼问题",
                "一、强化政治引领，夯实法治建设组织保障",
                "二、聚焦特色创新，提升基层法治建设质效",
                "",
                "一、",
            })
    void thematic(String heading) {
        assertThat(SectionClassifier.classify(heading, OptionalInt.of(2021))).isEqualTo(SectionKind.THEMATIC);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2021年法治政府建设年度报告|2021",
                "清河区人民政府关于2023年度法治政府建设情况的报告|2023",
                "贯彻《法治政府建设实施纲要（2021—2025年）》，2023年工作情况|2023",
                "二〇二二年工作情况|2022",
                "２０２４年工作情况|2024",
            })
    void yearInSkipsCitedDocumentsAndRanges(String text, int year) {
        assertThat(SectionClassifier.yearIn(text)).isEqualTo(OptionalInt.of(year));
    }

    @Test
    void yearInIsEmptyWhenOnlyACitedDocumentNamesOne() {
        assertThat(SectionClassifier.yearIn("落实《法治政府建设实施纲要（2021—2025年）》")).isEmpty();
        assertThat(SectionClassifier.yearIn("2021—2025年规划")).isEmpty();
    }

    @Test
    void standardHeadingsClassifyAsTheirKind() {
        for (SectionKind kind : SectionKind.values()) {
            if (kind != SectionKind.THEMATIC) {
                assertThat(SectionClassifier.classify(StandardHeadings.of(kind, 2024), OptionalInt.of(2024)))
                        .as(kind.name())
                        .isEqualTo(kind);
            }
        }
    }
}
