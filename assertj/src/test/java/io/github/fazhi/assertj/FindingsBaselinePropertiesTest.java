package io.github.fazhi.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class FindingsBaselinePropertiesTest {

    @Provide
    Arbitrary<String> awkward() {
        return Arbitraries.strings()
                .withChars('\t', '\n', '\r', '\\', '#', ' ', 'a', 't', 'n', '序', '号', '1', '0', '.')
                .ofMinLength(1)
                .ofMaxLength(20);
    }

    @Property(tries = 300)
    void anyTextSurvivesFormatAndParse(
            @ForAll("awkward") String file, @ForAll("awkward") String elementId, @ForAll("awkward") String message) {
        Finding f = new Finding(
                "placeholder", Severity.ERROR, message, elementId, Optional.empty(), Optional.empty(), Map.of());
        ValidationReport report = new ValidationReport(List.of(f), Optional.empty(), Profile.national(), Locale.CHINA);
        FindingsBaseline baseline = FindingsBaseline.of(List.of(new ValidatedFile(file, report)));
        FindingsBaseline again = FindingsBaseline.parse(baseline.format());
        assertThat(again).isEqualTo(baseline);
        BaselineComparison same = again.compare(List.of(new ValidatedFile(file, report)));
        assertThat(same.newFindings()).isEmpty();
        assertThat(same.goneFindings()).isEmpty();
    }

    @Property(tries = 500)
    void theNaturalOrderIsConsistent(@ForAll @StringLength(max = 8) String a, @ForAll @StringLength(max = 8) String b) {
        int ab = Integer.signum(FindingsBaseline.compareNaturally(a, b));
        int ba = Integer.signum(FindingsBaseline.compareNaturally(b, a));
        assertThat(ab).isEqualTo(-ba);
        assertThat(ab == 0).isEqualTo(a.equals(b));
    }
}
