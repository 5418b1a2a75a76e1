package io.github.fazhi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.FuzzCampaign;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing the PDF reader (issue 17): the checked-in fixtures (written by real tools, see FIXTURES.md)
 * damaged at random; every input is read or
 * refused with the reader's own exception within the hang limit. 2,000 tries in the normal build;
 * {@code -Pfuzz} multiplies each try ({@link FuzzCampaign#factor()}) and writes the counts to
 * {@code target/fuzz/pdf.txt}.
 */
class PdfReaderFuzzProperties {

    private static final FuzzCampaign CAMPAIGN = new FuzzCampaign("pdf");
    private static final PdfReportReader READER = PdfReportReader.standard();
    private static final List<byte[]> SEEDS = Stream.of(
                    "qingyuan-2025.pdf", "cjk-identity-h-no-tounicode.pdf") // the two smaller fixtures
            .map(PdfReaderFuzzProperties::resource)
            .toList();

    private static byte[] resource(String name) {
        try (InputStream in = PdfReaderFuzzProperties.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Property(tries = 2000)
    void everyInputIsReadOrRefusedWithoutHang(@ForAll("seed") int seed, @ForAll long salt) {
        Random random = new Random(salt);
        for (int i = 0; i < FuzzCampaign.factor(); i++) {
            byte[] input = FuzzCampaign.mutate(SEEDS.get(seed), random);
            FuzzCampaign.Outcome outcome = CAMPAIGN.attempt(input, b -> READER.read(b, "fuzz.pdf"), "");
            assertThat(outcome)
                    .as(CAMPAIGN.samples().toString())
                    .isIn(FuzzCampaign.Outcome.READ, FuzzCampaign.Outcome.REFUSED);
        }
    }

    @AfterContainer
    static void writeReport() {
        CAMPAIGN.writeReport();
    }
}
