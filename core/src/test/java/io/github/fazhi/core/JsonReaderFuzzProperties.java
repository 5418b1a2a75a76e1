package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing the JSON reader (issue 17): fazhi's own JSON of generated reports, mutated as text (JSON's
 * punctuation, digits, keywords) and as bytes; every input is read or refused with the reader's own
 * exception within the hang limit, and what is read writes back to JSON that reads again to the same
 * report. Counts in {@code target/fuzz/json.txt}.
 */
class JsonReaderFuzzProperties {

    private static final FuzzCampaign CAMPAIGN = new FuzzCampaign("json");
    private static final String ALPHABET = "{}[]\",:.-+eE0123456789 \n\\truefalsn依法行政\uFEFF\u0000";
    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        ReportGenerator generator = new ReportGenerator(17);
        for (int i = 0; i < 3; i++) {
            out.add(ReportJson.write(generator.generate(i)));
        }
        out.add("{\"schemaVersion\":\"1.0\",\"sections\":[]}");
        return out;
    }

    @Provide
    Arbitrary<String> seed() {
        return Arbitraries.of(SEEDS);
    }

    @Property(tries = 2000)
    void everyInputIsReadOrRefusedWithoutHang(@ForAll("seed") String seed, @ForAll long salt) {
        Random random = new Random(salt);
        for (int i = 0; i < FuzzCampaign.factor(); i++) {
            byte[] input = random.nextInt(4) == 0
                    ? FuzzCampaign.mutate(seed.getBytes(StandardCharsets.UTF_8), random)
                    : FuzzCampaign.mutateText(seed, random, ALPHABET).getBytes(StandardCharsets.UTF_8);
            FuzzCampaign.Outcome outcome = CAMPAIGN.attempt(
                    input,
                    b -> {
                        AnnualReport report = ReportJson.read(b, "fuzz.json");
                        if (!ReportJson.read(ReportJson.write(report), "again.json")
                                .equals(report)) {
                            throw new AssertionError("read, written and read again, the report changed");
                        }
                        return report;
                    },
                    "");
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
