package io.github.fazhi.core.testing;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Title;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What must be equal between a report read from its text and the same report read from another format:
 * the whole model without source spans, page furniture and the publication record (which only a published
 * page carries), with the title compared without whitespace and as one line (a title printed on two lines
 * joins differently); and, apart, the page furniture the reader kept.
 */
public final class SameReport {

    private SameReport() {}

    /** {@code report} as it compares with the same report read from text. */
    public static AnnualReport comparable(AnnualReport report) {
        AnnualReport r = report.withoutPageFurniture().withoutSpans();
        r = r.withTitle(r.title().map(t -> Title.of(t.text().replaceAll("\\s+", ""))));
        ReportMetadata m = r.metadata();
        return r.withMetadata(new ReportMetadata(
                m.issuers(),
                m.reportingYear(),
                m.subjectType(),
                m.level(),
                m.mainRecipients(),
                m.ccRecipients(),
                m.documentNumber(),
                m.signatory(),
                Optional.empty()));
    }

    /** The texts of the page furniture in {@code report}, in document order. */
    public static List<String> furniture(AnnualReport report) {
        return report.walk()
                .flatMap(e -> e instanceof HeaderLine h && h.kind() == HeaderLineKind.FURNITURE
                        ? Stream.of(h.text())
                        : e instanceof PageFurniture f ? Stream.of(f.text()) : Stream.empty())
                .toList();
    }
}
