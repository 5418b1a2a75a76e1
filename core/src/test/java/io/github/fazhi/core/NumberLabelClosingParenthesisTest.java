package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The label forms with only a closing parenthesis, added for the plain-text reader. */
class NumberLabelClosingParenthesisTest {

    @Test
    void chineseNumeralWithClosingParenthesisIsANonStandardLevelTwoLabel() {
        assertThat(NumberLabel.parseAtStart("二）健全制度")).contains(new NumberLabel("二）", 2, 2, false));
        assertThat(NumberLabel.parseAtStart("三)健全制度")).contains(new NumberLabel("三)", 2, 3, false));
    }

    @Test
    void arabicNumeralWithClosingParenthesisIsANonStandardLevelFourLabel() {
        assertThat(NumberLabel.parseAtStart("1）健全制度")).contains(new NumberLabel("1）", 4, 1, false));
        assertThat(NumberLabel.parseAtStart("12)健全制度")).contains(new NumberLabel("12)", 4, 12, false));
    }

    @Test
    void yearsAndStandardFormsAreUnchanged() {
        assertThat(NumberLabel.parseAtStart("2021)年")).isEmpty();
        assertThat(NumberLabel.parseAtStart("（一）健全制度")).contains(new NumberLabel("（一）", 2, 1, true));
        assertThat(NumberLabel.parseAtStart("（1）健全制度")).contains(new NumberLabel("（1）", 4, 1, true));
    }
}
