package io.github.fazhi.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With fazhi-html on the class path, Readers reads saved pages by their content. */
class HtmlReadersTest {

    @TempDir
    Path dir;

    @Test
    void readersReadSavedPagesWhateverTheirName() throws IOException {
        assertThat(Readers.formats()).contains("html");
        for (String page : new String[] {"trs-qingyuan-2025.html", "jcms-qingyuan-2025.html"}) {
            Path saved = Files.write(dir.resolve(page.replace(".html", ".txt")), HtmlFixtures.bytes(page));
            assertThat(Readers.detect(saved)).isEqualTo(DocumentFormat.HTML);
            assertThat(Readers.forFile(saved).formatId()).isEqualTo("html");
            assertThat(Readers.read(saved).reportingYear()).hasValue(2025);
        }
    }
}
