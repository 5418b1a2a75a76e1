package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.testing.TestJurisdiction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One auditor shared by many threads gives the audit it gives on one. */
class ConcurrentAuditTest {

    @Test
    void examiningOnManyThreadsInAnyOrderRollsUpToTheSameAudit(@TempDir Path dir) throws Exception {
        TestJurisdiction.Files files = TestJurisdiction.write(dir);
        Auditor auditor = Auditor.builder()
                .units(UnitList.read(files.unitsCsv()))
                .year(TestJurisdiction.YEAR)
                .build();
        String sequential = AuditJson.toJson(auditor.audit(List.of(files.reports())));

        List<Path> paths = new ArrayList<>(Auditor.reportFiles(List.of(files.reports())));
        Collections.reverse(paths);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReportSummary>> futures = new ArrayList<>();
            for (Path p : paths) {
                futures.add(pool.submit(() -> auditor.examine(p)));
            }
            List<ReportSummary> summaries = new ArrayList<>();
            for (Future<ReportSummary> f : futures) {
                summaries.add(f.get());
            }
            assertThat(AuditJson.toJson(auditor.rollUp(summaries))).isEqualTo(sequential);
        } finally {
            pool.shutdownNow();
        }
    }
}
