package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.ReportGenerator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link AnnualReport#walk()}, {@link AnnualReport#allSections()} and {@link AnnualReport#hasSection} gather the
 * tree with plain loops instead of nesting a stream per section (a fifth of a small report's validation went into
 * the nested streams, see benchmarks/README.md). They must give what the nested streams gave, kept here as the
 * reference.
 */
class TreeWalkFastPathTest {

    @Test
    void walksAsTheNestedStreamsDid() {
        ReportGenerator generator = new ReportGenerator(7);
        int sections = 0;
        for (int i = 0; i < 200; i++) {
            AnnualReport report = generator.generated(i).report();
            assertThat(report.walk()).containsExactlyElementsOf(referenceWalk(report));
            assertThat(report.allSections()).containsExactlyElementsOf(referenceSections(report));
            for (Section top : report.sections()) {
                assertThat(top.walk())
                        .containsExactlyElementsOf(referenceWalk(top).toList());
            }
            for (SectionKind kind : SectionKind.values()) {
                assertThat(report.hasSection(kind))
                        .as("%s in report %d", kind, i)
                        .isEqualTo(referenceSections(report).stream().anyMatch(s -> s.kind() == kind));
            }
            sections += referenceSections(report).size();
        }
        assertThat(sections).as("the reports have nested sections to walk").isGreaterThan(2000);
    }

    private static List<Element> referenceWalk(AnnualReport report) {
        return Stream.of(
                        report.header().stream().filter(h -> !h.afterTitle()),
                        report.title().stream(),
                        report.header().stream().filter(HeaderLine::afterTitle),
                        report.preamble().stream(),
                        report.sections().stream().flatMap(TreeWalkFastPathTest::referenceWalk),
                        report.signOff().stream(),
                        report.trailing().stream())
                .flatMap(s -> s.map(Element.class::cast))
                .toList();
    }

    private static Stream<Element> referenceWalk(Section s) {
        return Stream.concat(
                Stream.concat(Stream.of(s), s.blocks().stream()),
                s.subsections().stream().flatMap(TreeWalkFastPathTest::referenceWalk));
    }

    private static List<Section> referenceSections(AnnualReport report) {
        return report.sections().stream()
                .flatMap(TreeWalkFastPathTest::referenceSections)
                .toList();
    }

    private static Stream<Section> referenceSections(Section s) {
        return Stream.concat(Stream.of(s), s.subsections().stream().flatMap(TreeWalkFastPathTest::referenceSections));
    }
}
