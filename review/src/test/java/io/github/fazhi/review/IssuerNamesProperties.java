package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.internal.IssuerNames;
import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class IssuerNamesProperties {

    @Property
    void normalisingTwiceIsNormalisingOnce(@ForAll String name) {
        String once = IssuerNames.normalize(name);
        assertThat(IssuerNames.normalize(once)).isEqualTo(once);
    }

    @Property
    void spacesAndFullWidthFormsNeverTellTwoNamesApart(
            @ForAll
                    @StringLength(min = 1, max = 12)
                    @CharRange(from = '\u4e00', to = '\u4e2f')
                    @CharRange(from = 'A', to = 'Z')
                    String name) {
        String spaced = String.join(" ", name.split(""));
        String fullWidth = name.chars()
                .map(c -> c >= 'A' && c <= 'Z' ? c - 'A' + 'Ａ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(IssuerNames.normalize(spaced)).isEqualTo(IssuerNames.normalize(name));
        assertThat(IssuerNames.normalize(fullWidth))
                .isEqualTo(IssuerNames.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC)));
    }

    @Property
    void aListedUnitIsAlwaysFoundByItsOwnName(
            @ForAll @StringLength(min = 2, max = 6) @CharRange(from = '\u4e00', to = '\u4fff') String place) {
        String name = place + "区司法局";
        Auditor auditor = Auditor.builder()
                .units(UnitList.ofNames(java.util.List.of(name, "清河市清河区教育局")))
                .build();
        var report = io.github.fazhi.review.testing.TestJurisdiction.report(
                name,
                io.github.fazhi.core.SubjectType.GOVERNMENT_DEPARTMENT,
                2025,
                java.time.LocalDate.of(2026, 1, 20),
                v -> {});
        assertThat(auditor.examine(report, "r.txt", java.util.Optional.empty())
                        .match()
                        .unit())
                .contains(name);
    }
}
