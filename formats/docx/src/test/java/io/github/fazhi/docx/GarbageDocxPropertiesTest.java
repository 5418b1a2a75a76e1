package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.ReportReadException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, the reader gives a report or a {@link ReportReadException}; nothing else escapes. */
class GarbageDocxPropertiesTest {

    private static final byte[] VALID = DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice());

    @Provide
    Arbitrary<byte[]> damagedDocx() {
        // a real DOCX with a few bytes overwritten or the tail cut off
        Arbitrary<List<int[]>> edits = Arbitraries.integers()
                .between(0, VALID.length - 1)
                .flatMap(at -> Arbitraries.integers().between(0, 255).map(v -> new int[] {at, v}))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
        Arbitrary<Integer> cut = Arbitraries.integers().between(1, VALID.length);
        return net.jqwik.api.Combinators.combine(edits, cut, Arbitraries.of(true, false))
                .as((es, length, truncate) -> {
                    byte[] b = VALID.clone();
                    for (int[] e : es) {
                        b[e[0]] = (byte) e[1];
                    }
                    return truncate ? java.util.Arrays.copyOf(b, length) : b;
                });
    }

    @Property(tries = 200)
    void damagedDocxReadsOrFailsWithTheReadersOwnException(@ForAll("damagedDocx") byte[] bytes) {
        assertReadsOrFailsCleanly(bytes);
    }

    @Property(tries = 200)
    void arbitraryBytesReadOrFailWithTheReadersOwnException(@ForAll byte[] bytes) {
        assertReadsOrFailsCleanly(bytes);
    }

    private static void assertReadsOrFailsCleanly(byte[] bytes) {
        try {
            assertThat(DocxReportReader.standard().read(bytes, "damaged.docx")).isNotNull();
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("damaged.docx: ");
        }
    }
}
