package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

    private static final String BUNDLE = "io.github.fazhi.core.internal.ReaderMessages";

    @Test
    void chineseByDefaultEnglishForEnglishNeverTheJvmsLocale() {
        ClassLoader loader = MessageBundle.class.getClassLoader();
        assertThat(MessageBundle.of(BUNDLE, Locale.SIMPLIFIED_CHINESE, loader).get("TOO_LARGE", 10))
                .isEqualTo("输入超过 10 字节的上限，不像一份年度报告");
        assertThat(MessageBundle.of(BUNDLE, Locale.UK, loader).get("TOO_LARGE", 10))
                .contains("10")
                .doesNotContain("字节");
        assertThat(MessageBundle.of(BUNDLE, Locale.FRENCH, loader).get("TOO_LARGE", 10))
                .contains("字节");
        // arguments are data, never templates
        assertThat(MessageBundle.of(BUNDLE, Locale.ROOT, loader).get("BINARY_FORMAT", "%s%n"))
                .contains("%s%n");
    }
}
