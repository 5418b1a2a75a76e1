package io.github.fazhi.pdf;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.ReadsBack;
import io.github.fazhi.validation.ReportValidator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What fazhi writes as PDF, fazhi reads back as the report's text reads ({@link ReadsBack}). */
class OwnPdfReadsBackTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    static Stream<Arguments> reports() {
        return ReadsBack.reports();
    }

    static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void readsBackAsItsText(String name, AnnualReport report) throws Exception {
        ReadsBack.asItsText(PdfRenderer.standard(), "pdf", name, report, OwnPdfReadsBackTest::findings);
    }
}
