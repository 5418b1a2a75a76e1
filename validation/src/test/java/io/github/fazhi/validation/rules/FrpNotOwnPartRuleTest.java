package io.github.fazhi.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FrpNotOwnPartRuleTest {

    /** A local guideline that wants item 3 as a part of its own. */
    private static final ReportValidator STRICT = ReportValidator.builder()
            .profile(Profile.extending(Profile.national())
                    .name("own-part")
                    .enable("frp-not-own-part")
                    .build())
            .build();

    /** The clean report with its item-3 part moved under part 一 as sub-part （三）. */
    private static AnnualReport asSubPart() {
        AnnualReport clean = Samples.clean();
        Section frp = clean.sections(SectionKind.FIRST_RESPONSIBLE_PERSON).get(0);
        Section sub = Read.section(
                "（三）",
                2,
                3,
                "党政主要负责人履行推进法治建设第一责任人职责情况",
                SectionKind.FIRST_RESPONSIBLE_PERSON,
                List.of(),
                frp.paragraphs().get(0).text());
        return clean.withSections(clean.sections().stream()
                .filter(s -> s.kind() != SectionKind.FIRST_RESPONSIBLE_PERSON)
                .map(s -> s.kind() == SectionKind.MEASURES_AND_RESULTS
                        ? s.withSubsections(Stream.concat(s.subsections().stream(), Stream.of(sub))
                                .toList())
                        : s)
                .toList());
    }

    @Test
    void aPartOfItsOwnPassesEvenWhenTheRuleIsOn() {
        assertThat(STRICT.validate(Samples.clean()).findings("frp-not-own-part"))
                .isEmpty();
    }

    @Test
    void aSubPartIsAWarningWhereTheProfileTurnsTheRuleOnAndNothingInTheNationalProfile() {
        AnnualReport report = asSubPart();

        assertThat(Samples.NATIONAL.validate(report).findings("frp-not-own-part"))
                .isEmpty();
        assertThat(Samples.NATIONAL.validate(report).findings("part-missing"))
                .as("the sub-part satisfies item 3")
                .isEmpty();
        assertThat(STRICT.validate(report).findings("frp-not-own-part"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.elementId()).isEqualTo("s1.s3");
                    assertThat(f.message()).contains("小节");
                });
    }
}
