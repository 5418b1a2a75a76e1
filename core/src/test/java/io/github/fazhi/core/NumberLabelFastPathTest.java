package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link NumberLabel#parseAtStart} looks at the first chars before it runs a regular expression (for
 * speed: it runs on every line the plain-text reader reads, see benchmarks/README.md). It must answer
 * exactly as trying every pattern in turn does, which this test keeps as the reference.
 */
class NumberLabelFastPathTest {

    private static final String CN = "[〇零一二三四五六七八九十百两]{1,6}";
    private static final Pattern LEVEL1 = Pattern.compile("^(" + CN + ")\\s*([、.．，,])");
    private static final Pattern LEVEL2 = Pattern.compile("^([（(])\\s*(" + CN + ")\\s*([）)])(\\s*[、.．，,])?");
    private static final Pattern LEVEL3 = Pattern.compile("^([0-9０-９]{1,3})\\s*([.．、,，])(?![0-9０-９])");
    private static final Pattern LEVEL4 = Pattern.compile("^([（(])\\s*([0-9０-９]{1,3})\\s*([）)])(\\s*[、.．，,])?");
    private static final Pattern LEVEL2_CLOSING_ONLY = Pattern.compile("^(" + CN + ")\\s*[）)]");
    private static final Pattern LEVEL4_CLOSING_ONLY = Pattern.compile("^([0-9０-９]{1,3})\\s*[）)]");

    @Property(tries = 3000)
    void answersAsTryingEveryPattern(@ForAll("lines") String line) {
        assertThat(NumberLabel.parseAtStart(line)).isEqualTo(reference(line));
    }

    @Example
    void linesThatStartWithANumeralButCarryNoLabel() {
        assertThat(NumberLabel.parseAtStart("一是加强组织领导")).isEmpty();
        assertThat(NumberLabel.parseAtStart("一二三四五六七、")).isEmpty();
        assertThat(NumberLabel.parseAtStart("二十三、"))
                .hasValueSatisfying(l -> assertThat(l.ordinal()).isEqualTo(23));
        assertThat(NumberLabel.parseAtStart("十 \t、坚持"))
                .hasValueSatisfying(l -> assertThat(l.level()).isEqualTo(1));
        assertThat(NumberLabel.parseAtStart("")).isEmpty();
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings()
                .withChars("〇零一二三四五六七八九十百两0123456789０１２９（()） \t、.．，,是加强年")
                .ofMinLength(0)
                .ofMaxLength(12);
    }

    /** parseAtStart as it was: every pattern in turn. */
    private static Optional<NumberLabel> reference(CharSequence text) {
        Matcher m = LEVEL2.matcher(text);
        if (m.lookingAt()) {
            OptionalInt n = ChineseNumerals.parse(m.group(2));
            if (n.isPresent()) {
                boolean standard = m.group(1).equals("（") && m.group(3).equals("）") && m.group(4) == null;
                return Optional.of(new NumberLabel(
                        m.group(), 2, n.getAsInt(), standard && !m.group().contains(" ")));
            }
        }
        m = LEVEL4.matcher(text);
        if (m.lookingAt()) {
            int n = arabic(m.group(2));
            if (n > 0) {
                boolean standard = m.group(1).equals("（") && m.group(3).equals("）") && m.group(4) == null;
                return Optional.of(
                        new NumberLabel(m.group(), 4, n, standard && !m.group().contains(" ")));
            }
        }
        m = LEVEL1.matcher(text);
        if (m.lookingAt()) {
            OptionalInt n = ChineseNumerals.parse(m.group(1));
            if (n.isPresent()) {
                boolean standard = m.group(2).equals("、")
                        && m.group().length() == m.group(1).length() + 1;
                return Optional.of(new NumberLabel(m.group(), 1, n.getAsInt(), standard));
            }
        }
        m = LEVEL3.matcher(text);
        if (m.lookingAt()) {
            int n = arabic(m.group(1));
            if (n > 0) {
                boolean standard = m.group(2).equals(".")
                        && m.group(1).chars().allMatch(c -> c >= '0' && c <= '9')
                        && m.group().length() == m.group(1).length() + 1;
                return Optional.of(new NumberLabel(m.group(), 3, n, standard));
            }
        }
        m = LEVEL2_CLOSING_ONLY.matcher(text);
        if (m.lookingAt()) {
            OptionalInt n = ChineseNumerals.parse(m.group(1));
            if (n.isPresent()) {
                return Optional.of(new NumberLabel(m.group(), 2, n.getAsInt(), false));
            }
        }
        m = LEVEL4_CLOSING_ONLY.matcher(text);
        if (m.lookingAt()) {
            int n = arabic(m.group(1));
            if (n > 0) {
                return Optional.of(new NumberLabel(m.group(), 4, n, false));
            }
        }
        return Optional.empty();
    }

    private static int arabic(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            value = value * 10 + (c >= '０' && c <= '９' ? c - '０' : c - '0');
        }
        return value;
    }
}
