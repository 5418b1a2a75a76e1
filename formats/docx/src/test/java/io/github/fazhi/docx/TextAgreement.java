package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;

/**
 * What must be equal between a report read from text and the same report written as DOCX and read back:
 * everything (printed labels, kinds, metadata the reader derives, all text) except source spans and how
 * the title is split over lines (a title printed on one line is split over several by the renderer, and the
 * space where it breaks, as between an issuer and 关于, becomes the line break: whitespace in the title is not
 * compared), and the page furniture a DOCX has (the renderer's page-number footer) and text has not.
 */
final class TextAgreement {

    private TextAgreement() {}

    static AnnualReport of(AnnualReport r) {
        // the renderer's page-number footer is read back as page furniture, which text has none of
        return r.withoutPageFurniture()
                .withoutSpans()
                .withTitle(r.title().map(t -> Title.of(t.text().replaceAll("\\s+", ""))));
    }
}
