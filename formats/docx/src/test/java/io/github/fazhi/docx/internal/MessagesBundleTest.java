package io.github.fazhi.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every key the DOCX reader uses is in both bundles, and the two bundles have the same keys and placeholders. */
class MessagesBundleTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String placeholders(String template) {
        return template.replaceAll("[^%]*(%[sd])?[^%]*", "$1");
    }

    @Test
    void bothBundlesHoldExactlyTheKeysTheReaderUses() throws Exception {
        Properties zh = load("Messages.properties");
        Properties en = load("Messages_en.properties");
        var used = Arrays.stream(Messages.Key.values()).map(Enum::name).toList();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    @Test
    void chineseByDefaultEnglishOnRequest() {
        assertThat(new Messages(Locale.ROOT).tooLarge(10)).isEqualTo("文件超过 10 字节，超出读取上限");
        assertThat(new Messages(Locale.US).tooLarge(10))
                .isEqualTo("the file is larger than 10 bytes, the most this reader accepts");
        assertThat(new Messages(Locale.ENGLISH).inflateRatio(0.01)).contains("100 times");
        assertThat(new Messages(Locale.CHINA).looksLike("no such kind")).isEqualTo("文件开头不是 ZIP 签名");
    }
}
