package io.github.fazhi.ofd;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Fuzzing the OFD reader (issue 17): the checked-in fixtures (written by real tools, see FIXTURES.md)
 * damaged at random, as bytes and with one XML part mutated as text and zipped again; every input is read or
 * refused with the reader's own exception within the hang limit. 2,000 tries in the normal build;
 * {@code -Pfuzz} multiplies each try ({@link FuzzCampaign#factor()}) and writes the counts to
 * {@code target/fuzz/ofd.txt}.
 */
class OfdReaderFuzzProperties extends ReaderFuzzing {

    private static final OfdReportReader READER = OfdReportReader.standard();
    private static final List<byte[]> SEEDS = Stream.of("qinghe-justice-2025.ofd", "qingyuan-2025.ofd")
            .map(n -> resource(OfdReaderFuzzProperties.class, n))
            .toList();
    private static final List<Map<String, byte[]>> ENTRIES =
            SEEDS.stream().map(FuzzCampaign::unzip).toList();

    OfdReaderFuzzProperties() {
        super("ofd", SEEDS.size(), input -> READER.read(input, "fuzz.ofd"));
    }

    @Override
    protected Input input(int seed, Random random) {
        return Input.of(
                random.nextBoolean()
                        ? FuzzCampaign.mutate(SEEDS.get(seed), random)
                        : FuzzCampaign.mutateXmlEntry(ENTRIES.get(seed), random));
    }
}
