package io.github.fazhi.core.testing;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.Title;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a person checks first when a report is read from another format: its issuers, its title (whitespace
 * aside, since a title printed on two lines joins differently), its reporting year, and for each top-level
 * part its kind, heading and how many sub-sections it has at each depth. Two readers of the same report
 * must agree on all of it.
 *
 * @param issuers the issuers, in order
 * @param title the title without whitespace
 * @param reportingYear the reporting year
 * @param parts each top-level section's shape
 */
public record ReportShape(List<String> issuers, Optional<String> title, OptionalInt reportingYear, List<Part> parts) {

    /**
     * @param kind the part's kind
     * @param heading its heading
     * @param subsections how many sub-sections it has
     * @param descendants how many sections it holds at every depth below it
     */
    public record Part(SectionKind kind, String heading, int subsections, long descendants) {}

    /** The shape of {@code report}. */
    public static ReportShape of(AnnualReport report) {
        return new ReportShape(
                report.metadata().issuers(),
                report.title().map(Title::text).map(t -> t.replaceAll("\\s+", "")),
                report.reportingYear(),
                report.sections().stream().map(ReportShape::part).toList());
    }

    private static Part part(Section s) {
        return new Part(
                s.kind(), s.heading(), s.subsections().size(), s.allSections().count() - 1);
    }
}
