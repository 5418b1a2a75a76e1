package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrpDutyCoverageRuleTest {

    /** Names the leader, covers only G6 (学法). */
    private static AnnualReport narrow() {
        return Read.withPart(2, List.of(), "局主要负责人带头学法，参加培训2次。");
    }

    @Test
    void contentCoveringThreeThemesPasses() {
        assertThat(findings(Samples.clean(), "frp-duty-coverage")).isEmpty();
    }

    @Test
    void contentCoveringOneThemeIsAWarningListingFoundAndMissing() {
        List<Finding> found = findings(narrow(), "frp-duty-coverage");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s3");
            assertThat(f.message())
                    .contains("1项")
                    .contains("少于3项")
                    .contains("G6")
                    .contains("G1");
            assertThat(f.detail()).containsEntry("found", List.of("G6"));
            assertThat(f.detail()).containsEntry("missing", List.of("G1", "G2", "G3", "G4", "G5", "X1"));
            assertThat(f.detail()).containsEntry("themeList", "government").containsEntry("min", 3);
        });
    }

    @Test
    void theMinimumIsAProfileParameter() {
        ReportValidator lenient = ReportValidator.builder()
                .profile(
                        Profile.extending(Profile.national()).minDutyCoverage(1).build())
                .build();
        ReportValidator strict = ReportValidator.builder()
                .profile(
                        Profile.extending(Profile.national()).minDutyCoverage(5).build())
                .build();

        assertThat(lenient.validate(narrow()).findings("frp-duty-coverage")).isEmpty();
        assertThat(strict.validate(Samples.clean()).findings("frp-duty-coverage"))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("min", 5));
    }

    @Test
    void aPartyCommitteeIsCheckedAgainstThePartyList() {
        AnnualReport party = narrow();
        party = party.withMetadata(party.metadata().toBuilder()
                .subjectType(SubjectType.PARTY_COMMITTEE)
                .build());

        assertThat(findings(party, "frp-duty-coverage")).singleElement().satisfies(f -> {
            assertThat(f.detail()).containsEntry("themeList", "party");
            assertThat(f.detail().get("missing").toString()).contains("P1");
        });
    }

    @Test
    void theThemesAreNamedInEnglishForAnEnglishValidator() {
        ReportValidator english =
                ReportValidator.builder().locale(Locale.ENGLISH).build();

        assertThat(english.validate(narrow()).findings("frp-duty-coverage"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).contains("covers 1 duty themes").contains("Not covered"));
        assertThat(ReportMetadata.EMPTY.issuers()).isEmpty();
    }
}
