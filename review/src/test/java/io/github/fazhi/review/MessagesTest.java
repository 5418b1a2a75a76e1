package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/github/fazhi/review/internal/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameTexts() throws Exception {
        Properties zh = load("AuditMessages.properties");
        Properties en = load("AuditMessages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            // the same placeholders, in the same order
            assertThat(en.getProperty(key).replaceAll("[^%]*(%[sd])?[^%]*", "$1"))
                    .as(key)
                    .isEqualTo(zh.getProperty(key).replaceAll("[^%]*(%[sd])?[^%]*", "$1"));
        }
    }

    @Test
    void everyStatusVerdictAndMethodHasALabelInBothLanguages() {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            for (AuditStatus s : AuditStatus.values()) {
                assertThat(s.label(l)).isNotBlank();
            }
            for (MatchMethod m : MatchMethod.values()) {
                assertThat(m.label(l)).isNotBlank();
            }
            for (FirstResponsiblePersonVerdict.Kind k : FirstResponsiblePersonVerdict.Kind.values()) {
                assertThat(new FirstResponsiblePersonVerdict(k, java.util.List.of()).label(l))
                        .isNotBlank();
            }
        }
        assertThat(AuditStatus.WRONG_YEAR.label(Locale.CHINA)).isEqualTo("年度不符");
        assertThat(AuditStatus.WRONG_YEAR.label(Locale.ENGLISH)).isEqualTo("Wrong year");
        assertThat(AuditStatus.byId("wrong-year")).isEqualTo(AuditStatus.WRONG_YEAR);
    }
}
