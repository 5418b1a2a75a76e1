package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.SectionKind;
import io.github.fazhi.review.testing.TestJurisdiction;
import io.github.fazhi.validation.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test jurisdiction reviewed through the library API: statuses, matching, item 3, deadlines, totals. */
class JurisdictionAuditTest {

    /** Kept under target/ so that a person can open the outputs after the build. */
    static final Path DIR = Path.of("target", "jurisdiction");

    static TestJurisdiction.Files files;
    static Audit audit;

    @BeforeAll
    static void audit() throws Exception {
        TestFiles.deleteTree(DIR);
        files = TestJurisdiction.write(DIR);
        Auditor auditor = Auditor.builder()
                .units(UnitList.read(files.unitsCsv()))
                .year(TestJurisdiction.YEAR)
                .reportPages(DIR.resolve("out"))
                .build();
        audit = auditor.audit(List.of(files.reports()));
        audit.writeTo(DIR.resolve("out"));
    }

    static UnitResult unit(String name) {
        return audit.unit(name).orElseThrow();
    }

    @Test
    void everyUnitHasTheStatusItsFilesCallFor() {
        assertThat(audit.units())
                .extracting(u -> u.unit().name())
                .containsExactlyElementsOf(TestJurisdiction.EXPECTED.keySet());
        for (var e : TestJurisdiction.EXPECTED.entrySet()) {
            assertThat(unit(e.getKey()).status()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void reportsAreMatchedByTheirIssuerNotTheirFileName() {
        assertThat(method(TestJurisdiction.JUSTICE)).isEqualTo(MatchMethod.NAME);
        assertThat(method(TestJurisdiction.FOREIGN_AFFAIRS)).isEqualTo(MatchMethod.ALIAS);
        assertThat(unit(TestJurisdiction.FOREIGN_AFFAIRS)
                        .primary()
                        .orElseThrow()
                        .match()
                        .issuer())
                .contains(TestJurisdiction.FOREIGN_AFFAIRS_ALIAS);
        assertThat(method(TestJurisdiction.HOUSING)).isEqualTo(MatchMethod.SHORT_NAME);
        // the unreadable file has nothing but its name to go on, and says so
        SubmittedFile transport = unit(TestJurisdiction.TRANSPORT).files().get(0);
        assertThat(transport.summary().match().method()).contains(MatchMethod.FILE_NAME);
        assertThat(transport.summary().readError())
                .hasValueSatisfying(e -> assertThat(e).contains("清河区交通运输局2025年法治政府建设年度报告.docx"));
        assertThat(transport.status()).isEqualTo(AuditStatus.UNREADABLE);
    }

    private static MatchMethod method(String unit) {
        return unit(unit).primary().orElseThrow().match().method().orElseThrow();
    }

    @Test
    void aReportOfAUnitNotOnTheListIsListedAndAttributedToNobody() {
        assertThat(audit.unmatched()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith(TestJurisdiction.UNMATCHED_FILE);
            assertThat(f.issuers()).contains("清河市河东区司法局");
            assertThat(f.match().isMatched()).isFalse();
        });
        // the list gives 区司法局 as an alias of 清河区司法局; 河东区司法局 ends with it and still is not it
        assertThat(unit(TestJurisdiction.JUSTICE).files())
                .singleElement()
                .satisfies(f -> assertThat(f.summary().file()).endsWith("司法局.docx"));
    }

    @Test
    void aReportWhoseTitleAndSignOffNameDifferentUnitsIsReportedNotGuessed() {
        assertThat(audit.ambiguous()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith(TestJurisdiction.AMBIGUOUS_FILE);
            assertThat(f.match().candidates())
                    .containsExactlyInAnyOrder(TestJurisdiction.JUSTICE, TestJurisdiction.FINANCE);
        });
        assertThat(unit(TestJurisdiction.FINANCE).files()).hasSize(1);
    }

    @Test
    void aDuplicateListsBothFilesAndCountsTheLaterOne() {
        UnitResult u = unit(TestJurisdiction.EMERGENCY);
        assertThat(u.files()).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(AuditStatus.DUPLICATE));
        assertThat(u.primary().orElseThrow().file()).endsWith("应急管理局（修改稿）.docx");
        assertThat(u.dateOfIssue()).contains(LocalDate.of(2026, 2, 5));
    }

    @Test
    void aReportOfAnotherYearIsWrongYearWithoutDeadlines() {
        UnitResult u = unit(TestJurisdiction.NATURAL_RESOURCES);
        assertThat(u.primary().orElseThrow().reportingYear()).hasValue(2024);
        assertThat(u.submission()).isEmpty();
        assertThat(u.files())
                .singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(AuditStatus.WRONG_YEAR));
    }

    @Test
    void missingPartsAndTheFirstResponsiblePersonVerdictComeFromTheFindings() {
        assertThat(unit(TestJurisdiction.MARKET).missingParts()).containsExactly(SectionKind.SHORTCOMINGS_AND_CAUSES);
        assertThat(unit(TestJurisdiction.STREET).missingParts()).containsExactly(SectionKind.FIRST_RESPONSIBLE_PERSON);
        assertThat(unit(TestJurisdiction.STREET).firstResponsiblePerson().kind())
                .isEqualTo(FirstResponsiblePersonVerdict.Kind.MISSING);
        assertThat(unit(TestJurisdiction.HEALTH).firstResponsiblePerson().kind())
                .isEqualTo(FirstResponsiblePersonVerdict.Kind.HOLLOW);
        assertThat(unit(TestJurisdiction.HEALTH).firstResponsiblePerson().ruleIds())
                .contains("frp-duty-coverage");
        assertThat(unit(TestJurisdiction.GOVERNMENT).firstResponsiblePerson().kind())
                .isEqualTo(FirstResponsiblePersonVerdict.Kind.SUB_PART);
        assertThat(unit(TestJurisdiction.JUSTICE).firstResponsiblePerson().kind())
                .isEqualTo(FirstResponsiblePersonVerdict.Kind.OWN_PART);
        assertThat(unit(TestJurisdiction.CIVIL_AFFAIRS).firstResponsiblePerson().kind())
                .isEqualTo(FirstResponsiblePersonVerdict.Kind.NOT_READ);
    }

    @Test
    void datesAreCheckedAgainstTheDeadlinesOfTheProfile() {
        UnitResult street = unit(TestJurisdiction.STREET);
        assertThat(street.submission().orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(street.submission().orElseThrow().daysLate()).isEqualTo(9);
        assertThat(street.publicationDate()).contains(LocalDate.of(2026, 4, 15));
        assertThat(street.publication().orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(street.publication().orElseThrow().daysLate()).isEqualTo(14);
        UnitResult education = unit(TestJurisdiction.EDUCATION);
        assertThat(education.publication().orElseThrow().timeliness()).isEqualTo(DeadlineCheck.Timeliness.ON_TIME);
        assertThat(unit(TestJurisdiction.JUSTICE).publication().orElseThrow().timeliness())
                .isEqualTo(DeadlineCheck.Timeliness.NO_DATE);
        assertThat(unit(TestJurisdiction.CIVIL_AFFAIRS).submission()).isEmpty();
    }

    @Test
    void totalsAddUpToTheUnits() {
        AuditTotals t = audit.totals();
        assertThat(t.units()).isEqualTo(13);
        assertThat(t.byStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(13);
        for (AuditStatus s : AuditStatus.values()) {
            assertThat(t.count(s)).as(s.id()).isEqualTo(audit.units(s).size());
        }
        assertThat(t.files()).isEqualTo(15);
        assertThat(t.reported()).isEqualTo(12);
        assertThat(t.unreadableFiles()).isEqualTo(1);
        assertThat(t.unmatchedFiles()).isEqualTo(1);
        assertThat(t.ambiguousFiles()).isEqualTo(1);
        assertThat(t.lateSubmissions()).isEqualTo(1);
        assertThat(t.latePublications()).isEqualTo(1);
        assertThat(t.errors())
                .isEqualTo(audit.units().stream()
                        .mapToInt(u -> u.count(Severity.ERROR))
                        .sum())
                .isEqualTo(3);
    }

    @Test
    void theMostFrequentRulesAreCountedOverEveryReadableFile() {
        assertThat(audit.rules())
                .isSortedAccordingTo(
                        java.util.Comparator.comparingInt(RuleCount::findings).reversed());
        RuleCount partMissing = audit.rules().stream()
                .filter(r -> r.ruleId().equals("part-missing"))
                .findFirst()
                .orElseThrow();
        assertThat(partMissing.findings()).isEqualTo(2);
        assertThat(partMissing.files()).isEqualTo(2);
        assertThat(partMissing.severity()).isEqualTo(Severity.ERROR);
        assertThat(partMissing.description()).contains("必备内容");
        int all = audit.files().stream().mapToInt(f -> f.findings().size()).sum();
        assertThat(audit.rules().stream().mapToInt(RuleCount::findings).sum()).isEqualTo(all);
    }

    @Test
    void eachReadableReportHasItsPageWithItsFindingsMarked() throws Exception {
        for (ReportSummary f : audit.files()) {
            if (!f.isReadable()) {
                assertThat(f.page()).isEmpty();
                continue;
            }
            Path page = DIR.resolve("out").resolve(f.page().orElseThrow());
            String html = java.nio.file.Files.readString(page);
            assertThat(html).contains("../audit.html");
            for (var finding : f.findings()) {
                assertThat(html).contains(finding.ruleId());
            }
        }
    }
}
