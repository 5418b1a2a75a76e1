package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link StartChars} finds exactly what {@link Matcher#find()} finds, for the patterns of the rules that
 * use it, on text made of the chars those patterns care about (and a few others).
 */
class StartCharsTest {

    @Property(tries = 2000)
    void placeholdersAsFindFindsThem(@ForAll("texts") String text) throws Exception {
        assertSameMatches(PlaceholderRule.class, "PLACEHOLDER", "PLACEHOLDERS", text);
    }

    @Property(tries = 2000)
    void requestsAsFindFindsThem(@ForAll("texts") String text) throws Exception {
        assertSameMatches(RequestInReportRule.class, "REQUEST", "REQUESTS", text);
    }

    @Property(tries = 2000)
    void markingsAsFindFindsThem(@ForAll("texts") String text) throws Exception {
        assertSameMatches(ClassifiedMarkingRule.class, "MARKING", "MARKINGS", text);
    }

    @Property(tries = 2000)
    void damagedYearRangesAsFindFindsThem(@ForAll("years") String text) {
        StartChars fast = new StartChars(io.github.fazhi.core.Lexicon.YEAR_RANGE_DAMAGED, "12");
        List<String> expected = new ArrayList<>();
        Matcher m = io.github.fazhi.core.Lexicon.YEAR_RANGE_DAMAGED.matcher(text);
        while (m.find()) {
            expected.add(m.start() + ":" + m.group() + ":" + m.group("from") + ":" + m.group("to"));
        }
        List<String> actual = new ArrayList<>();
        fast.each(text, r -> actual.add(r.start() + ":" + r.group() + ":" + r.group("from") + ":" + r.group("to")));
        assertThat(actual).as("ranges in %s", text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> years() {
        return Arbitraries.strings().withChars("0125920-—～~至年度（）").ofMaxLength(24);
    }

    @Property(tries = 2000)
    void leaderWordsAsThePatternFindsThem(@ForAll("leaders") String text) {
        assertThat(FirstResponsiblePerson.namesLeader(text))
                .as("names a leader: %s", text)
                .isEqualTo(FirstResponsiblePerson.namesLeaderByPattern(text));
    }

    @Provide
    Arbitrary<String> leaders() {
        return Arbitraries.strings()
                .withChars("主要负责人同志领导党政一把手书记局长区县市部党组委班子成员会议《》法治")
                .ofMaxLength(24);
    }

    @Property(tries = 2000)
    void shufaWordsAsThePatternFindsThem(@ForAll("shufa") String text) {
        assertThat(FirstResponsiblePerson.namesShufa(text))
                .as("names 述法: %s", text)
                .isEqualTo(FirstResponsiblePerson.namesShufaByPattern(text));
    }

    @Provide
    Arbitrary<String> shufa() {
        return Arbitraries.strings().withChars("述法职评议年终述述，。x").ofMaxLength(16);
    }

    @Property(tries = 2000)
    void dutyThemesAsThePatternFindsThem(@ForAll("themes") String text) {
        for (FirstResponsiblePerson.Theme t : FirstResponsiblePerson.GOVERNMENT_THEMES) {
            assertThat(t.foundIn(text))
                    .as("%s in %s", t.id(), text)
                    .isEqualTo(t.keywords().matcher(text).find());
        }
        for (FirstResponsiblePerson.Theme t : FirstResponsiblePerson.PARTY_THEMES) {
            assertThat(t.foundIn(text))
                    .as("%s in %s", t.id(), text)
                    .isEqualTo(t.keywords().matcher(text).find());
        }
    }

    @Provide
    Arbitrary<String> themes() {
        return Arbitraries.strings()
                .withChars("听取工作汇报组织领导部署督促监督学法述职考核支持依法履职纳入规划中心组集体。，")
                .ofMaxLength(40);
    }

    @Example
    void ofAlternationTakesTheFirstCharOfEachAlternativeAndRefusesWhatItCannotTell() {
        StartChars s = StartChars.ofAlternation(Pattern.compile("听取.{0,15}汇报|部署|c(?:a|b)"));
        assertThat(s.first("他听取了汇报").map(MatchResult::group)).contains("听取了汇报");
        for (String bad : List.of("a|.b", "a?b|c", "(a|b)", "a|", "[ab]c", "a*|b", "a{0,2}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartChars.ofAlternation(Pattern.compile(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> StartChars.ofAlternation(Pattern.compile("ab", Pattern.CASE_INSENSITIVE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void examples() throws Exception {
        for (String text : List.of(
                "",
                "办理行政复议案件XX件，某某单位【填写名称】（此处填写数字）共**次",
                "ab x01x XX",
                "妥否，请批示。以上请示",
                "  秘密  ",
                "绝密★10年，保密期限：5年",
                "xXX",
                "【】【")) {
            assertSameMatches(PlaceholderRule.class, "PLACEHOLDER", "PLACEHOLDERS", text);
            assertSameMatches(RequestInReportRule.class, "REQUEST", "REQUESTS", text);
            assertSameMatches(ClassifiedMarkingRule.class, "MARKING", "MARKINGS", text);
        }
        StartChars placeholders = (StartChars) field(PlaceholderRule.class, "PLACEHOLDERS");
        assertThat(placeholders.all("共XX件，某某单位").stream().map(MatchResult::group))
                .containsExactly("XX", "某某");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("XxＸｘ×某*＊【】（）()此处填写名称01 9次件妥当否请予批示准特以上如下绝机秘密★保期限:：年个月法治\n")
                .ofMaxLength(30);
    }

    private static void assertSameMatches(Class<?> rule, String patternField, String startCharsField, String text)
            throws Exception {
        Pattern pattern = (Pattern) field(rule, patternField);
        StartChars fast = (StartChars) field(rule, startCharsField);
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(m.start() + ":" + m.group());
        }
        List<String> actual =
                fast.all(text).stream().map(r -> r.start() + ":" + r.group()).toList();
        assertThat(actual).as("all matches in %s", text).isEqualTo(expected);
        assertThat(fast.first(text).map(r -> r.start() + ":" + r.group()))
                .as("first match in %s", text)
                .isEqualTo(expected.stream().findFirst());
    }

    private static Object field(Class<?> type, String name) throws Exception {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }
}
