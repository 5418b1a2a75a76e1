package io.github.fazhi.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.testing.Fixtures;
import io.github.fazhi.core.testing.ReportShape;
import io.github.fazhi.core.testing.SameReport;
import io.github.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report laid out as OFD with ofdrw reads into the same structure (issuer, title, year, part kinds,
 * headings, sub-section counts) and the same model, and gives the same findings, as the same report's text.
 */
class OfdReadsLikeTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId() + " " + f.message())
                .toList();
    }

    private static void readsLikeItsText(byte[] ofd, String name, String textFixture) {
        AnnualReport fromText = PlainTextReader.standard().read(Fixtures.text(textFixture), textFixture);
        AnnualReport fromOfd = OfdReportReader.standard().read(ofd, name);
        assertThat(ReportShape.of(fromOfd)).as(name).isEqualTo(ReportShape.of(fromText));
        assertThat(findings(fromOfd)).as(name).isEqualTo(findings(fromText));
        assertThat(SameReport.comparable(fromOfd)).as(name).isEqualTo(SameReport.comparable(fromText));
        assertThat(SameReport.furniture(fromOfd))
                .containsExactlyElementsOf(OfdReportReader.standard().extract(ofd, name).lines().stream()
                        .filter(l -> !l.hints().inBody())
                        .map(SourceLine::text)
                        .toList());
    }

    @Test
    void theCheckedInOfdsReadLikeTheirText() {
        for (String name : new String[] {"qingyuan-2025", "qinghe-justice-2025"}) {
            readsLikeItsText(OfdFixtures.bytes(name + ".ofd"), name + ".ofd", name + ".txt");
        }
    }

    @Test
    void anOfdLaidOutNowReadsLikeItsText() throws IOException {
        for (String name : new String[] {"qingyuan-2025", "qinghe-justice-2025"}) {
            readsLikeItsText(OfdFixtures.layOut(Fixtures.text(name + ".txt")), name + ".ofd", name + ".txt");
        }
    }
}
