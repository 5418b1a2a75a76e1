package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifiedMarkingRuleTest {

    @Test
    void talkAboutSecretsIsNoMarking() {
        assertThat(findings(Samples.clean(), "classified-marking")).isEmpty();
        AnnualReport prose = Read.withPart(0, List.of(), "外事政策文件多为涉密事项，除涉密事项外依法公开。", "严格执行定密和保密期限管理规定。");
        assertThat(findings(prose, "classified-marking")).isEmpty();
    }

    @Test
    void aMarkingLineIsAnError() {
        AnnualReport clean = Samples.clean();
        List<HeaderLine> header = new ArrayList<>(clean.header());
        header.add(0, HeaderLine.of(HeaderLineKind.OTHER, "机密★1年"));
        AnnualReport report = new AnnualReport(
                clean.metadata(),
                header,
                clean.title(),
                clean.preamble(),
                clean.sections(),
                clean.signOff(),
                clean.trailing());

        assertThat(findings(report, "classified-marking")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("h1");
            assertThat(f.detail()).containsEntry("found", "机密★1年");
        });
    }

    @Test
    void aSecrecyPeriodIsAnError() {
        AnnualReport report = Read.withPart(0, List.of(), "保密期限：10年");

        assertThat(findings(report, "classified-marking")).hasSize(1);
    }
}
