package io.github.fazhi.core;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import io.github.fazhi.core.testing.ReportGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fuzzing the JSON reader (issue 17): fazhi's own JSON of generated reports, mutated as text (JSON's
 * punctuation, digits, keywords) and as bytes; every input is read or refused with the reader's own
 * exception within the hang limit, and what is read writes back to JSON that reads again to the same
 * report. Counts in {@code target/fuzz/json.txt}.
 */
class JsonReaderFuzzProperties extends ReaderFuzzing {

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

    JsonReaderFuzzProperties() {
        super("json", SEEDS.size(), JsonReaderFuzzProperties::readTwice);
    }

    @Override
    protected Input input(int seed, Random random) {
        String text = SEEDS.get(seed);
        return Input.of(
                random.nextInt(4) == 0
                        ? FuzzCampaign.mutate(text.getBytes(StandardCharsets.UTF_8), random)
                        : FuzzCampaign.mutateText(text, random, ALPHABET).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the input; a report read, written and read again must not change. */
    private static AnnualReport readTwice(byte[] input) {
        AnnualReport report = ReportJson.read(input, "fuzz.json");
        if (!ReportJson.read(ReportJson.write(report), "again.json").equals(report)) {
            throw new AssertionError("read, written and read again, the report changed");
        }
        return report;
    }
}
