package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import org.junit.jupiter.api.Test;

class OtherPartAbsentRuleTest {

    @Test
    void aReportWithItemFivePasses() {
        assertThat(findings(Samples.clean(), "other-part-absent")).isEmpty();
    }

    @Test
    void withoutItemFiveThereIsANoteWhereTheProfileAsksForIt() {
        AnnualReport clean = Samples.clean();
        AnnualReport report = clean.withSections(clean.sections().stream()
                .filter(s -> s.kind() != SectionKind.OTHER)
                .toList());

        assertThat(findings(report, "other-part-absent"))
                .as("item 5 is optional: the national profile does not check it")
                .isEmpty();
        io.github.fazhi.validation.ReportValidator wantsItemFive = io.github.fazhi.validation.ReportValidator.builder()
                .profile(io.github.fazhi.validation.Profile.extending(io.github.fazhi.validation.Profile.national())
                        .enable("other-part-absent")
                        .build())
                .build();
        assertThat(wantsItemFive.validate(report).findings("other-part-absent"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.elementId()).isEqualTo(Finding.REPORT);
                });
    }
}
