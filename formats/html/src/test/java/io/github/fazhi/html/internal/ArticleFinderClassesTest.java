package io.github.fazhi.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ArticleFinder#spaced} collapses whitespace as {@code replaceAll("\\s+", " ")} does, without a regex. */
class ArticleFinderClassesTest {

    @Property(tries = 3000)
    void spacedIsWhatTheRegexGives(@ForAll("classes") String classes) {
        assertThat(ArticleFinder.spaced(classes)).isEqualTo(classes.replaceAll("\\s+", " "));
    }

    @Example
    void examples() {
        assertThat(ArticleFinder.spaced("TRS_Editor")).isEqualTo("TRS_Editor");
        assertThat(ArticleFinder.spaced(" a\t\n b  c ")).isEqualTo(" a b c ");
        assertThat(ArticleFinder.spaced("a\u3000b")).isEqualTo("a\u3000b");
    }

    @Provide
    Arbitrary<String> classes() {
        return Arbitraries.strings()
                .withChars("ab_- \t\n\r\f\u000B\u3000\u00A0")
                .ofMaxLength(16);
    }
}
