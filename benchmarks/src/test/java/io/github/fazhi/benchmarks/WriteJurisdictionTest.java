package io.github.fazhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.Audit;
import io.github.fazhi.review.AuditStatus;
import io.github.fazhi.review.Auditor;
import io.github.fazhi.review.MatchMethod;
import io.github.fazhi.review.UnitList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale run's jurisdiction is what it claims: every unit sent one report, and every report is found. */
class WriteJurisdictionTest {

    @Test
    void everyReportIsMatchedToItsOwnUnit(@TempDir Path dir) throws Exception {
        WriteJurisdiction.write(dir, 30, 1);
        UnitList units = UnitList.read(dir.resolve("units.txt"));
        assertThat(units.size()).isEqualTo(30);
        try (var files = Files.list(dir.resolve("reports"))) {
            assertThat(files.count()).isEqualTo(30);
        }
        Audit audit = Auditor.builder().units(units).build().audit(List.of(dir.resolve("reports")));
        assertThat(audit.unmatched()).isEmpty();
        assertThat(audit.ambiguous()).isEmpty();
        assertThat(audit.units(AuditStatus.MISSING)).isEmpty();
        assertThat(audit.units(AuditStatus.DUPLICATE)).isEmpty();
        assertThat(audit.units()).allSatisfy(u -> assertThat(u.files()).hasSize(1));
        assertThat(audit.units().stream()
                        .filter(u -> u.primary().orElseThrow().match().method().orElseThrow() == MatchMethod.SHORT_NAME)
                        .count())
                .isEqualTo(10);
        assertThat(audit.files().stream()
                        .filter(f -> f.format().orElse("").equals("docx"))
                        .count())
                .isEqualTo(3);
    }

    @Test
    void unitNamesAreDistinct() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < 9600; i++) {
            assertThat(names.add(WriteJurisdiction.shortName(i)))
                    .as("unit %d", i)
                    .isTrue();
        }
    }
}
