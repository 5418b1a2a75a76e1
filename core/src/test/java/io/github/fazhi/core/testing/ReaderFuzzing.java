package io.github.fazhi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzz property every reader's {@code *FuzzProperties} class shares (issue 17): 2,000 jqwik tries, each
 * picking one of the reader's seeds and a salt, and standing for {@link FuzzCampaign#factor()} inputs made from
 * that seed with the salt's random numbers; every input must be read or refused with the reader's own
 * exception within the hang limit, and, when the input says which text it holds, read without losing it. A
 * subclass says only what is its own: its name (the campaign's, {@code target/fuzz/<name>.txt}), its seeds, how
 * an input is made from one, and its reader.
 */
public abstract class ReaderFuzzing {

    /** The jqwik tries of the normal build. */
    public static final int TRIES = 2000;

    private static final Map<Class<?>, FuzzCampaign> CAMPAIGNS = new ConcurrentHashMap<>();

    /**
     * One input: its bytes, and the text a read must keep (empty when the input is not known to hold any).
     *
     * @param bytes the input
     * @param expected the text a read must keep, or empty
     */
    public record Input(byte[] bytes, String expected) {

        /** An input with no text a read must keep. */
        public static Input of(byte[] bytes) {
            return new Input(bytes, "");
        }
    }

    private final String name;
    private final int seeds;
    private final FuzzCampaign.Read reader;

    /**
     * The property for the reader named {@code name} (the campaign's: {@code text}, {@code docx}, …), whose
     * inputs are made from {@code seeds} seeds ({@link #input} gets one of {@code 0 … seeds - 1}) and read by
     * {@code reader}.
     */
    protected ReaderFuzzing(String name, int seeds, FuzzCampaign.Read reader) {
        if (seeds < 1) {
            throw new IllegalArgumentException("no seeds for " + name);
        }
        this.name = name;
        this.seeds = seeds;
        this.reader = reader;
    }

    /** An input made from seed number {@code seed} with {@code random}'s numbers. */
    protected abstract Input input(int seed, Random random);

    private FuzzCampaign campaign() {
        return CAMPAIGNS.computeIfAbsent(getClass(), c -> new FuzzCampaign(name));
    }

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, seeds - 1);
    }

    @Property(tries = TRIES)
    void everyInputIsReadOrRefusedWithoutHangOrLoss(@ForAll("seed") int seed, @ForAll long salt) {
        FuzzCampaign campaign = campaign();
        Random random = new Random(salt);
        for (int i = 0; i < FuzzCampaign.factor(); i++) {
            Input input = input(seed, random);
            FuzzCampaign.Outcome outcome = campaign.attempt(input.bytes(), reader, input.expected());
            assertThat(outcome)
                    .as(campaign.samples().toString())
                    .isIn(FuzzCampaign.Outcome.READ, FuzzCampaign.Outcome.REFUSED);
        }
    }

    /** Writes the report of the campaign that ran in this container; the containers run one after another. */
    @AfterContainer
    static void writeReports() {
        for (Class<?> c : List.copyOf(CAMPAIGNS.keySet())) {
            CAMPAIGNS.remove(c).writeReport();
        }
    }

    /** The test resource {@code name} next to {@code owner}. */
    protected static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
