package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.testing.ReportGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CitationAnachronismRule#meetingsCited} looks for the Party meetings only in a text unit whose signature holds
 * 大 or 届. It must give what {@link Lexicon#meetingsCited}, the reference, gives for every text.
 */
class CitationMeetingsFastPathTest {

    @Property(tries = 3000)
    void meetingsAsTheLexiconFindsThem(@ForAll("texts") String text) {
        Texts.Unit u = new Texts.Unit(Paragraph.of(text), text);
        assertThat(CitationAnachronismRule.meetingsCited(u)).as(text).isEqualTo(Lexicon.meetingsCited(text));
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(5);
        int skipped = 0;
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                assertThat(CitationAnachronismRule.meetingsCited(u))
                        .as(u.text())
                        .isEqualTo(Lexicon.meetingsCited(u.text()));
                skipped += u.holdsAny(CitationAnachronismRule.MEETING) ? 0 : 1;
            }
        }
        assertThat(skipped).as("texts not searched").isPositive();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> chars =
                Arbitraries.strings().withChars("党的十九二大届三四五中全会和、精神 x").ofMaxLength(8);
        Arbitrary<String> pieces = Arbitraries.of("党的十九大", "二十大", "十九届五中全会", "二十届三中全会", "十八大以来", "即将召开的二十大");
        return Arbitraries.oneOf(chars, pieces).list().ofMaxSize(4).map(l -> String.join("", l));
    }
}
