package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.Title;
import java.util.Optional;

/**
 * The projection on which a report written as DOCX and read back must equal the report written:
 *
 * <ul>
 *   <li>source spans are dropped (a read report has them, a built one does not), and so is page furniture
 *       (the page-number footer the renderer writes is read back as furniture);
 *   <li>a section's printed label is dropped when it is the GB/T 9704 label its number derives to (a read
 *       report keeps the label as printed, a built one derives it: both print the same);
 *   <li>the title is compared as one line of text (the renderer splits a long one-line title over lines at
 *       phrase boundaries, and the reader keeps the lines as printed; the split itself is tested apart);
 *   <li>metadata is cut down to the reporting year and the 主送机关: subject type, level, 抄送, the 文号 field
 *       and disclosure are not printed in the body, and the issuers are printed only when there is a title
 *       or a sign-off (generated reports may have neither; the sample's issuers are checked on their own).
 * </ul>
 */
final class Normalised {

    private Normalised() {}

    static AnnualReport of(AnnualReport r) {
        return of(r, true);
    }

    /** With {@code year} false the reporting year is dropped too (for reports whose text never names it). */
    static AnnualReport of(AnnualReport r, boolean year) {
        AnnualReport s = r.withoutPageFurniture().withoutSpans();
        ReportMetadata m = ReportMetadata.builder()
                .reportingYear(year ? s.reportingYear() : java.util.OptionalInt.empty())
                .mainRecipients(s.metadata().mainRecipients())
                .build();
        return new AnnualReport(
                m,
                s.header(),
                s.title().map(t -> Title.of(t.text())),
                s.preamble(),
                s.sections().stream().map(Normalised::section).toList(),
                s.signOff(),
                s.trailing());
    }

    private static Section section(Section s) {
        Optional<String> printed =
                s.printedNumber().filter(p -> !p.equals(s.number().label()));
        return s.toBuilder()
                .printedNumber(printed)
                .subsections(s.subsections().stream().map(Normalised::section).toList())
                .build();
    }
}
