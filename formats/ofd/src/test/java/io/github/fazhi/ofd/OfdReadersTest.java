package io.github.fazhi.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With fazhi-ofd on the class path, Readers reads OFD by its content. */
class OfdReadersTest {

    @TempDir
    Path dir;

    @Test
    void readersReadOfdByContentWhateverItsName() throws IOException {
        assertThat(Readers.formats()).contains("ofd");
        Path ofd = Files.write(dir.resolve("报告.zip"), OfdFixtures.bytes("qinghe-justice-2025.ofd"));
        assertThat(Readers.forFile(ofd).formatId()).isEqualTo("ofd");
        AnnualReport report = Readers.read(ofd);
        assertThat(report.issuer()).contains("清河市清河区司法局");
        assertThat(report.hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON)).isTrue();
        assertThat(report.sections().get(0).span())
                .hasValueSatisfying(s -> assertThat(s.page()).isEqualTo(1));
    }
}
