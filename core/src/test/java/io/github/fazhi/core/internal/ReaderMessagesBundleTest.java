package io.github.fazhi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every key the readers use is in both bundles, and the two bundles have the same keys and placeholders. */
class ReaderMessagesBundleTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReaderMessages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String placeholders(String template) {
        return template.replaceAll("[^%]*(%[0-9A-Za-z]*[sdX])?[^%]*", "$1");
    }

    @Test
    void bothBundlesHoldExactlyTheKeysTheReadersUse() throws Exception {
        Properties zh = load("ReaderMessages.properties");
        Properties en = load("ReaderMessages_en.properties");
        var used = Arrays.stream(ReaderMessages.Key.values()).map(Enum::name).toList();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
        assertThat(ReaderMessages.of(Locale.ROOT).get(ReaderMessages.Key.EMPTY)).isEqualTo(zh.getProperty("EMPTY"));
        assertThat(ReaderMessages.of(Locale.UK).get(ReaderMessages.Key.EMPTY)).isEqualTo(en.getProperty("EMPTY"));
    }
}
