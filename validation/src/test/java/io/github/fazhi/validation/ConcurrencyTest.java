package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int THREADS = 16;

    /** Sixteen different reports, each with its own findings. */
    private static List<AnnualReport> reports() {
        List<AnnualReport> out = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            AnnualReport r =
                    Samples.editParagraphs(Samples.clean(), t -> n % 2 == 0 ? t + "XX" + n : t.replace("一是", "二是"));
            if (n % 3 == 0) {
                r = r.withTitle(Optional.of(Title.of("清河区司法局" + (2020 + n) + "年法治政府建设情况")));
            }
            if (n % 4 == 0) {
                r = r.withSignOff(Optional.of(io.github.fazhi.core.SignOff.of(
                        List.of(Samples.ISSUER), LocalDate.of(2025, 1 + n % 12, 1 + n))));
            }
            out.add(r);
        }
        return out;
    }

    @Test
    void oneValidatorOnSixteenThreadsFindsWhatItFindsSequentially() throws Exception {
        ReportValidator validator = ReportValidator.national();
        List<AnnualReport> reports = reports();
        List<List<Finding>> sequential = new ArrayList<>();
        for (AnnualReport r : reports) {
            sequential.add(validator.validate(r).findings());
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Finding>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<List<Finding>>> job = () -> {
                    start.await();
                    List<List<Finding>> mine = new ArrayList<>();
                    for (int k = 0; k < reports.size(); k++) {
                        mine.add(validator
                                .validate(reports.get((k + offset) % reports.size()))
                                .findings());
                    }
                    return mine;
                };
                futures.add(pool.submit(job));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                List<List<Finding>> mine = futures.get(t).get(5, TimeUnit.MINUTES);
                for (int k = 0; k < reports.size(); k++) {
                    assertThat(mine.get(k)).isEqualTo(sequential.get((k + t) % reports.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).allSatisfy(f -> assertThat(f).isNotEmpty());
        assertThat(sequential.stream().distinct().count()).isGreaterThan(8);
    }
}
