package io.github.fazhi.paged.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every key of {@link PagedMessages.Key} is in both bundles, and the two bundles have the same keys and placeholders. */
class PagedMessagesBundleTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PagedMessages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The arguments a template uses, as index:conversion, sorted (so {@code %2$d…%1$d} matches {@code %d…%d}). */
    private static java.util.List<String> placeholders(String template) {
        var m = java.util.regex.Pattern.compile("%(?:(\\d+)\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])")
                .matcher(template);
        var out = new java.util.ArrayList<String>();
        int next = 1;
        while (m.find()) {
            String conversion = m.group(2);
            if (conversion.equals("%") || conversion.equals("n")) {
                continue;
            }
            out.add((m.group(1) != null ? Integer.parseInt(m.group(1)) : next++) + ":" + conversion);
        }
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void bothBundlesHoldExactlyTheKeysUsed() throws Exception {
        Properties zh = load("PagedMessages.properties");
        Properties en = load("PagedMessages_en.properties");
        var used = Arrays.stream(PagedMessages.Key.values()).map(Enum::name).toList();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }
}
