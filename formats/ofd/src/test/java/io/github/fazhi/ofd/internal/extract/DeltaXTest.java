package io.github.fazhi.ofd.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.ofdrw.core.text.TextCode;

/** {@link DeltaX} reads a DeltaX as ofdrw's {@code getDeltaX} and {@code DeltaTool} do, or leaves it to them. */
class DeltaXTest {

    private static float[] plain(String attr) {
        TextCode code = new TextCode();
        code.addAttribute("DeltaX", attr);
        try {
            return OfdExtractor.deltaXPlain(code);
        } catch (RuntimeException e) {
            return null; // ofdrw refuses it: the fast path must leave it to ofdrw
        }
    }

    private static void same(String attr) {
        float[] fast = DeltaX.parse(attr);
        if (fast != null) {
            assertThat(fast).as("\"%s\"", attr).containsExactly(plain(attr));
        }
    }

    @Provide
    Arbitrary<String> deltas() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "g",
                        "0",
                        "-0",
                        "3.175",
                        "4.23",
                        "0.35",
                        "12.50",
                        ".5",
                        "5.",
                        "-.5",
                        ".",
                        "-",
                        "1.2.3",
                        "0.0000001",
                        "1234567",
                        "12345678",
                        "0.00000000001",
                        "007",
                        "gg",
                        "1e3",
                        "null",
                        ""),
                Arbitraries.floats().between(-100, 100).ofScale(4).map(f -> Float.toString(f)),
                Arbitraries.integers().between(0, 40).map(String::valueOf));
        return token.list().ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Property(tries = 3000)
    void theFastPathReadsWhatOfdrwReads(@ForAll("deltas") String attr) {
        same(attr);
    }

    @Test
    void examples() {
        assertThat(DeltaX.parse("g 3 4.23 1.5")).containsExactly(4.23f, 4.23f, 4.23f, 1.5f);
        assertThat(DeltaX.parse("1 2 3")).containsExactly(1f, 2f, 3f);
        assertThat(DeltaX.parse("1e3")).isNull();
        for (String s : new String[] {"g 3 4.23 1.5", "1 2  3", "g g 3 1", "g 3 g 2 1", "1 g", "g 3", "   "}) {
            assertThat(DeltaX.parse(s)).as(s).isNotNull();
            same(s);
        }
    }
}
