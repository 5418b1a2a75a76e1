package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.testing.TestJurisdiction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JurisdictionAuditTest {

    @TempDir
    static Path dir;

    static TestJurisdiction.Files files;
    static Audit audit;

    @BeforeAll
    static void audit() throws Exception {
        files = TestJurisdiction.write(dir);
        Auditor auditor = Auditor.builder()
                .units(UnitList.read(files.unitsCsv()))
                .year(TestJurisdiction.YEAR)
                .reportPages(dir.resolve("out"))
                .build();
        audit = auditor.audit(List.of(files.reports()));
        for (UnitResult u : audit.units()) {
            System.out.println(u.unit().name() + " " + u.status() + " "
                    + u.files().stream()
                            .map(f -> f.summary().file() + " " + f.summary().match() + " "
                                    + f.summary().firstResponsiblePerson().kind() + " "
                                    + f.summary().findings().size())
                            .toList());
        }
        System.out.println("unmatched " + audit.unmatched());
        System.out.println("ambiguous " + audit.ambiguous());
    }

    @Test
    void everyUnitHasTheStatusItsFilesCallFor() {
        for (var e : TestJurisdiction.EXPECTED.entrySet()) {
            assertThat(audit.unit(e.getKey()).orElseThrow().status())
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }
}
