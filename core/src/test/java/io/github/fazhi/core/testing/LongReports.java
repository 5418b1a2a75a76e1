package io.github.fazhi.core.testing;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionBuilder;
import io.github.fazhi.core.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Long reports for the tests of issue 17 (a writer's own output of a long report is read back): a short
 * report whose measures part the test fills, and the text of a report's blocks to compare.
 */
public final class LongReports {

    private LongReports() {}

    /** A complete county justice bureau's report whose measures and results part is {@code measures}. */
    public static AnnualReport withMeasures(Consumer<SectionBuilder> measures) {
        return AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2025)
                .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
                .preamble("2025年，区司法局坚持依法行政。现将有关情况报告如下：")
                .measuresAndResults(measures)
                .shortcomingsAndCauses(part -> part.paragraph("执法监督还有薄弱环节。"))
                .firstResponsiblePerson(part -> part.paragraph("局主要负责人履行推进法治建设第一责任人职责。"))
                .nextYearPlan(part -> part.paragraph("2026年，区司法局将继续推进依法行政。"))
                .signOff(LocalDate.of(2026, 1, 20))
                .build();
    }

    /** Every section of {@code list} and of its subsections, in document order. */
    public static Stream<Section> sections(List<Section> list) {
        return list.stream().flatMap(s -> Stream.concat(Stream.of(s), sections(s.subsections())));
    }

    /** The texts of the report's blocks, in document order. */
    public static List<String> texts(AnnualReport report) {
        return sections(report.sections())
                .flatMap(s -> s.blocks().stream())
                .map(Block::text)
                .toList();
    }

    /** The number of characters in the report's blocks. */
    public static long chars(AnnualReport report) {
        return texts(report).stream().mapToLong(String::length).sum();
    }
}
