package io.github.fazhi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a module's message bundles against the keys its code uses. */
public final class MessageBundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    private MessageBundles() {}

    /**
     * Asserts that {@code <baseName>.properties} and {@code <baseName>_en.properties}, beside {@code owner}, hold
     * exactly the names of {@code keys}, with the same placeholders in both languages.
     */
    public static void holdExactlyTheKeys(Class<?> owner, String baseName, Class<? extends Enum<?>> keys) {
        Properties zh = load(owner, baseName + ".properties");
        Properties en = load(owner, baseName + "_en.properties");
        List<String> used =
                Arrays.stream(keys.getEnumConstants()).map(Enum::name).toList();
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    private static Properties load(Class<?> owner, String name) {
        Properties p = new Properties();
        try (InputStream in = owner.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The arguments a template uses, as index:conversion, sorted (so {@code %2$d…%1$d} matches {@code %d…%d}). */
    static List<String> placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        List<String> out = new ArrayList<>();
        int next = 1;
        while (m.find()) {
            String conversion = m.group(2);
            if (conversion.equals("%") || conversion.equals("n")) {
                continue;
            }
            out.add((m.group(1) != null ? Integer.parseInt(m.group(1)) : next++) + ":" + conversion);
        }
        Collections.sort(out);
        return out;
    }
}
