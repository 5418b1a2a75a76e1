package io.github.fazhi.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.testing.Fixtures;
import io.github.fazhi.core.testing.ReportShape;
import io.github.fazhi.core.testing.SameReport;
import io.github.fazhi.validation.ReportValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A report published on a portal page in the shape of a real TRS or JCMS template reads into the same
 * structure (issuer, title, year, part kinds, headings, sub-section counts) and gives the same findings as
 * the same report's text, with the page's publication record as its disclosure.
 */
class HtmlReadsLikeTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId() + " " + f.message())
                .toList();
    }

    private static AnnualReport readsLikeItsText(String page) {
        AnnualReport fromText =
                PlainTextReader.standard().read(Fixtures.text("qingyuan-2025.txt"), "qingyuan-2025.txt");
        AnnualReport fromPage = HtmlReportReader.standard().read(HtmlFixtures.bytes(page), page);
        assertThat(ReportShape.of(fromPage)).as(page).isEqualTo(ReportShape.of(fromText));
        assertThat(findings(fromPage)).as(page).isEqualTo(findings(fromText));
        // the same model, and the page's chrome kept as page furniture, nothing else
        assertThat(SameReport.comparable(fromPage)).as(page).isEqualTo(SameReport.comparable(fromText));
        assertThat(SameReport.furniture(fromPage))
                .containsExactlyElementsOf(
                        HtmlReportReader.standard().extract(HtmlFixtures.bytes(page), page).lines().stream()
                                .filter(l -> !l.hints().inBody())
                                .map(io.github.fazhi.core.read.SourceLine::text)
                                .toList());
        return fromPage;
    }

    @Test
    void portalPagesReadLikeTheirText() {
        AnnualReport trs = readsLikeItsText("trs-qingyuan-2025.html");
        assertThat(trs.metadata().disclosure())
                .contains(new Disclosure(
                        Optional.of(LocalDate.of(2026, 3, 20)),
                        Optional.of(DisclosureChannel.PORTAL),
                        Optional.of("https://www.qinghe.example.gov.cn/zwgk/fzzfjsndbg/202603/t20260320_1001.html")));
        readsLikeItsText("jcms-qingyuan-2025.html");
    }

    @Test
    void thePagesDisclosureRecordReachesTheModel() {
        AnnualReport trs = HtmlReportReader.standard().read(HtmlFixtures.bytes("trs-qingyuan-2025.html"), "trs.html");
        assertThat(trs.metadata().disclosure())
                .contains(new Disclosure(
                        Optional.of(LocalDate.of(2026, 3, 20)),
                        Optional.of(DisclosureChannel.PORTAL),
                        Optional.of("https://www.qinghe.example.gov.cn/zwgk/fzzfjsndbg/202603/t20260320_1001.html")));
        assertThat(trs.reportingYear()).hasValue(2025);
    }
}
