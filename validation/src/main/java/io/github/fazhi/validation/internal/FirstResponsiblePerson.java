package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
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
 * Also holds the duty themes of domain.md §2.1 with their detection keywords.
 */
public final class FirstResponsiblePerson {

    /** Words for the year-end report on the rule of law (述法, also made as part of the 述职). */
    public static final Pattern SHUFA = Pattern.compile("述法|述职");

    /** Words naming the principal leader or the leadership. */
    public static final Pattern LEADER = Pattern.compile("主要负责人|主要负责同志|主要领导|党政主要负责|一把手|书记|局长|主任|区长|县长|市长|省长|州长"
            + "|盟长|旗长|镇长|乡长|厅长|部长|署长|党组|党委|领导班子|班子成员|常务会议|常委会|办公会|领导小组");

    private static final Pattern DUTY = Pattern.compile("第一责任人");
    private static final Pattern PRINCIPAL = Pattern.compile("主要负责人|主要负责同志|党政主要负责");
    private static final Pattern DUTY_SPOKEN_OF = Pattern.compile("第一责任人.{0,8}(职责|责任)");

    private FirstResponsiblePerson() {}

    /** A duty theme: id ({@code G1}…, {@code X1}, {@code P1}…) and its detection keywords. */
    public record Theme(String id, Pattern keywords) {
        static Theme of(String id, String regex) {
            return new Theme(id, Pattern.compile(regex));
        }
    }

    /** Government principal leader (Art. 6): G1 to G6, plus the year-end 述法 X1. */
    public static final List<Theme> GOVERNMENT_THEMES = List.of(
            Theme.of("G1", "组织领导|常务会议|听取.{0,15}汇报|研究部署|工作要点|年度计划|重大问题|部署|统筹|专题研究|亲自"),
            Theme.of("G2", "重大行政决策|合法性审查|法律顾问|公职律师|规范性文件|政务公开|制度建设|决策程序|集体决策|三重一大|法制审核"),
            Theme.of("G3", "督促|依法行政|层级监督|不作为|乱作为|行政执法监督|监督|督查|督办"),
            Theme.of("G4", "出庭应诉|负责人出庭|生效裁判|司法建议|行政审判"),
            Theme.of("G5", "行政复议|行政调解|矛盾纠纷|化解|信访"),
            Theme.of("G6", "学法|习近平法治思想|理论学习中心组|普法"),
            Theme.of("X1", "述法|述职|点评"));

    /** Party-committee principal leader (Art. 5): P1 to P6. */
    public static final List<Theme> PARTY_THEMES = List.of(
            Theme.of("P1", "常委会|听取|研究解决|纳入.{0,15}规划|同部署"),
            Theme.of("P2", "依法依规决策|法律顾问|合法合规性审查"),
            Theme.of("P3", "支持.{0,20}依法履职|干预司法|插手具体案件"),
            Theme.of("P4", "法治工作队伍|政法机关|提拔使用"),
            Theme.of("P5", "关键少数|中心组|集体学法|干部教育培训"),
            Theme.of("P6", "政绩考核|考核|普法|法治宣传教育"));

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
