package io.github.fazhi.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignOffGeometryTest {

    @Test
    void nameTwoCharactersInDateStartsTwoCharactersRightOfTheName() {
        // name 9 characters: it starts at 28-2-9 = 17, the date at 19 (38 half characters)
        SignOffGeometry g = SignOffGeometry.of(List.of("清河市清河区司法局"), Optional.of("2025年1月20日"), 28, 2, 2);
        assertThat(unsealed(g)).containsExactly(4, true, 38);
    }

    @Test
    void jointIssuersAlignOnTheWidestName() {
        SignOffGeometry g =
                SignOffGeometry.of(List.of("中共清河市清河区委员会", "清河市清河区人民政府"), Optional.of("2025年2月18日"), 28, 2, 2);
        // widest name 11 characters: starts at 15, the date at 17
        assertThat(unsealed(g)).containsExactly(4, true, 34);
    }

    @Test
    void aDateLongerThanTheNameStandsTwoCharactersInAndPushesTheNameLeft() {
        // name 3 characters, date 7: the date ends 2 in and starts at 28-2-7 = 19; the name starts at 17
        // and ends at 20, so its right indent is 2 + 7 + 2 - 3 = 8 characters
        SignOffGeometry g = SignOffGeometry.of(List.of("司法局"), Optional.of("二〇二五年一月"), 28, 2, 2);
        assertThat(unsealed(g)).containsExactly(16, false, 4);
    }

    @Test
    void withoutDateOrIssuerEverythingStandsTwoCharactersIn() {
        assertThat(unsealed(SignOffGeometry.of(List.of("司法局"), Optional.empty(), 28, 2, 2)))
                .containsExactly(4, false, 4);
        assertThat(unsealed(SignOffGeometry.of(List.of(), Optional.of("2025年1月20日"), 28, 2, 2)))
                .containsExactly(4, false, 4);
    }

    private static List<Object> unsealed(SignOffGeometry g) {
        assertThat(g.centredOnDate()).isFalse();
        return List.of(g.nameRightHalfChars(), g.dateLeftAligned(), g.dateIndentHalfChars());
    }

    @Test
    void sealedPutsTheDateFourCharactersInAndCentresTheNameOverIt() {
        // 清河区司法局 is 6 characters (12 half), 2025年1月20日 is 6.5 (13 half: seven digits, three characters): 右空四字 is 8 half
        // characters
        SignOffGeometry g = SignOffGeometry.sealed(List.of("清河区司法局"), Optional.of("2025年1月20日"), 4);
        assertThat(g.dateLeftAligned()).isFalse();
        assertThat(g.dateIndentHalfChars()).isEqualTo(8);
        assertThat(g.centredOnDate()).isTrue();
        // the name's centre from the right edge is the date's, rounded down: 8 + 13/2 ≈ 8 + 12/2
        assertThat(g.nameRightHalfChars("清河区司法局")).isEqualTo(8);
        // a name longer than the date sticks out on both sides, never past the right edge
        assertThat(g.nameRightHalfChars("清河市清河区人民政府办公室")).isEqualTo(1);
        assertThat(g.nameRightHalfChars("中共清河市清河区委员会清河市清河区人民政府")).isZero();
    }

    @Test
    void theProfileChoosesTheLayout() {
        LayoutProfile sealed = LayoutProfile.gbt9704().toBuilder()
                .signOffLayout(LayoutProfile.SignOffLayout.SEALED)
                .build();
        List<String> names = List.of("清河区司法局");
        Optional<String> date = Optional.of("2025年1月20日");
        assertThat(SignOffGeometry.of(names, date, sealed)).isEqualTo(SignOffGeometry.sealed(names, date, 4));
        assertThat(SignOffGeometry.of(names, date, LayoutProfile.gbt9704()))
                .isEqualTo(SignOffGeometry.of(names, date, 28, 2, 2));
        assertThat(Objects.requireNonNull(sealed.sealedSignOffBlankLines())).isEqualTo(2);
    }
}
