package io.github.fazhi.core.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The genre's word lists live in {@code io.github.fazhi.core.Lexicon} and nowhere else: the main sources of
 * every module are scanned for a word list written out in code, that is a string literal holding an
 * alternation of two or more Chinese words ({@code "原因|根源|成因"}) or a {@code List.of}/{@code Set.of} of
 * three or more short Chinese words. Sentences, messages and single words (a heading, {@code 关于}) are
 * not lists and pass.
 */
class LexiconHoldsTheWordListsTest {

    private static final String LEXICON = "core/src/main/java/io/github/fazhi/core/Lexicon.java";

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COLLECTION = Pattern.compile("(?:List|Set)\\.of\\(([^()]*)\\)");
    private static final Pattern SHORT_HAN_WORD = Pattern.compile("\\p{IsHan}{1,10}");

    /** The project's root, the parent of the core module the tests run in. */
    static Path root() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    }

    static List<Path> mainSources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root(), 16)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p ->
                            root().relativize(p).toString().replace('\\', '/').contains("src/main/java/"))
                    .filter(p -> !root().relativize(p).toString().contains("target"))
                    // benchmarks generate fictional test data (unit names); they are not published code
                    .filter(p -> !root().relativize(p).toString().startsWith("benchmarks"))
                    .forEach(out::add);
        }
        return out;
    }

    /** The word lists written out in {@code source} (comments left out). */
    static List<String> wordLists(String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher s = STRING.matcher(code);
        while (s.find()) {
            String literal = s.group(1);
            int words = 0;
            for (String alternative : literal.split("\\|")) {
                if (isWord(alternative)) {
                    words++;
                }
            }
            if (words >= 2) {
                found.add("alternation \"" + literal + "\"");
            }
        }
        Matcher c = COLLECTION.matcher(code);
        while (c.find()) {
            Matcher items = STRING.matcher(c.group(1));
            int words = 0;
            while (items.find()) {
                if (SHORT_HAN_WORD.matcher(items.group(1)).matches()) {
                    words++;
                }
            }
            if (words >= 3) {
                found.add("list " + c.group().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    /** An alternative of a regular expression that is one Chinese word (and regex syntax around it). */
    private static boolean isWord(String alternative) {
        // a character class ([一二三四五六七八九十]) is a set of chars, not a word
        Matcher han = Pattern.compile("\\p{IsHan}+").matcher(alternative.replaceAll("\\[[^\\]]*\\]", " "));
        int runs = 0;
        boolean long2 = false;
        while (han.find()) {
            runs++;
            long2 = han.group().length() >= 2;
        }
        return runs == 1 && long2;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    @Test
    void noWordListOfTheDomainStandsOutsideTheLexicon() throws IOException {
        assumeTrue(Files.isRegularFile(root().resolve(LEXICON)), "the sources are not beside the tests: " + root());
        List<Path> sources = mainSources();
        // every module's sources are scanned: the rules, the renderers, the format readers, the command
        assertThat(sources.stream().map(p -> p.getFileName().toString()))
                .contains("Parts.java", "TitleSplitter.java", "DocxTextExtractor.java", "Inputs.java", "Lexicon.java");
        List<String> violations = new ArrayList<>();
        for (Path p : sources) {
            String rel = root().relativize(p).toString().replace('\\', '/');
            if (rel.equals(LEXICON)) {
                continue;
            }
            for (String list : wordLists(Files.readString(p, StandardCharsets.UTF_8))) {
                violations.add(rel + ": " + list);
            }
        }
        assertThat(violations)
                .as("word lists of the domain outside the Lexicon")
                .isEmpty();
    }

    @Test
    void theScanFindsTheListsItLooksFor() {
        assertThat(wordLists("static final Pattern P = Pattern.compile(\"原因|根源|成因\");"))
                .hasSize(1);
        assertThat(wordLists("static final Pattern P = Pattern.compile(\"(存在|面临).{0,20}\");"))
                .hasSize(1);
        assertThat(wordLists("List<String> L = List.of(\"局\", \"委员会\", \"办公室\");"))
                .hasSize(1);
        assertThat(wordLists("String s = \"现将有关情况报告如下：\";")).isEmpty();
        assertThat(wordLists("boolean b = t.contains(\"关于\");")).isEmpty();
        assertThat(wordLists("/** \"原因|根源\" in a comment */ int x;")).isEmpty();
        assertThat(wordLists("Pattern p = Pattern.compile(\"年0[0-9]月|月0[0-9]日\");"))
                .isEmpty();
        // the lexicon itself holds them
        assertThat(wordLists("List<String> L = List.of(\"举措\", \"成效\", \"做法\");"))
                .isNotEmpty();
    }
}
