package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the content on item 3, the principal leaders' performance of the first-responsible-person duty: a
 * section of that kind, a section or sub-section whose heading names the duty, or paragraphs that speak of
 * it (a run-in bullet {@code 二是扛牢法治建设第一责任人职责} inside item 1, a sentence in the preamble).
 * The duty themes of domain.md §2.1 with their detection keywords are the {@link Lexicon}'s.
 */
public final class FirstResponsiblePerson {

    /** Words for the year-end report on the rule of law (述法, also made as part of the 述职). */
    public static final Pattern SHUFA = Lexicon.anyOf(Lexicon.SHUFA_WORDS);

    /** Words naming the principal leader or the leadership. */
    public static final Pattern LEADER = Lexicon.anyOf(Lexicon.LEADER_WORDS);

    private static final Pattern DUTY = Pattern.compile(Pattern.quote(Lexicon.FIRST_RESPONSIBLE_PERSON));
    private static final Pattern PRINCIPAL = Lexicon.anyOf(Lexicon.PRINCIPAL_WORDS);
    private static final Pattern DUTY_SPOKEN_OF = Lexicon.DUTY_SPOKEN_OF;

    private FirstResponsiblePerson() {}

    /** A duty theme: id ({@code G1}…, {@code X1}, {@code P1}…) and its detection keywords. */
    public record Theme(String id, Pattern keywords) {
        static Theme of(Lexicon.DutyTheme t) {
            return new Theme(t.id(), t.keywords());
        }
    }

    /** Government principal leader (Art. 6): G1 to G6, plus the year-end 述法 X1 ({@link Lexicon#GOVERNMENT_DUTY_THEMES}). */
    public static final List<Theme> GOVERNMENT_THEMES =
            Lexicon.GOVERNMENT_DUTY_THEMES.stream().map(Theme::of).toList();

    /** Party-committee principal leader (Art. 5): P1 to P6 ({@link Lexicon#PARTY_DUTY_THEMES}). */
    public static final List<Theme> PARTY_THEMES =
            Lexicon.PARTY_DUTY_THEMES.stream().map(Theme::of).toList();

    /**
     * The item-3 content.
     *
     * @param anchor the element findings about it point at
     * @param text all its text
     * @param headingNamesLeader whether a heading of it names the leader ({@code 主要负责人履行…})
     */
    public record Content(Element anchor, String text, boolean headingNamesLeader) {}

    /** The themes for the report's subject: the Party list for a Party committee, else the government list. */
    public static List<Theme> themesFor(AnnualReport report) {
        return isParty(report) ? PARTY_THEMES : GOVERNMENT_THEMES;
    }

    /** Whether the Party-committee duty list applies. */
    public static boolean isParty(AnnualReport report) {
        return report.metadata().subjectType().map(SubjectType::isPartySubject).orElse(false);
    }

    /** The item-3 content, if the report has any. */
    public static Optional<Content> find(AnnualReport report) {
        List<Section> sections = report.sections(SectionKind.FIRST_RESPONSIBLE_PERSON);
        if (sections.isEmpty()) {
            sections = report.allSections()
                    .filter(s -> DUTY.matcher(s.heading()).find())
                    .toList();
            // keep only the outermost
            List<Section> outer = new ArrayList<>();
            for (Section s : sections) {
                if (outer.stream().noneMatch(o -> s.id().startsWith(o.id() + "."))) {
                    outer.add(s);
                }
            }
            sections = outer;
        }
        if (!sections.isEmpty()) {
            StringBuilder text = new StringBuilder();
            boolean named = false;
            for (Section s : sections) {
                text.append(s.fullText());
                named |= LEADER.matcher(s.heading()).find();
            }
            return Optional.of(new Content(sections.get(0), text.toString(), named));
        }
        // paragraphs that speak of the duty: the content is the (sub-)section they stand in, or themselves
        Paragraph first = null;
        StringBuilder text = new StringBuilder();
        for (Paragraph p : report.preambleParagraphs()) {
            if (speaksOfDuty(p)) {
                first = first == null ? p : first;
                text.append(p.text()).append('\n');
            }
        }
        for (Section s : report.allSections().toList()) {
            boolean part = report.sections().contains(s);
            for (Paragraph p : s.paragraphs()) {
                if (speaksOfDuty(p)) {
                    first = first == null ? p : first;
                    if (part) {
                        text.append(p.text()).append('\n'); // a whole mandated part would say too much
                    } else {
                        text.append(s.fullText());
                        break;
                    }
                }
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Content(first, text.toString(), false));
    }

    private static boolean speaksOfDuty(Paragraph p) {
        String t = p.text();
        // the duty itself (第一责任人职责) or the principal leader as first responsible person; a mere
        // mechanism (以一把手为第一责任人) is not item-3 content
        return DUTY.matcher(t).find()
                && (DUTY_SPOKEN_OF.matcher(t).find() || PRINCIPAL.matcher(t).find());
    }
}
