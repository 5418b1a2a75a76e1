package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.testing.ModelArbitraries;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValidatorPropertiesTest {

    private static final ReportValidator ENGLISH =
            ReportValidator.builder().locale(Locale.ENGLISH).build();

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ModelArbitraries.reports();
    }

    @Property(tries = 300)
    void anyReportTheModelCanHoldIsCheckedWithoutFailing(@ForAll("reports") AnnualReport report) {
        for (ReportValidator v : List.of(Samples.NATIONAL, ENGLISH)) {
            ValidationReport result = v.validate(report);

            List<String> ids = report.walk().map(Element::id).toList();
            for (Finding f : result.findings()) {
                assertThat(f.isAboutReport() || ids.contains(f.elementId()))
                        .as("%s points at an element of the report", f)
                        .isTrue();
                assertThat(f.message()).isNotBlank().doesNotContain("{io.github.fazhi");
                assertThat(f.suggestedFix().orElse("")).doesNotContain("{io.github.fazhi");
                assertThat(v.profile().severity(f.ruleId())).contains(f.severity());
            }
            List<Integer> positions = result.findings().stream()
                    .map(f -> f.isAboutReport() ? -1 : ids.indexOf(f.elementId()))
                    .toList();
            assertThat(positions).isSorted();
        }
    }
}
