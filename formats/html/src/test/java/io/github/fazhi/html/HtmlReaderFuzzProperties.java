package io.github.fazhi.html;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Fuzzing the portal-page HTML reader (issue 17): the checked-in fixtures (written by real tools, see FIXTURES.md)
 * damaged at random, as bytes and as markup mutated as text; every input is read or
 * refused with the reader's own exception within the hang limit. 2,000 tries in the normal build;
 * {@code -Pfuzz} multiplies each try ({@link FuzzCampaign#factor()}) and writes the counts to
 * {@code target/fuzz/html.txt}.
 */
class HtmlReaderFuzzProperties extends ReaderFuzzing {

    private static final HtmlReportReader READER = HtmlReportReader.standard();
    private static final List<byte[]> SEEDS = Stream.of("trs-qingyuan-2025.html", "jcms-qingyuan-2025.html")
            .map(n -> resource(HtmlReaderFuzzProperties.class, n))
            .toList();

    private static final String MARKUP = "<>/=\"' &;#pdivspanscripttablebr依法行政（一）、。\n";

    HtmlReaderFuzzProperties() {
        super("html", SEEDS.size(), input -> READER.read(input, "fuzz.html"));
    }

    @Override
    protected Input input(int seed, Random random) {
        return Input.of(
                random.nextBoolean()
                        ? FuzzCampaign.mutate(SEEDS.get(seed), random)
                        : FuzzCampaign.mutateText(new String(SEEDS.get(seed), StandardCharsets.UTF_8), random, MARKUP)
                                .getBytes(StandardCharsets.UTF_8));
    }
}
