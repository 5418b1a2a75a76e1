package io.github.fazhi.doc;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Fuzzing the Word 97-2003 .doc reader (issue 17): the checked-in fixtures (written by real tools, see FIXTURES.md)
 * damaged at random; every input is read or
 * refused with the reader's own exception within the hang limit. 2,000 tries in the normal build;
 * {@code -Pfuzz} multiplies each try ({@link FuzzCampaign#factor()}) and writes the counts to
 * {@code target/fuzz/doc.txt}.
 */
class DocReaderFuzzProperties extends ReaderFuzzing {

    private static final DocReportReader READER = DocReportReader.standard();
    private static final List<byte[]> SEEDS = Stream.of("qinghe-justice-2025.doc", "qingyuan-2025.doc", "furniture.doc")
            .map(n -> resource(DocReaderFuzzProperties.class, n))
            .toList();

    DocReaderFuzzProperties() {
        super("doc", SEEDS.size(), input -> READER.read(input, "fuzz.doc"));
    }

    @Override
    protected Input input(int seed, Random random) {
        return Input.of(FuzzCampaign.mutate(SEEDS.get(seed), random));
    }
}
