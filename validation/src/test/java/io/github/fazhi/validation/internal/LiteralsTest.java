package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.Lexicon;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Literals} finds in one pass where each literal first occurs, as one {@code indexOf} each finds it. */
class LiteralsTest {

    private static final List<String> WRONG_FORMS =
            Lexicon.FORMULATIONS.stream().flatMap(f -> f.wrongForms().stream()).toList();

    @Property(tries = 2000)
    void firstIndexesAreThoseOfIndexOf(@ForAll("texts") String text, @ForAll("lists") List<String> literals) {
        assertSameAsIndexOf(new Literals(literals), text);
    }

    @Property(tries = 1000)
    void theLexiconsWrongFormsAreFoundAsIndexOfFindsThem(@ForAll("formulationTexts") String text) {
        assertSameAsIndexOf(new Literals(WRONG_FORMS), text);
    }

    @Example
    void examples() {
        Literals l = new Literals(List.of("四个意识", "四个", "意识", "两个维护"));
        assertThat(l.firstIndexes("增强四个意识，做到两个维护、四个自信")).containsExactly(2, 2, 4, 9);
        assertThat(l.firstIndexes("")).containsExactly(-1, -1, -1, -1);
        assertThatThrownBy(() -> new Literals(List.of("a", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameAsIndexOf(Literals literals, String text) {
        int[] at = literals.firstIndexes(text);
        for (int i = 0; i < at.length; i++) {
            assertThat(at[i])
                    .as("%s in %s", literals.literals().get(i), text)
                    .isEqualTo(text.indexOf(literals.literals().get(i)));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcab法治法").ofMaxLength(30);
    }

    @Provide
    Arbitrary<List<String>> lists() {
        return Arbitraries.strings()
                .withChars("abc法治")
                .ofMinLength(1)
                .ofMaxLength(4)
                .list()
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> formulationTexts() {
        return Arbitraries.of(WRONG_FORMS)
                .list()
                .ofMaxSize(4)
                .flatMap(parts -> Arbitraries.strings()
                        .withChars("，。“”四个两意识维护习近平法治思想")
                        .ofMaxLength(6)
                        .list()
                        .ofSize(parts.size() + 1)
                        .map(fill -> {
                            StringBuilder b = new StringBuilder(fill.get(0));
                            for (int i = 0; i < parts.size(); i++) {
                                b.append(parts.get(i)).append(fill.get(i + 1));
                            }
                            return b.toString();
                        }));
    }
}
