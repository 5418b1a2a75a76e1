package io.github.fazhi.assertj.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ValidationReport;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * Shows reports, sections and validation reports in AssertJ's own messages (those of {@code isEqualTo},
 * {@code extracting}…) by what identifies them rather than by their whole record text, which for a report runs
 * to pages.
 */
public final class FazhiRepresentation extends StandardRepresentation {

    /** The one instance. */
    public static final FazhiRepresentation INSTANCE = new FazhiRepresentation();

    private FazhiRepresentation() {}

    @Override
    public String toStringOf(Object object) {
        if (object instanceof AnnualReport r) {
            return "AnnualReport[" + r.title().map(Title::text).orElse("(no title)")
                    + ", year "
                    + (r.reportingYear().isPresent() ? r.reportingYear().getAsInt() : "?")
                    + ", " + r.sections().size() + " top-level sections]";
        }
        if (object instanceof Section s) {
            return "Section[" + s.id() + " " + Describe.oneLine(s.headingLine()) + ", " + s.kind() + "]";
        }
        if (object instanceof ValidationReport v) {
            return "ValidationReport[" + v.source().map(src -> src + ", ").orElse("") + "profile "
                    + v.profile().name()
                    + ", " + v.findings().size() + " findings: " + v.errors().size() + " errors, "
                    + v.warnings().size() + " warnings, " + v.infos().size() + " infos]";
        }
        if (object instanceof Finding f) {
            return f.toString();
        }
        return super.toStringOf(object);
    }
}
