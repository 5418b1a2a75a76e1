package io.github.fazhi.pdf;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Fuzzing the PDF reader (issue 17): the checked-in fixtures (written by real tools, see FIXTURES.md)
 * damaged at random; every input is read or
 * refused with the reader's own exception within the hang limit. 2,000 tries in the normal build;
 * {@code -Pfuzz} multiplies each try ({@link FuzzCampaign#factor()}) and writes the counts to
 * {@code target/fuzz/pdf.txt}.
 */
class PdfReaderFuzzProperties extends ReaderFuzzing {

    private static final PdfReportReader READER = PdfReportReader.standard();
    private static final List<byte[]> SEEDS = Stream.of(
                    "qingyuan-2025.pdf", "cjk-identity-h-no-tounicode.pdf") // the two smaller fixtures
            .map(n -> resource(PdfReaderFuzzProperties.class, n))
            .toList();

    PdfReaderFuzzProperties() {
        super("pdf", SEEDS.size(), input -> READER.read(input, "fuzz.pdf"));
    }

    @Override
    protected Input input(int seed, Random random) {
        return Input.of(FuzzCampaign.mutate(SEEDS.get(seed), random));
    }
}
