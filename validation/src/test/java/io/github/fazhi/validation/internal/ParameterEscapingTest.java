package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterEscapingTest {

    @Test
    void escapesTheCharactersInterpolationReads() {
        assertThat(ParameterEscaping.escape("${1+1}#{x}{title}\\")).isEqualTo("\\$\\{1+1\\}#\\{x\\}\\{title\\}\\\\");
        assertThat(ParameterEscaping.escape("清河区司法局")).isEqualTo("清河区司法局");
    }

    @Test
    void numbersAndBooleansStayAsTheyAreAndArraysPrintTheirElements() {
        assertThat(ParameterEscaping.escape((Object) 3)).isEqualTo(3);
        assertThat(ParameterEscaping.escape((Object) Boolean.TRUE)).isEqualTo(true);
        assertThat(ParameterEscaping.escape((Object) new String[] {"{a}", "b"})).isEqualTo("[\\{a\\}, b]");
        assertThat(ParameterEscaping.escape((Object) new int[] {1, 2})).isEqualTo("[1, 2]");
    }
}
