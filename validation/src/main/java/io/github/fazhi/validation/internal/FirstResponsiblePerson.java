package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
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
 * Finds the content on item 3, the principal leaders' performance of the first-responsible-person duty
 * (domain.md §8.5): a part of its own, or else a sub-part (a numbered or unnumbered sub-heading, or a run-in
 * heading) whose heading says it is that performance, as many departments write it under part 一. A sentence
 * or an {@code 一是…} item elsewhere that merely mentions the duty never is the content.
 *
 * <p>Within the content, a sentence is <em>about the leader</em> when it names a leader ({@link Lexicon#LEADER_WORDS},
 * outside a cited title {@code 《…》}), or follows such a sentence in the same section (the subject carried
 * over, until a paragraph opens with others: {@link Lexicon#OTHER_SUBJECT_OPENINGS}), or stands under a
 * sub-heading of the content that names a leader; a sub-heading of the content is itself about the leader (it
 * heads the leader's performance). Duty themes count only in those sentences.
 *
 * <p>Linear in the size of the report. The duty themes of domain.md §2.1 with their detection keywords are
 * the {@link Lexicon}'s.
 */
public final class FirstResponsiblePerson {

    /** Words for the year-end report on the rule of law (述法, also made as part of the 述职). */
    public static final Pattern SHUFA = Lexicon.anyOf(Lexicon.SHUFA_WORDS);

    /** {@link #SHUFA}, tried only where one of its words starts. */
    private static final StartChars SHUFA_STARTS = StartChars.ofWords(SHUFA, Lexicon.SHUFA_WORDS);

    /** Words naming the principal leader or the leadership. */
    public static final Pattern LEADER = Lexicon.anyOf(Lexicon.LEADER_WORDS);

    private static final Pattern CITED = Pattern.compile("《[^《》]{0,80}》");

    private FirstResponsiblePerson() {}

    /** A duty theme: id ({@code G1}…, {@code X1}, {@code P1}…), its detection keywords and their fast search. */
    public record Theme(String id, StartChars search) {
        static Theme of(Lexicon.DutyTheme t) {
            return new Theme(t.id(), StartChars.ofAlternation(t.keywords()));
        }

        /** The detection keywords, as a pattern. */
        public Pattern keywords() {
            return search.pattern();
        }

        /** Whether {@code text} holds one of the keywords. */
        public boolean foundIn(String text) {
            return search.first(text).isPresent();
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
     * @param sections the part or parts of its own (top level), or else the outermost sub-parts, in order
     * @param ownPart whether it is a part of its own (rather than a sub-part of another part)
     * @param leaderSentences the sentences of it about the leader, in order
     * @param hasBody whether it has any text beyond its heading
     */
    public record Content(List<Section> sections, boolean ownPart, List<String> leaderSentences, boolean hasBody) {

        /** Copies the lists. */
        public Content {
            sections = List.copyOf(sections);
            leaderSentences = List.copyOf(leaderSentences);
        }

        /** The element findings about the content point at: its first section. */
        public Section anchor() {
            return sections.get(0);
        }

        /** Whether some sentence of the body names a leader (so the body says who performed the duty). */
        public boolean namesLeader() {
            return !leaderSentences.isEmpty();
        }

        /** The sentences about the leader, one a line: where duty themes are looked for. */
        public String leaderText() {
            return String.join("\n", leaderSentences);
        }
    }

    /** The themes for the report's subject: the Party list for a Party committee, else the government list. */
    public static List<Theme> themesFor(AnnualReport report) {
        return isParty(report) ? PARTY_THEMES : GOVERNMENT_THEMES;
    }

    /** Whether the Party-committee duty list applies. */
    public static boolean isParty(AnnualReport report) {
        return report.metadata().subjectType().map(SubjectType::isPartySubject).orElse(false);
    }

    /**
     * The item-3 content, if the report has a part or sub-part for it. Found once per validation (four rules
     * ask): see {@link ReportMemo}.
     */
    public static Optional<Content> find(AnnualReport report) {
        return ReportMemo.get(report, ReportMemo.ITEM_3);
    }

    /** {@link #find} afresh: the reference the kept content is tested against. */
    static Optional<Content> locate(AnnualReport report) {
        List<Section> parts = new ArrayList<>();
        for (Section s : report.sections()) {
            if (s.kind() == SectionKind.FIRST_RESPONSIBLE_PERSON) {
                parts.add(s);
            }
        }
        boolean own = !parts.isEmpty();
        if (!own) {
            for (Section s : report.sections()) {
                collectOutermost(s.subsections(), parts);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        boolean body = false;
        for (Section s : parts) {
            body |= Texts.hasBody(s);
            collect(s, false, true, sentences);
        }
        return Optional.of(new Content(parts, own, sentences, body));
    }

    private static void collectOutermost(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            if (s.kind() == SectionKind.FIRST_RESPONSIBLE_PERSON) {
                out.add(s);
            } else {
                collectOutermost(s.subsections(), out);
            }
        }
    }

    /**
     * Adds the sentences of {@code s} about the leader.
     *
     * @param inScope whether the leader is the subject of everything here (a sub-heading named one)
     * @param root whether {@code s} is the content's own part or sub-part (whose heading only names the duty)
     */
    private static void collect(Section s, boolean inScope, boolean root, List<String> out) {
        boolean scope = inScope;
        if (!root) {
            String heading = s.heading().strip();
            if (!heading.isEmpty()) {
                out.add(heading);
            }
            scope |= namesLeader(heading);
        }
        // the leader named once stays the subject of the following sentences and paragraphs of the section,
        // until a paragraph opens with others (全区…, 各单位…)
        boolean leader = scope;
        for (Paragraph p : s.paragraphs()) {
            String text = p.text().strip();
            if (opensWithOthers(text)) {
                leader = false;
            }
            for (String sentence : sentences(text)) {
                leader |= namesLeader(sentence);
                if (leader) {
                    out.add(sentence);
                }
            }
        }
        for (Section sub : s.subsections()) {
            collect(sub, scope || leader, false, out);
        }
    }

    private static boolean opensWithOthers(String text) {
        for (String w : Lexicon.OTHER_SUBJECT_OPENINGS) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which duty themes the content covers, in the sentences about the leader.
     *
     * @param found the ids of the themes covered, in list order
     * @param missing the ids of the others
     */
    public record Coverage(List<String> found, List<String> missing) {
        /** Copies the lists. */
        public Coverage {
            found = List.copyOf(found);
            missing = List.copyOf(missing);
        }
    }

    /**
     * The duty themes {@code content} covers, from the report subject's list. For the report's own content
     * ({@link #find}) found once per validation (two rules ask): see {@link ReportMemo}.
     */
    public static Coverage coverage(AnnualReport report, Content content) {
        Optional<Content> own = find(report);
        if (own.isPresent() && own.get() == content) {
            Optional<Coverage> kept = ReportMemo.get(report, ReportMemo.COVERAGE);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return coverageAfresh(report, content);
    }

    /** The coverage of the report's own content, if it has one: what {@link ReportMemo#COVERAGE} keeps. */
    static Optional<Coverage> ownCoverage(AnnualReport report) {
        return find(report).map(c -> coverageAfresh(report, c));
    }

    /** {@link #coverage} found afresh: the reference the kept coverage is tested against. */
    static Coverage coverageAfresh(AnnualReport report, Content content) {
        String text = content.leaderText();
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Theme theme : themesFor(report)) {
            (theme.foundIn(text) ? found : missing).add(theme.id());
        }
        return new Coverage(found, missing);
    }

    /** Whether {@code text} holds one of {@link #SHUFA}'s words (述法, 述职). */
    static boolean namesShufa(String text) {
        return SHUFA_STARTS.first(text).isPresent();
    }

    /** {@link #namesShufa} as a plain pattern search: the reference the fast one is tested against. */
    static boolean namesShufaByPattern(String text) {
        return SHUFA.matcher(text).find();
    }

    /** Whether {@code text} names a leader outside the titles it cites. */
    static boolean namesLeader(String text) {
        String outside = text.indexOf('《') < 0 ? text : CITED.matcher(text).replaceAll("");
        return LEADER_STARTS.first(outside).isPresent();
    }

    /** {@link #namesLeader} as a plain pattern search: the reference the fast one is tested against. */
    static boolean namesLeaderByPattern(String text) {
        return LEADER.matcher(CITED.matcher(text).replaceAll("")).find();
    }

    /** {@link #LEADER}, tried only where a leader word starts. */
    private static final StartChars LEADER_STARTS = StartChars.ofWords(LEADER, Lexicon.LEADER_WORDS);

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。！？；!?;\n".indexOf(text.charAt(i)) >= 0) {
                add(text, from, i + 1, out);
                from = i + 1;
            }
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static void add(String text, int from, int to, List<String> out) {
        String t = text.substring(from, to).strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
