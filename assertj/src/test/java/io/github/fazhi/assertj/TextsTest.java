package io.github.fazhi.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.assertj.internal.Texts;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(Texts.keys(Locale.ENGLISH))
                .isEqualTo(Texts.keys(Locale.SIMPLIFIED_CHINESE))
                .isNotEmpty();
    }

    @Test
    void everyKeyTheAssertionsUseIsInBothBundles() throws Exception {
        java.util.Set<String> used = new TreeSet<>();
        Pattern use = Pattern.compile("(?:text|format)\\(\\s*(?:\\w+,\\s*)?\"([\\w.]+)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // "kind." + name: checked below
                        used.add(m.group(1));
                    }
                }
            }
        }
        // the two families of keys Describe builds from an enum's names
        for (io.github.fazhi.core.SectionKind k : io.github.fazhi.core.SectionKind.values()) {
            used.add("kind." + k.name());
        }
        for (io.github.fazhi.validation.Severity s : io.github.fazhi.validation.Severity.values()) {
            used.add("severity." + s.name());
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(Texts.keys(Locale.SIMPLIFIED_CHINESE)).containsAll(used);
        assertThat(Texts.keys(Locale.ENGLISH)).containsAll(used);
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        for (String key : Texts.keys(Locale.ENGLISH)) {
            assertThat(placeholders(Texts.format(Locale.ENGLISH, key)))
                    .as(key)
                    .isEqualTo(placeholders(Texts.format(Locale.SIMPLIFIED_CHINESE, key)));
        }
    }

    @Test
    void anyLocaleButEnglishIsChinese() {
        assertThat(Texts.format(Locale.FRENCH, "none")).isEqualTo("（无）");
        assertThat(Texts.format(Locale.TRADITIONAL_CHINESE, "none")).isEqualTo("（无）");
        assertThat(Texts.format(Locale.UK, "none")).isEqualTo("(none)");
    }

    @Test
    void argumentsAreInsertedAsTheyAre() {
        assertThat(Texts.format(Locale.ENGLISH, "report.year", "{1}", "%s $1 \\"))
                .isEqualTo("Expecting the report to cover the year {1}, but it covers %s $1 \\");
    }

    private static TreeSet<String> placeholders(String template) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
