package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void cleanReportHasNoFindings() {
        ValidationReport r = Samples.NATIONAL.validate(Samples.clean());
        r.findings().forEach(System.out::println);
        assertThat(r.findings()).isEmpty();
    }
}
