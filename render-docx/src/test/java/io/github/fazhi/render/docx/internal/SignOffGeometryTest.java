package io.github.fazhi.render.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignOffGeometryTest {

    @Test
    void nameTwoCharactersInDateStartsTwoCharactersRightOfTheName() {
        // name 9 characters, date 2025年1月20日 = 6.5 characters
        SignOffGeometry g = SignOffGeometry.of(List.of("清河市清河区司法局"), Optional.of("2025年1月20日"), 2, 2);
        assertThat(g.nameRightHalfChars()).isEqualTo(4);
        assertThat(g.dateRightHalfChars()).isEqualTo(5);
    }

    @Test
    void aDateLongerThanTheNameStandsTwoCharactersInAndPushesTheNameLeft() {
        // name 3 characters, date 8 characters: date ends 2 in, starts at 28-2-8 = 18; name starts at 16, ends at 19
        SignOffGeometry g = SignOffGeometry.of(List.of("司法局"), Optional.of("二〇二五年一月"), 2, 2);
        assertThat(g.dateRightHalfChars()).isEqualTo(4);
        // right indent of the name: 2 + 7 + 2 - 3 = 8 characters
        assertThat(g.nameRightHalfChars()).isEqualTo(16);
    }

    @Test
    void withoutDateOrIssuerEverythingStandsTwoCharactersIn() {
        assertThat(SignOffGeometry.of(List.of("司法局"), Optional.empty(), 2, 2)).isEqualTo(new SignOffGeometry(4, 4));
        assertThat(SignOffGeometry.of(List.of(), Optional.of("2025年1月20日"), 2, 2))
                .isEqualTo(new SignOffGeometry(4, 4));
    }
}
