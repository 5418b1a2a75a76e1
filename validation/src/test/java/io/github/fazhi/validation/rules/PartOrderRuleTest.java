package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartOrderRuleTest {

    @Test
    void theCanonicalOrderPasses() {
        assertThat(findings(Samples.clean(), "part-order")).isEmpty();
    }

    @Test
    void theFirstResponsiblePersonPartMayComeFirst() {
        AnnualReport clean = Samples.clean();
        List<Section> parts = new ArrayList<>(clean.sections());
        parts.add(0, parts.remove(2));

        assertThat(findings(clean.withSections(parts), "part-order")).isEmpty();
    }

    @Test
    void thePlanBeforeTheShortcomingsIsAWarningOnTheLatePart() {
        AnnualReport clean = Samples.clean();
        List<Section> parts = new ArrayList<>(clean.sections());
        parts.add(1, parts.remove(3)); // 1, 4, 2, 3, 5

        List<Finding> found = findings(clean.withSections(parts), "part-order");

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).elementId()).isEqualTo("s3");
        assertThat(found.get(0).message()).contains("不足和原因").contains("下一年度");
    }
}
