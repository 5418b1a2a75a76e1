package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleGuanyuPairingRuleTest {

    private static AnnualReport titled(String title) {
        return Samples.clean().withTitle(Optional.of(Title.of(title)));
    }

    @Test
    void pairedTitlesPass() {
        assertThat(findings(Samples.clean(), "title-guanyu-pairing")).isEmpty();
        assertThat(findings(titled("清河区司法局关于2024年法治政府建设情况的报告"), "title-guanyu-pairing"))
                .isEmpty();
    }

    @Test
    void guanyuWithoutDeBaogaoIsAWarning() {
        assertThat(findings(titled("清河区司法局关于2024年法治政府建设情况报告"), "title-guanyu-pairing"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("用了“关于”");
                });
    }

    @Test
    void deBaogaoWithoutGuanyuIsAWarning() {
        assertThat(findings(titled("清河区司法局2024年法治政府建设情况的报告"), "title-guanyu-pairing"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("却没有“关于”"));
    }
}
