package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Found by the OFD fuzzing campaign (issue 17): a ZIP whose end-of-central-directory record gives a directory
 * offset near 2^31 made the content sniffer index past the array (an {@code ArrayIndexOutOfBoundsException}
 * out of {@link Readers#detect}, which every folder check calls) instead of telling the format.
 */
class DamagedZipDirectoryTest {

    @Test
    void aDirectoryOffsetNearTwoToTheThirtyFirstIsDamageNotACrash() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("OFD.xml"));
            z.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] zip = out.toByteArray();
        for (long offset : new long[] {0x7FFF_FFFFL, 0x7FFF_FFF0L, 0xE7DD_0A72L, 0xFFFF_FFFFL}) {
            byte[] b = zip.clone();
            int eocd = b.length - 22;
            assertThat(b[eocd]).isEqualTo((byte) 'P');
            for (int i = 0; i < 4; i++) {
                b[eocd + 16 + i] = (byte) (offset >>> (8 * i));
            }
            assertThat(Readers.detect(b)).as("offset %x", offset).isNotNull();
        }
    }
}
