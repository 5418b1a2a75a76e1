package io.github.fazhi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.testing.ReportGenerator.GeneratedReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated texts are realistic enough for the plain-text reader: each reads back into the report
 * it was written from (section kinds, labels as printed, run-in headings, paragraphs, sign-off), defects
 * included, and writes out to the same text again.
 */
class ReportGeneratorReadBackTest {

    @Test
    void everyGeneratedTextReadsBackIntoTheSameReport() {
        List<GeneratedReport> reports = new ReportGenerator(
                        2026, ReportGenerator.Options.defaults().withDefectRate(0.5))
                .generatedReports(40)
                .toList();
        for (GeneratedReport g : reports) {
            String text = g.text();
            AnnualReport back = PlainTextReader.standard().read(text, "generated-" + g.index() + ".txt");

            assertThat(PlainTextWriter.standard().write(back)).isEqualTo(text);
            assertThat(shape(back))
                    .as("report %d with %s", g.index(), g.defects())
                    .isEqualTo(shape(g.report()));
        }
    }

    /** What a reader can recover from the text: everything but the metadata the text does not print. */
    private static List<String> shape(AnnualReport r) {
        return java.util.stream.Stream.of(
                        r.title().map(Title::text).stream(),
                        java.util.stream.Stream.of(String.valueOf(r.reportingYear())),
                        r.preamble().stream().map(Block::text),
                        r.allSections()
                                .map(s -> s.id() + " " + s.kind() + " " + s.label() + (s.runIn() ? " run-in " : " ")
                                        + s.heading() + " "
                                        + s.paragraphs().stream()
                                                .map(Paragraph::text)
                                                .toList()),
                        r.signOff().map(ReportGeneratorReadBackTest::signOff).stream())
                .flatMap(s -> s)
                .toList();
    }

    private static String signOff(SignOff s) {
        return s.issuers() + " " + s.dateText() + " " + s.date();
    }
}
