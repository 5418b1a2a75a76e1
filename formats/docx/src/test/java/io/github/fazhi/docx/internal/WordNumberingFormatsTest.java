package io.github.fazhi.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Chinese number format of ST_NumberFormat that Word, WPS and LibreOffice write gives the label a
 * reader sees (LibreOffice writes its 一, 二, 三 as {@code taiwaneseCountingThousand}).
 */
class WordNumberingFormatsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "chineseCounting, 1, 一",
        "chineseCounting, 10, 十",
        "chineseCounting, 11, 十一",
        "chineseCounting, 21, 二十一",
        "chineseCountingThousand, 3, 三",
        "chineseCountingThousand, 101, 一百零一",
        "taiwaneseCounting, 4, 四",
        "taiwaneseCountingThousand, 1, 一",
        "taiwaneseCountingThousand, 2, 二",
        "taiwaneseCountingThousand, 12, 十二",
        "japaneseCounting, 5, 五",
        "chineseLegalSimplified, 3, 叁",
        "chineseLegalSimplified, 11, 拾壹",
        "ideographLegalTraditional, 2, 貳",
        "ideographLegalTraditional, 3, 參",
        "ideographDigital, 10, 一〇",
        "taiwaneseDigital, 12, 一二",
        "ideographTraditional, 1, 甲",
        "ideographTraditional, 10, 癸",
        "ideographZodiac, 2, 丑",
        "ideographZodiacTraditional, 1, 甲子",
        "ideographZodiacTraditional, 11, 甲戌",
        "decimalEnclosedCircleChinese, 3, ③",
        "decimalEnclosedCircle, 21, ㉑",
        "decimalEnclosedCircle, 36, ㊱",
        "ideographEnclosedCircle, 2, ㊁",
        "decimalFullWidth, 7, ７",
        "decimal, 7, 7"
    })
    void formatsGiveTheNumeralAReaderSees(String format, int n, String expected) {
        assertThat(WordNumbering.format(n, format)).isEqualTo(expected);
    }
}
