package io.github.fazhi.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignOffGeometryTest {

    @Test
    void nameTwoCharactersInDateStartsTwoCharactersRightOfTheName() {
        // name 9 characters: it starts at 28-2-9 = 17, the date at 19 (38 half characters)
        SignOffGeometry g = SignOffGeometry.of(List.of("清河市清河区司法局"), Optional.of("2025年1月20日"), 28, 2, 2);
        assertThat(g).isEqualTo(new SignOffGeometry(4, true, 38));
    }

    @Test
    void jointIssuersAlignOnTheWidestName() {
        SignOffGeometry g =
                SignOffGeometry.of(List.of("中共清河市清河区委员会", "清河市清河区人民政府"), Optional.of("2025年2月18日"), 28, 2, 2);
        // widest name 11 characters: starts at 15, the date at 17
        assertThat(g).isEqualTo(new SignOffGeometry(4, true, 34));
    }

    @Test
    void aDateLongerThanTheNameStandsTwoCharactersInAndPushesTheNameLeft() {
        // name 3 characters, date 7: the date ends 2 in and starts at 28-2-7 = 19; the name starts at 17
        // and ends at 20, so its right indent is 2 + 7 + 2 - 3 = 8 characters
        SignOffGeometry g = SignOffGeometry.of(List.of("司法局"), Optional.of("二〇二五年一月"), 28, 2, 2);
        assertThat(g).isEqualTo(new SignOffGeometry(16, false, 4));
    }

    @Test
    void withoutDateOrIssuerEverythingStandsTwoCharactersIn() {
        assertThat(SignOffGeometry.of(List.of("司法局"), Optional.empty(), 28, 2, 2))
                .isEqualTo(new SignOffGeometry(4, false, 4));
        assertThat(SignOffGeometry.of(List.of(), Optional.of("2025年1月20日"), 28, 2, 2))
                .isEqualTo(new SignOffGeometry(4, false, 4));
    }
}
