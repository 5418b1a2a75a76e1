package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.review.testing.TestJurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Matching a report to its unit by the issuer it names. */
class MatchingTest {

    private static final Auditor AUDITOR = Auditor.builder()
            .units(UnitList.of(List.of(
                    Unit.of("清河市清河区司法局").withAliases("区司法局"),
                    Unit.of("清河市河东区司法局"),
                    Unit.of("清河市清河区人民政府").withAliases("区政府"),
                    Unit.of("清河市清河区人民政府外事办公室").withAliases("区外事办"),
                    Unit.of("清河市清河区清源街道办事处"),
                    Unit.of("清河市清河区市场监督管理局"))))
            .build();

    private static UnitMatch match(String issuer) {
        AnnualReport report = TestJurisdiction.report(
                issuer, SubjectType.GOVERNMENT_DEPARTMENT, 2025, LocalDate.of(2026, 1, 20), v -> {});
        return AUDITOR.examine(report, issuer + ".txt", Optional.of("text")).match();
    }

    @Test
    void theFullNameMatchesWhateverTheWidthSpacesAndPunctuation() {
        assertThat(match("清河市清河区司法局").method()).contains(MatchMethod.NAME);
        assertThat(match("清河市 清河区司法局").unit()).contains("清河市清河区司法局");
        assertThat(match("清河市清河区人民政府").method()).contains(MatchMethod.NAME);
        // 人民政府 and 政府, 街道办事处 and 街道, 市场监督管理局 and 市场监管局 are the same organ
        assertThat(match("清河市清河区政府").method()).contains(MatchMethod.NAME);
        assertThat(match("清河市清河区清源街道").unit()).contains("清河市清河区清源街道办事处");
        assertThat(match("清河市清河区市场监管局").unit()).contains("清河市清河区市场监督管理局");
    }

    @Test
    void anAliasMatchesAndSaysSo() {
        UnitMatch m = match("区外事办");
        assertThat(m.unit()).contains("清河市清河区人民政府外事办公室");
        assertThat(m.method()).contains(MatchMethod.ALIAS);
        assertThat(m.issuer()).contains("区外事办");
    }

    @Test
    void aShortFormWithoutTheHigherPlacesMatchesWhenOnlyOneUnitFits() {
        assertThat(match("清河区司法局").unit()).contains("清河市清河区司法局");
        assertThat(match("清河区司法局").method()).contains(MatchMethod.SHORT_NAME);
        assertThat(match("清河区人民政府外事办公室").unit()).contains("清河市清河区人民政府外事办公室");
    }

    @Test
    void aShortFormThatFitsSeveralUnitsIsAmbiguous() {
        UnitMatch m = match("司法局");
        assertThat(m.isMatched()).isFalse();
        assertThat(m.isAmbiguous()).isTrue();
        assertThat(m.candidates()).containsExactlyInAnyOrder("清河市清河区司法局", "清河市河东区司法局");
    }

    @Test
    void anotherDistrictsOrganIsNotTheUnitWhoseAliasItEndsWith() {
        Auditor auditor = Auditor.builder()
                .units(UnitList.of(List.of(Unit.of("清河市清河区司法局").withAliases("区司法局"))))
                .build();
        AnnualReport report = TestJurisdiction.report(
                "清河市河东区司法局", SubjectType.GOVERNMENT_DEPARTMENT, 2025, LocalDate.of(2026, 1, 20), v -> {});
        assertThat(auditor.examine(report, "x.txt", Optional.empty()).match()).isEqualTo(UnitMatch.NONE);
    }

    @Test
    void aUnitListedByItsShortFormMatchesTheFullNameWithTheHigherPlaces() {
        Auditor auditor =
                Auditor.builder().units(UnitList.ofNames(List.of("清河区司法局"))).build();
        AnnualReport report = TestJurisdiction.report(
                "清河市清河区司法局", SubjectType.GOVERNMENT_DEPARTMENT, 2025, LocalDate.of(2026, 1, 20), v -> {});
        assertThat(auditor.examine(report, "x.txt", Optional.empty()).match().unit())
                .contains("清河区司法局");
    }

    @Test
    void aJointReportBelongsToTheOneListedUnitAmongItsIssuers() {
        AnnualReport joint = TestJurisdiction.report(
                "中共清河市清河区委员会、清河市清河区人民政府",
                SubjectType.PARTY_AND_GOVERNMENT_JOINT,
                2025,
                LocalDate.of(2026, 1, 20),
                v -> {});
        assertThat(AUDITOR.examine(joint, "joint.txt", Optional.empty()).match().unit())
                .contains("清河市清河区人民政府");
        Auditor both = Auditor.builder()
                .units(UnitList.ofNames(List.of("中共清河市清河区委员会", "清河市清河区人民政府")))
                .build();
        assertThat(both.examine(joint, "joint.txt", Optional.empty()).match().candidates())
                .containsExactly("中共清河市清河区委员会", "清河市清河区人民政府");
        Auditor asOne = Auditor.builder()
                .units(UnitList.ofNames(List.of("中共清河市清河区委 清河市清河区人民政府", "清河市清河区人民政府外事办公室")))
                .build();
        assertThat(asOne.examine(joint, "joint.txt", Optional.empty()).match().method())
                .contains(MatchMethod.NAME);
    }

    @Test
    void aReadableReportIsNeverMatchedByItsFileName() {
        AnnualReport report = TestJurisdiction.report(
                "清河市湖滨区教育局", SubjectType.GOVERNMENT_DEPARTMENT, 2025, LocalDate.of(2026, 1, 20), v -> {});
        assertThat(AUDITOR.examine(report, "清河市清河区司法局.txt", Optional.empty())
                        .match()
                        .isMatched())
                .isFalse();
    }
}
