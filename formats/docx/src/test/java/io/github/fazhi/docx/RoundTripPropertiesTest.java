package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.testing.ReportArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripPropertiesTest {

    private static final DocxRenderer SUBMISSION = DocxRenderer.standard();
    private static final DocxReportReader READER = DocxReportReader.standard();

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ReportArbitraries.reports();
    }

    /** A built report written as DOCX reads back equal on the {@link Normalised} projection. */
    @Property(tries = 250)
    void builtReportsWrittenAsDocxReadBackEqual(@ForAll("reports") AnnualReport built) {
        AnnualReport read = READER.read(SUBMISSION.renderToBytes(built), "generated.docx");
        boolean year = ReportArbitraries.yearIsWritten(built);
        assertThat(ReportJson.write(Normalised.of(read, year))).isEqualTo(ReportJson.write(Normalised.of(built, year)));
        assertThat(read.walk()).allSatisfy(e -> assertThat(e.span()).isPresent());
    }

    /**
     * The text and DOCX readers agree: a report read from text, written as DOCX and read again is the same
     * report, source spans and the title's line split aside.
     */
    @Property(tries = 200)
    void reportReadFromTextThenWrittenAsDocxReadsTheSame(@ForAll("reports") AnnualReport built) {
        AnnualReport fromText =
                PlainTextReader.standard().read(PlainTextWriter.standard().write(built), "r.txt");
        AnnualReport fromDocx = READER.read(SUBMISSION.renderToBytes(fromText), "r.docx");
        assertThat(ReportJson.write(TextAgreement.of(fromDocx)))
                .isEqualTo(ReportJson.write(TextAgreement.of(fromText)));
    }
}
