package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberingTest {

    @ParameterizedTest
    @CsvSource({
        "1, 一",
        "2, 二",
        "9, 九",
        "10, 十",
        "11, 十一",
        "15, 十五",
        "19, 十九",
        "20, 二十",
        "21, 二十一",
        "30, 三十",
        "45, 四十五",
        "90, 九十",
        "99, 九十九",
        "100, 一百",
        "101, 一百零一",
        "110, 一百一十",
        "1000, 一千",
        "1001, 一千零一",
        "2022, 二千零二十二"
    })
    void chineseNumerals(int n, String expected) {
        assertThat(ChineseNumerals.format(n)).isEqualTo(expected);
        assertThat(ChineseNumerals.parse(expected)).hasValue(n);
    }

    @Test
    void chineseNumeralsRefuseOutOfRangeAndNonsense() {
        assertThatThrownBy(() -> ChineseNumerals.format(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChineseNumerals.parse("")).isEmpty();
        assertThat(ChineseNumerals.parse("一一")).isEmpty();
        assertThat(ChineseNumerals.parse("十十")).isEmpty();
        assertThat(ChineseNumerals.parse("法")).isEmpty();
        assertThat(ChineseNumerals.parse("两")).hasValue(2);
    }

    @Test
    void dateDigits() {
        assertThat(ChineseNumerals.parseDigits("二〇二二")).hasValue(2022);
        assertThat(ChineseNumerals.parseDigits("二零二五")).hasValue(2025);
        assertThat(ChineseNumerals.parseDigits("十二")).hasValue(12);
        assertThat(ChineseNumerals.parseDigits("三十一")).hasValue(31);
    }

    /** Ordinals 1 to 99 at levels 1 and 2: labels are distinct, parse back, and use the counting form. */
    @Test
    void levelOneAndTwoLabelsForOrdinals1To99() {
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 99; n++) {
            String numeral = ChineseNumerals.format(n);
            String l1 = new Numbering(1, n).label();
            String l2 = new Numbering(2, n).label();
            assertThat(l1).isEqualTo(numeral + "、");
            assertThat(l2).isEqualTo("（" + numeral + "）");
            assertThat(numeral).doesNotStartWith("一十").doesNotContain("零").hasSizeBetween(1, 3);
            assertThat(seen.add(l1)).isTrue();
            assertThat(NumberLabel.parse(l1)).hasValue(new NumberLabel(l1, 1, n, true));
            assertThat(NumberLabel.parse(l2)).hasValue(new NumberLabel(l2, 2, n, true));
        }
        assertThat(new Numbering(1, 11).label()).isEqualTo("十一、");
        assertThat(new Numbering(1, 20).label()).isEqualTo("二十、");
        assertThat(new Numbering(2, 21).label()).isEqualTo("（二十一）");
        assertThat(new Numbering(2, 99).label()).isEqualTo("（九十九）");
    }

    @Property(tries = 300)
    void levelThreeAndFourLabelsParseBack(@ForAll @IntRange(min = 1, max = 999) int n) {
        assertThat(NumberLabel.parse(new Numbering(3, n).label())).hasValue(new NumberLabel(n + ".", 3, n, true));
        assertThat(NumberLabel.parse(new Numbering(4, n).label())).hasValue(new NumberLabel("（" + n + "）", 4, n, true));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一、坚持党的领导|一、|1|1|true",
                "一.坚持|一.|1|1|false",
                "一．坚持|一．|1|1|false",
                "十二，坚持|十二，|1|12|false",
                "（一）健全制度|（一）|2|1|true",
                "(一)健全制度|(一)|2|1|false",
                "（一)健全制度|（一)|2|1|false",
                "（三）、健全制度|（三）、|2|3|false",
                "1.加强学习|1.|3|1|true",
                "1、加强学习|1、|3|1|false",
                "1．加强学习|1．|3|1|false",
                "１２.加强学习|１２.|3|12|false",
                "（1）落实|（1）|4|1|true",
                "(1)落实|(1)|4|1|false",
                "（2）、落实|（2）、|4|2|false"
            })
    void parsesPrintedLabelsInStandardAndVariantForms(
            String line, String printed, int level, int ordinal, boolean standard) {
        assertThat(NumberLabel.parseAtStart(line)).hasValue(new NumberLabel(printed, level, ordinal, standard));
    }

    @Test
    void textThatIsNotALabel() {
        assertThat(NumberLabel.parseAtStart("2021.5亿元")).isEmpty();
        assertThat(NumberLabel.parseAtStart("2021年，我办")).isEmpty();
        assertThat(NumberLabel.parseAtStart("一是加强")).isEmpty();
        assertThat(NumberLabel.parseAtStart("（注）")).isEmpty();
        assertThat(NumberLabel.parseAtStart("坚持")).isEmpty();
        assertThat(NumberLabel.parse("一、坚持")).isEmpty();
    }

    @Test
    void numberingRange() {
        assertThatThrownBy(() -> new Numbering(5, 1)).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> new Numbering(1, 0)).hasMessageContaining("ordinal");
        assertThat(new Numbering(3, 3).next()).isEqualTo(new Numbering(3, 4));
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(l -> new Numbering(l, 2).label()))
                .containsExactly("二、", "（二）", "2.", "（2）");
    }

    @Test
    void inlineEnumerations() {
        assertThat(InlineEnumeration.find("一是健全制度。二是加强培训；三是强化监督。"))
                .extracting(InlineEnumeration::ordinal)
                .containsExactly(1, 2, 3);
        assertThat(InlineEnumeration.find("一是健全制度。三是强化监督。"))
                .extracting(InlineEnumeration::marker)
                .containsExactly("一是", "三是");
        assertThat(InlineEnumeration.find("统一是前提，这一是非问题")).isEmpty();
        assertThat(InlineEnumeration.find("第十一是")).isEmpty();
    }

    /** {@link Numbering#label} gives the labels of small ordinals from a table: each as formatted afresh. */
    @Test
    void keptLabelsAreThoseFormattedAfresh() {
        for (int level = 1; level <= Numbering.MAX_LEVEL; level++) {
            for (int ordinal = 1; ordinal <= 9999; ordinal++) {
                Numbering n = new Numbering(level, ordinal);
                assertThat(n.label()).as("%d %d", level, ordinal).isEqualTo(n.labelAfresh());
            }
        }
    }
}
