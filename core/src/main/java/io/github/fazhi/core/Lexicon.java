package io.github.fazhi.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of the genre, in one place: the structure reader, the section classifier, the validation rules
 * and the renderers all take them from here, and this is the one place to add a part alias, an organ
 * suffix or a portal's furniture phrase. The lists follow {@code domain.md} §6 (titles and headings seen in
 * real reports) and §8.5 (the keyword sets for classifying sections); each constant says what it is for.
 *
 * <p>Everything here is immutable data: unmodifiable lists of strings and compiled patterns. Lists are
 * matched with {@link #containsAny} (a heading contains the word) unless their documentation says
 * otherwise.
 *
 * <pre>{@code
 * Lexicon.endsWithOrganSuffix("清河市清河区司法局");        // true (局)
 * Lexicon.containsAny("二、存在的问题和不足", Lexicon.SHORTCOMINGS_WORDS); // true
 * Lexicon.yearIn("《法治政府建设实施纲要（2021—2025年）》2023年工作"); // OptionalInt[2023]
 * Lexicon.isInlineEnumeration("三是强化监督。");            // true
 * }</pre>
 *
 * <p>Thread-safe: it holds no state.
 */
public final class Lexicon {

    private Lexicon() {}

    // ------------------------------------------------------------------------------------------------
    // Organs

    /**
     * How the names of issuing organs end ({@code 清河市清河区司法局}, {@code 清源街道办事处},
     * {@code 中共清河区委}), longest first: a short line ending in one of them, with no punctuation, is an
     * issuer line, and the part of a title before {@code 关于} or the year that ends in one is the issuer.
     */
    public static final List<String> ORGAN_SUFFIXES = longestFirst(List.of(
            "人民政府", "政府", "管理委员会", "委员会", "管委会", "办公室", "街道办事处", "办事处", "领导小组", "党组", "自治区", "区委", "县委", "市委", "中心",
            "街道", "公司", "局", "委", "办", "厅", "部", "院", "署", "处", "所", "站", "队", "镇", "乡", "区", "县", "市", "省", "州", "旗",
            "盟", "社", "会"));

    /**
     * Organ suffixes that end an issuer's name inside a title, where a break between the issuer and the rest
     * may fall ({@code 清河市清河区司法局 / 关于2025年…的报告}): {@link #ORGAN_SUFFIXES} without the
     * one-character place names ({@code 区 县 市 省 州 旗 盟 镇 乡}) and {@code 社 会 公司}, which end many
     * words that are not organ names.
     */
    public static final List<String> TITLE_ORGAN_SUFFIXES = longestFirst(List.of(
            "人民政府", "政府", "管理委员会", "委员会", "管委会", "办公室", "街道办事处", "办事处", "中心", "区委", "县委", "市委", "局", "厅", "部", "委", "办",
            "院", "署", "所", "处", "站", "队"));

    /**
     * Short forms of words in organ names, long form first ({@code 人民政府} → {@code 政府}), in the order
     * to apply them: each only ever makes two spellings of one organ's name equal, never two organs.
     */
    public static final List<Map.Entry<String, String>> ORGAN_SHORT_FORMS = List.of(
            Map.entry("中国共产党", "中共"),
            Map.entry("人民政府", "政府"),
            Map.entry("街道办事处", "街道"),
            Map.entry("委员会", "委"),
            Map.entry("办公室", "办"),
            Map.entry("市场监督管理", "市场监管"),
            Map.entry("住房和城乡建设", "住房城乡建设"),
            Map.entry("人力资源和社会保障", "人力资源社会保障"));

    /** The words that end a place name inside an organ's name: 清河<b>市</b>清河<b>区</b>司法局, longest first. */
    public static final List<String> PLACE_LEVEL_SUFFIXES =
            longestFirst(List.of("自治区", "自治州", "自治县", "街道", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡"));

    /**
     * Words of the genre that file names and titles carry around an organ's name ({@code 清河区司法局2025年法治政府建设
     * 年度报告（终稿）}), longest first, so that what is left is the organ.
     */
    public static final List<String> FILE_NAME_GENRE_WORDS = longestFirst(List.of(
            "法治政府建设", "法治建设", "年度报告", "工作报告", "情况报告", "报告", "情况", "工作", "关于", "年度", "终稿", "定稿", "修改稿", "送审稿", "公开版",
            "报送版", "最终版", "副本", "的"));

    /** The organ suffix {@code name} ends with (the longest), when it is longer than the suffix. */
    public static Optional<String> organSuffix(String name) {
        for (String suffix : ORGAN_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return Optional.of(suffix);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} ends as an organ's name ends and is more than the suffix. */
    public static boolean endsWithOrganSuffix(String name) {
        return organSuffix(name).isPresent();
    }

    // ------------------------------------------------------------------------------------------------
    // Titles

    /** The topic words of a title ({@code …法治政府建设情况的报告}); a line naming one may be the title. */
    public static final List<String> TITLE_TOPICS = List.of("法治政府建设", "法治政府", "法治建设", "依法行政");

    /** The topic the title of an annual report names (domain.md §8.2, FGR-T01). */
    public static final String REPORT_TOPIC = "法治政府建设";

    /** The document type a title ends with (公文处理工作条例: 报告). */
    public static final String REPORT_DOCTYPE = "报告";

    /**
     * How titles end, longest first ({@code 工作情况的报告}, {@code 情况的报告}, {@code 年度报告} …;
     * domain.md §6.1, title grammar {@code Kind}); a title may break before them.
     */
    public static final List<String> TITLE_KINDS = longestFirst(
            List.of("工作情况的报告", "年度情况报告", "工作总结的报告", "情况的报告", "工作的报告", "情况报告", "年度报告", "工作报告", "的报告", "报告"));

    /** The word a title uses before its subject, as in {@code 清河区司法局关于2025年…的报告}. */
    public static final String ABOUT = "关于";

    /**
     * Words that make a report cover less or more than one calendar year (half-year, quarterly and five-year
     * reports, a year range, a month range; domain.md §8.1 FGR-C16).
     */
    public static final Pattern NOT_ANNUAL = Pattern.compile("上半年|下半年|半年度?|前三季度?|第?[一二三四1-4１-４]季度|季度"
            + "|(?<![〇○零一二三四五六七八九])五年|十[二三四五]五|(?<![0-9])[1１]\\s*[-—–至到~～]\\s*[0-9]{1,2}\\s*月"
            + "|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月"
            + "|(?:19|20)[0-9]{2}\\s*年?\\s*[-—–至到~～]\\s*(?:(?:19|20)[0-9]{2}|[0-9]{2})\\s*年");

    /** A title that calls the report a summary ({@code …工作总结的报告}; domain.md §8.2 FGR-T03). */
    public static final Pattern SUMMARY_DOCTYPE = Pattern.compile("总结(的)?(报告)?$");

    // ------------------------------------------------------------------------------------------------
    // Parts: the five mandated items (domain.md §1.2, §6.2, §8.5)

    /** Item 5: a heading containing one of these is the "other matters" part. */
    public static final List<String> OTHER_PART_WORDS = List.of("其他需要报告", "其他需报告", "其他需要说明", "其他报告事项");

    /** Item 5: a heading that is exactly one of these (label and punctuation aside) is the "other matters" part. */
    public static final List<String> OTHER_PART_HEADINGS = List.of("其他", "其他情况", "其他事项", "其他工作");

    /** Item 3: the duty itself; a heading naming it is the first-responsible-person part. */
    public static final List<String> FIRST_RESPONSIBLE_PERSON_WORDS = List.of("第一责任人", "第一责任");

    /** The principal leaders (主要负责人); with a {@link #DUTY_WORDS duty word} a heading is item 3. */
    public static final List<String> PRINCIPAL_LEADER_WORDS =
            List.of("主要负责人", "主要负责同志", "主要领导", "党政主要负责", "一把手", "主要负责");

    /** Performing a duty: with a {@link #PRINCIPAL_LEADER_WORDS leader word} a heading is item 3. */
    public static final List<String> DUTY_WORDS = List.of("履行", "职责", "履职", "述法");

    /** Item 4 beyond doubt: a heading naming one is the next-year plan. */
    public static final List<String> PLAN_WORDS_STRONG =
            List.of("下一年度", "下一年", "下年度", "下一步", "下步", "下阶段", "下一阶段", "明年", "今后", "来年");

    /** Item 4 when nothing else fits: a heading naming one and no other part is the next-year plan. */
    public static final List<String> PLAN_WORDS =
            List.of("安排", "打算", "工作思路", "总体思路", "思路举措", "工作计划", "展望", "努力方向", "工作要点", "重点任务", "工作设想");

    /** Item 2: a heading naming one is the shortcomings part. */
    public static final List<String> SHORTCOMINGS_WORDS =
            List.of("不足", "短板", "差距", "薄弱", "原因", "存在问题", "主要问题", "困难和问题", "问题和困难", "问题与困难");

    /** Item 2: {@code 存在的问题}, {@code 存在的主要困难} and the like. */
    public static final Pattern SHORTCOMINGS_PATTERN = Pattern.compile("存在[^，,；;]{0,8}(?:问题|困难)");

    /** Item 1: a heading naming one (and no other part) is the measures-and-results part. */
    public static final List<String> MEASURES_WORDS = List.of(
            "举措", "措施", "成效", "工作情况", "主要做法", "做法", "完成情况", "开展情况", "基本情况", "根本情况", "总体情况", "建设情况", "推进情况", "落实情况",
            "进展情况", "主要工作", "工作开展", "主要成绩", "工作成绩", "取得成绩", "工作回顾", "工作总结");

    /**
     * Words that speak of a shortcoming, in a heading or in the sentence that admits one
     * ({@code 仍存在……问题}): how a report written as thematic sections shows item 2.
     */
    public static final List<String> SHORTCOMING_MENTIONS = List.of("问题", "不足", "差距", "短板", "薄弱", "困难");

    /** Words that admit a shortcoming before naming it ({@code 存在}, {@code 仍有}, {@code 清醒认识到}). */
    public static final List<String> ADMISSION_WORDS = List.of("存在", "面临", "仍有", "还有", "尚有", "认识到", "看到", "清醒");

    /** Headings of the next-year plan in the words validation accepts for item 4 anywhere in the tree. */
    public static final List<String> PLAN_HEADING_WORDS =
            List.of("下一步", "下一年度", "工作安排", "工作打算", "工作思路", "主要安排", "工作计划", "今后");

    /** How a paragraph about next year opens ({@code 下一步，我局将……}); the year Y+1 opens one too. */
    public static final List<String> PLAN_OPENINGS = List.of("下一步", "下一年度", "今后", "明年");

    /** Words of intent after a plan's opening ({@code 将}, {@code 继续}, {@code 着力}). */
    public static final List<String> INTENT_WORDS = List.of("将", "要", "继续", "计划", "拟", "着力", "重点");

    /** Words that give causes in the shortcomings part (item 2 asks for 不足和原因). */
    public static final List<String> CAUSE_WORDS = List.of("原因", "根源", "成因", "根子", "究其", "缘于", "源于", "由于", "在于");

    /**
     * Every word that names part {@code kind} in a heading, for documentation and tools (the classifier
     * applies them in its own order, see {@link SectionClassifier}).
     */
    public static List<String> partWords(SectionKind kind) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case MEASURES_AND_RESULTS -> out.addAll(MEASURES_WORDS);
            case SHORTCOMINGS_AND_CAUSES -> out.addAll(SHORTCOMINGS_WORDS);
            case FIRST_RESPONSIBLE_PERSON -> {
                out.addAll(FIRST_RESPONSIBLE_PERSON_WORDS);
                out.addAll(PRINCIPAL_LEADER_WORDS);
            }
            case NEXT_YEAR_PLAN -> {
                out.addAll(PLAN_WORDS_STRONG);
                out.addAll(PLAN_WORDS);
            }
            case OTHER -> {
                out.addAll(OTHER_PART_WORDS);
                out.addAll(OTHER_PART_HEADINGS);
            }
            default -> {}
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------------
    // Leaders and duties (domain.md §2)

    /**
     * Words naming a leader or the leadership, the principal leaders included: {@link #PRINCIPAL_LEADER_WORDS},
     * leaders' titles ({@code 党组书记}, {@code 局长}, {@code 区长} …) and leading bodies ({@code 党组},
     * {@code 常务会议} …).
     */
    public static final List<String> LEADER_WORDS = List.of(
            "主要负责人", "主要负责同志", "主要领导", "党政主要负责", "一把手", "书记", "局长", "主任", "区长", "县长", "市长", "省长", "州长", "盟长", "旗长",
            "镇长", "乡长", "厅长", "部长", "署长", "党组", "党委", "领导班子", "班子成员", "常务会议", "常委会", "办公会", "领导小组");

    /** The principal leaders as the 2016 规定 names them: the content of item 3 speaks of them. */
    public static final List<String> PRINCIPAL_WORDS = List.of("主要负责人", "主要负责同志", "党政主要负责");

    /** The duty the 2016 规定 gives them. */
    public static final String FIRST_RESPONSIBLE_PERSON = "第一责任人";

    /** The duty spoken of as a duty ({@code 第一责任人职责}, {@code 第一责任人的责任}). */
    public static final Pattern DUTY_SPOKEN_OF = Pattern.compile("第一责任人.{0,8}(职责|责任)");

    /** The year-end report on the rule of law (述法, also made as part of the 述职). */
    public static final List<String> SHUFA_WORDS = List.of("述法", "述职");

    /**
     * Openings of a paragraph about others than the leaders (the whole area, every unit): inside the item-3
     * part, such a paragraph is not the leader's performance, and the duty words in it do not count.
     */
    public static final List<String> OTHER_SUBJECT_OPENINGS = List.of(
            "全区", "全市", "全县", "全省", "全州", "全镇", "全乡", "全街道", "全系统", "全局干部", "各单位", "各部门", "各科室", "各执法单位", "各镇街", "各乡镇",
            "各街道", "各村", "各级");

    /**
     * A duty theme of the principal leader with its detection keywords (domain.md §2.1): id ({@code G1} …
     * {@code G6}, {@code X1}, {@code P1} … {@code P6}) and a pattern that finds any of them.
     *
     * @param id the theme's id
     * @param keywords a pattern matching any of its keywords
     */
    public record DutyTheme(String id, Pattern keywords) {
        static DutyTheme of(String id, String regex) {
            return new DutyTheme(id, Pattern.compile(regex));
        }
    }

    /** The government principal leader's duties (2016 规定 Art. 6): G1 to G6, and the year-end 述法 X1. */
    public static final List<DutyTheme> GOVERNMENT_DUTY_THEMES = List.of(
            DutyTheme.of("G1", "组织领导|常务会议|听取.{0,15}汇报|研究部署|工作要点|年度计划|重大问题|部署|统筹|专题研究|亲自"),
            DutyTheme.of("G2", "重大行政决策|合法性审查|法律顾问|公职律师|规范性文件|政务公开|制度建设|决策程序|集体决策|三重一大|法制审核"),
            DutyTheme.of("G3", "督促|依法行政|层级监督|不作为|乱作为|行政执法监督|监督|督查|督办"),
            DutyTheme.of("G4", "出庭应诉|负责人出庭|生效裁判|司法建议|行政审判"),
            DutyTheme.of("G5", "行政复议|行政调解|矛盾纠纷|化解|信访"),
            DutyTheme.of("G6", "学法|习近平法治思想|理论学习中心组|普法"),
            DutyTheme.of("X1", "述法|述职|点评"));

    /** The Party-committee principal leader's duties (2016 规定 Art. 5): P1 to P6. */
    public static final List<DutyTheme> PARTY_DUTY_THEMES = List.of(
            DutyTheme.of("P1", "常委会|听取|研究解决|纳入.{0,15}规划|同部署"),
            DutyTheme.of("P2", "依法依规决策|法律顾问|合法合规性审查"),
            DutyTheme.of("P3", "支持.{0,20}依法履职|干预司法|插手具体案件"),
            DutyTheme.of("P4", "法治工作队伍|政法机关|提拔使用"),
            DutyTheme.of("P5", "关键少数|中心组|集体学法|干部教育培训"),
            DutyTheme.of("P6", "政绩考核|考核|普法|法治宣传教育"));

    // ------------------------------------------------------------------------------------------------
    // Years

    /**
     * A year as reports write it: {@code 2024年}, {@code 2024年度}, {@code ２０２４年}, {@code 二〇二四年}; group 1
     * holds the digits, group 2 {@code 度} when present. Not inside a longer number.
     */
    public static final Pattern YEAR =
            Pattern.compile("(?<![0-9０-９〇○零一二三四五六七八九])((?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇○零一二三四五六七八九]{3})\\s*年(度)?");

    /** The marks between the two years of a range ({@code 2021—2025年}, {@code 2021至2025年}). */
    public static final String YEAR_RANGE_MARKS = "—–-－~～至到";

    /** A year range: {@code 2021—2025年}, {@code （2021-2025年）}, {@code 2021年度至2025年度}. */
    public static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20|１９|２０)[0-9０-９]{2}\\s*年?度?\\s*["
            + YEAR_RANGE_MARKS + "]{1,2}\\s*(?:19|20|１９|２０)[0-9０-９]{2}\\s*年?度?");

    /** The name of a cited document ({@code 《法治政府建设实施纲要（2021—2025年）》}): its years are not the report's. */
    public static final Pattern CITED_DOCUMENT = Pattern.compile("《[^《》]{0,200}》");

    /**
     * The sentence that closes a preamble and names the report ({@code 现将我局2022年法治政府建设工作情况报告如下}):
     * group 1 holds what it reports on, whose year is the reporting year.
     */
    public static final Pattern REPORTING_FORMULA = Pattern.compile("(?:现将|特将|现就|下面将)([^。！？!?]{0,80}?)(?:报告|汇报|总结)如下");

    /** The value of a year as matched by group 1 of {@link #YEAR}: {@code 2024}, {@code ２０２４}, {@code 二〇二四}. */
    public static OptionalInt yearValue(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= '０' && c <= '９') {
                d = c - '０';
            } else {
                d = "〇一二三四五六七八九".indexOf(c == '○' || c == '零' ? '〇' : c);
                if (d < 0) {
                    return OptionalInt.empty();
                }
            }
            value = value * 10 + d;
        }
        return digits.isEmpty() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The first year {@code text} names, leaving out cited document names ({@code 《…（2021—2025年）》}) and
     * year ranges; empty when it names none. Only the first 200 chars are read.
     */
    public static OptionalInt yearIn(String text) {
        if (text.indexOf('年') < 0) {
            // every year the pattern takes ends in 年; most headings have none
            return OptionalInt.empty();
        }
        String t = text.length() > 200 ? text.substring(0, 200) : text;
        if (t.indexOf('《') >= 0) {
            t = CITED_DOCUMENT.matcher(t).replaceAll("");
        }
        t = YEAR_RANGE.matcher(t).replaceAll("");
        Matcher m = YEAR.matcher(t);
        return m.find() ? yearValue(m.group(1)) : OptionalInt.empty();
    }

    /**
     * How a preamble opens when it does not open with the year ({@code 为深入贯彻…}, {@code 今年以来}, {@code 我局…}):
     * a title run into such a line on one line is told from it.
     */
    public static final List<String> PREAMBLE_OPENINGS = List.of(
            "为", "近年来", "今年以来", "一年来", "过去一年", "根据", "按照", "在", "自", "我局", "我区", "我市", "我县", "我镇", "我乡", "我街道", "我委",
            "我办", "我厅", "我部", "本局", "全区", "全市", "全县", "全镇", "全省");

    // ------------------------------------------------------------------------------------------------
    // Inline enumeration

    /** An inline enumeration marker ({@code 一是}, {@code 二是} … {@code 十二是}); group 1 holds the numeral. */
    public static final Pattern INLINE_MARKER = Pattern.compile("(?<![〇零一二三四五六七八九十百两])([一二三四五六七八九十]{1,3})是");

    /** The chars an {@link #INLINE_MARKER} can start with. */
    public static final String INLINE_MARKER_NUMERALS = "一二三四五六七八九十";

    /** Whether {@code text} starts with an inline enumeration marker ({@code 三是强化监督。}): such a line is never a heading. */
    public static boolean isInlineEnumeration(String text) {
        int i = 0;
        while (i < text.length() && i < 3 && INLINE_MARKER_NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < text.length() && text.charAt(i) == '是';
    }

    // ------------------------------------------------------------------------------------------------
    // Page furniture (text of a portal page or a printed page that is not the report's)

    /**
     * Where a portal page says where the reader is; a line starting with one (or with {@code 首页} and a
     * separator) is a breadcrumb: {@code 当前位置：首页 > 政务公开 > …}.
     */
    public static final List<String> BREADCRUMB_LABELS =
            List.of("当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前所在位置", "所在位置", "位置：");

    /** The first item of a breadcrumb or a navigation bar. */
    public static final String HOME = "首页";

    /** The separators of a breadcrumb ({@code 首页 > 政务公开 > 法治政府建设}). */
    public static final String BREADCRUMB_SEPARATORS = ">＞»›→/\\|";

    /**
     * The labelled fields of a portal page's metadata lines and 信息公开 tables
     * ({@code 发布时间：2026-03-20 来源：区司法局}, {@code 索引号：… 发布机构：…}); a line starting with one, followed
     * by a colon, is page furniture.
     */
    public static final List<String> FURNITURE_FIELDS = List.of(
            "发布时间", "发布日期", "发文日期", "成文日期", "生成日期", "更新时间", "来源", "信息来源", "文章来源", "稿件来源", "索引号", "发布机构", "发文机构", "公开方式",
            "公开范围", "公开时限", "主题分类", "体裁分类", "组配分类", "主题词", "作者", "责任编辑", "编辑", "审核", "字号", "字体", "浏览次数", "阅读次数", "点击数",
            "点击次数", "访问量", "上一篇", "下一篇", "分享到", "分享", "发文机关", "公开主体", "公开日期", "文号", "发文字号", "名称");

    /** Fields of {@link #FURNITURE_FIELDS} that give the publication date ({@code 发布时间：2026-03-20}). */
    public static final List<String> PUBLICATION_DATE_FIELDS = List.of("发布时间", "发布日期", "发文日期", "更新时间");

    /**
     * Phrases only page furniture holds, anywhere on a short line: print and close buttons, share buttons,
     * the mobile-page hint, the site footer.
     */
    public static final List<String> FURNITURE_PHRASES = List.of(
            "打印本页",
            "关闭窗口",
            "【打印】",
            "【关闭】",
            "[打印]",
            "[关闭]",
            "打印此页",
            "关闭本页",
            "扫一扫在手机打开当前页",
            "在手机打开当前页",
            "扫一扫在手机上查看",
            "手机扫一扫",
            "版权所有",
            "ICP备",
            "icp备",
            "网站标识码",
            "公网安备",
            "网站地图",
            "联系我们",
            "主办单位",
            "承办单位",
            "技术支持",
            "大 中 小",
            "【大】【中】【小】",
            "字号：大",
            "分享到：");

    /** The separators between the fields of a metadata line (spaces, the ideographic space, {@code |}). */
    public static final String FIELD_SEPARATORS = " \t\u3000|｜";

    // ------------------------------------------------------------------------------------------------
    // What a report must not contain (domain.md §8.1 FGR-C13, §8.3 FGR-D03)

    /** Requests embedded in a report ({@code 妥否，请批示}): 报告中不得夹带请示事项. */
    public static final Pattern REQUEST = Pattern.compile("妥否|当否|请予?批示|请予?批准|请予?审批|请予?批复|特此请示|以上请示|请示如下");

    /** The chars a {@link #REQUEST} can start with. */
    public static final String REQUEST_START_CHARS = "妥当请特以";

    /**
     * Unfilled template placeholders (domain.md §8.1 FGR-C12): {@code ××}, {@code XX}, {@code x01x},
     * {@code 某某}, {@code *次}, {@code 【填写名称】}, {@code （此处…）}.
     */
    public static final Pattern PLACEHOLDER = Pattern.compile("(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-z])"
            + "|(?<![A-Za-z0-9])[xX×][0-9]{2}[xX×](?![A-Za-z0-9])"
            + "|某某"
            + "|[*＊]+(?=[次个区件项人万元家户场期名余篇条份天年月日%％])"
            + "|【(?:|[^】]{0,20}(?:填写|填入|此处|名称|单位|数字|日期|时间|具体|内容|姓名|某|[XxＸ×]|待定|待补|补充|…|\\.\\.\\.)[^】]{0,80})】"
            + "|[（(]此处[^）)]{0,40}[）)]");

    /** The chars a {@link #PLACEHOLDER} can start with. */
    public static final String PLACEHOLDER_START_CHARS = "XxＸｘ×某*＊【（(";

    /** Secrecy levels (密级). */
    public static final List<String> SECRECY_LEVELS = List.of("绝密", "机密", "秘密");

    /** A secrecy marking ({@code 机密★5年}), a 保密期限, or a level alone on a line. */
    public static final Pattern CLASSIFIED_MARKING = Pattern.compile("(" + alternation(SECRECY_LEVELS)
            + ")\\s*[★☆]\\s*([0-9０-９一二三四五六七八九十]+\\s*年)?"
            + "|保密期限\\s*[:：]?\\s*[0-9０-９一二三四五六七八九十]+\\s*(年|个月|月)"
            + "|^\\s*(" + alternation(SECRECY_LEVELS) + ")\\s*$");

    /** The chars a {@link #CLASSIFIED_MARKING} can start with. */
    public static final String CLASSIFIED_START_CHARS = "绝机秘保";

    // ------------------------------------------------------------------------------------------------
    // Body checks: the plan's year, damaged text, 文号 and year ranges, paired marks, register

    /**
     * Relative words for the reporting year ({@code 今年以来}, {@code 本年度}): a report is written in the year
     * after the one it covers, so in its preamble they name the wrong year, or none.
     */
    public static final Pattern RELATIVE_YEAR = Pattern.compile("今年以来|今年|本年度|本年");

    /** The reporting formula's verb that belongs in a 报告 ({@code 现将……报告如下}). */
    public static final String REPORTING_VERB = "报告";

    /** The colloquial verb some preambles use instead ({@code 现将……汇报如下}), as to a meeting. */
    public static final String COLLOQUIAL_REPORTING_VERB = "汇报";

    /**
     * Chars that end a real question before {@code ？} ({@code 怎么办？}, {@code 好不好？}): a {@code ?} after
     * anything else between Chinese characters is a character the copy could not encode.
     */
    public static final String QUESTION_ENDINGS = "吗呢么何哪谁否";

    /**
     * Signatures of text decoded with the wrong charset: {@code 锟斤拷} (U+FFFD written as GBK and read back),
     * {@code 烫烫}/{@code 屯屯} (uninitialised memory), UTF-8 read as Latin-1 or Windows-1252 ({@code Ã©},
     * {@code æ³•}). U+FFFD and private-use chars are found by code point.
     */
    public static final Pattern MOJIBAKE = Pattern.compile("锟斤拷|烫烫烫|屯屯屯"
            + "|[\\u00C2-\\u00EF][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
            + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

    /**
     * The paired marks whose halves must match within a paragraph: 书名号, quotation marks, parentheses (the
     * ASCII pair counts as the full-width one: some copies turn {@code （）} into {@code ()}) and 方头括号.
     * Each string is the opening mark, then the closing mark. The 六角括号 of a 文号 are
     * {@link #DOCUMENT_NUMBER_DAMAGED}'s business.
     */
    public static final List<String> PAIRED_MARKS = List.of("《》", "“”", "‘’", "（）", "【】");

    /**
     * A 发文字号 with its brackets damaged or replaced (GB/T 9704 §7.2.4 wants {@code 清发〔2024〕3号}): group
     * {@code code} holds the 机关代字's last char, {@code year} the year, {@code serial} the serial number.
     * Matches {@code 云发〔201632号} (no 〕), {@code 云发2016〕32号} (no 〔), {@code 云发[2016]32号} and
     * {@code 云发（2016）32号} (other brackets).
     */
    public static final Pattern DOCUMENT_NUMBER_DAMAGED =
            Pattern.compile("(?<code>[\\p{IsHan}])(?:〔(?<year>(?:19|20)[0-9]{2})(?<serial>[0-9]{1,4})号"
                    + "|(?<year2>(?:19|20)[0-9]{2})〕(?<serial2>[0-9]{1,4})号"
                    + "|[\\[【［(（](?<year3>(?:19|20)[0-9]{2})[\\]】］)）](?<serial3>[0-9]{1,4})号"
                    + "|〔(?<year4>[0-9]{1,3}|[0-9]{5,})〕(?<serial4>[0-9]{1,4})号)");

    /** A year range with its dash lost ({@code 20212025年}) or reversed ({@code 2025—2021年}). */
    public static final Pattern YEAR_RANGE_DAMAGED = Pattern.compile("(?<![0-9])(?<from>(?:19|20)[0-9]{2})(?<mark>["
            + YEAR_RANGE_MARKS + "]{0,2})(?<to>(?:19|20)[0-9]{2})年(?!度?[0-9])");

    // ------------------------------------------------------------------------------------------------
    // Standard formulations (规范表述) and what a report may cite at its date (domain.md §9)

    /**
     * A fixed formulation in its exact wording, the wrong forms seen in drafts, and the day it first existed,
     * when a report signed before then cannot use it.
     *
     * <pre>{@code
     * new Lexicon.Formulation("习近平法治思想", List.of("习近平法制思想"), Optional.of(LocalDate.of(2020, 11, 16)));
     * }</pre>
     *
     * @param standard the formulation as written
     * @param wrongForms forms a draft writes for it, each wrong wherever it stands
     * @param since the day it was first used (a meeting opened, a document issued); empty when it is older
     *     than any report
     */
    public record Formulation(String standard, List<String> wrongForms, Optional<java.time.LocalDate> since) {
        /** Copies the list and checks that no value is empty or null. */
        public Formulation {
            java.util.Objects.requireNonNull(standard, "standard");
            java.util.Objects.requireNonNull(since, "since");
            if (standard.isBlank()) {
                throw new IllegalArgumentException("a formulation has a standard form");
            }
            wrongForms = List.copyOf(wrongForms);
            for (String w : wrongForms) {
                if (w.isBlank() || standard.contains(w)) {
                    throw new IllegalArgumentException("a wrong form is not blank and not part of the standard: " + w);
                }
            }
        }
    }

    /**
     * The fixed formulations reports quote, with wrong forms seen in drafts and the day each first existed
     * (domain.md §9). Document names are matched with their opening {@code 《}, so a province's own
     * {@code 《浙江省法治政府建设实施纲要…》} is not taken for the national one.
     */
    public static final List<Formulation> FORMULATIONS = List.of(
            formulation(
                    "习近平新时代中国特色社会主义思想",
                    2017,
                    10,
                    18,
                    "习近平新时代中国特色社会主义理论",
                    "习近平中国特色社会主义思想",
                    "习近平新时代特色社会主义思想",
                    "习近平总书记新时代中国特色社会主义思想"),
            formulation("习近平法治思想", 2020, 11, 16, "习近平法制思想", "习近平总书记法治思想", "习近平依法治国思想"),
            formulation("“四个意识”", 0, 0, 0, "四种意识"),
            formulation("“四个自信”", 0, 0, 0, "四种自信"),
            formulation("“两个维护”", 0, 0, 0),
            formulation("“两个确立”", 2021, 11, 8),
            formulation("中央全面依法治国工作会议", 2020, 11, 16, "中央依法治国工作会议"),
            formulation("《法治政府建设实施纲要（2015—2020年）》", 2015, 12, 27, "《法制政府建设实施纲要", "《法治政府建设纲要", "《法治政府实施纲要"),
            formulation("《法治政府建设实施纲要（2021—2025年）》", 2021, 8, 1),
            formulation(
                    "《党政主要负责人履行推进法治建设第一责任人职责规定》",
                    2016,
                    12,
                    1,
                    "《党政主要负责人履行法治建设第一责任人职责规定》",
                    "《党政主要负责人履行推进法治政府建设第一责任人职责规定》",
                    "《党政主要负责人推进法治建设第一责任人职责规定》"),
            formulation(
                    "《法治政府建设与责任落实督察工作规定》",
                    2019,
                    4,
                    15,
                    "《法治政府建设与责任落实督察规定》",
                    "《法治政府建设与落实责任督察工作规定》",
                    "《法治政府建设责任落实督察工作规定》"));

    /** The national 纲要's name before its years: {@code 《法治政府建设实施纲要（2015—2020年）》}. */
    public static final String OUTLINE_NAME = "《法治政府建设实施纲要";

    /** The years of the national 纲要 there have been: 2015—2020 and 2021—2025. */
    public static final List<String> OUTLINE_PERIODS = List.of("2015—2020", "2021—2025");

    /** The national 纲要 cited with its years ({@code 《法治政府建设实施纲要(2021-2025年)》}, any width). */
    public static final Pattern OUTLINE_CITED =
            Pattern.compile(Pattern.quote(OUTLINE_NAME) + "[（(]\\s*(?<from>(?:19|20)[0-9]{2})年?\\s*[" + YEAR_RANGE_MARKS
                    + "]{1,2}\\s*(?<to>(?:19|20)[0-9]{2})年?\\s*[）)]》");

    /**
     * A meeting of the Party a report cites, with the day it opened.
     *
     * @param name how it is written ({@code 党的二十大}, {@code 十九届六中全会})
     * @param opened the day it opened
     */
    public record PartyMeeting(String name, java.time.LocalDate opened) {}

    /** A meeting named in a text, at {@code start} to {@code end}. */
    public record MeetingCited(PartyMeeting meeting, int start, int end) {}

    /** The Party congresses and plenary sessions of the 18th to 20th Central Committees, with their first days. */
    public static final List<PartyMeeting> PARTY_MEETINGS = List.of(
            meeting("党的十八大", 2012, 11, 8),
            meeting("十八届一中全会", 2012, 11, 15),
            meeting("十八届二中全会", 2013, 2, 26),
            meeting("十八届三中全会", 2013, 11, 9),
            meeting("十八届四中全会", 2014, 10, 20),
            meeting("十八届五中全会", 2015, 10, 26),
            meeting("十八届六中全会", 2016, 10, 24),
            meeting("十八届七中全会", 2017, 10, 11),
            meeting("党的十九大", 2017, 10, 18),
            meeting("十九届一中全会", 2017, 10, 25),
            meeting("十九届二中全会", 2018, 1, 18),
            meeting("十九届三中全会", 2018, 2, 26),
            meeting("十九届四中全会", 2019, 10, 28),
            meeting("十九届五中全会", 2020, 10, 26),
            meeting("十九届六中全会", 2021, 11, 8),
            meeting("十九届七中全会", 2022, 10, 9),
            meeting("党的二十大", 2022, 10, 16),
            meeting("二十届一中全会", 2022, 10, 23),
            meeting("二十届二中全会", 2023, 2, 26),
            meeting("二十届三中全会", 2024, 7, 15),
            meeting("二十届四中全会", 2025, 10, 20));

    /**
     * Words before a meeting's name that look forward to it ({@code 以优异成绩迎接党的二十大胜利召开}): a report
     * written before a congress may speak of it so.
     */
    public static final List<String> MEETING_AWAITED = List.of("迎接", "喜迎", "献礼", "筹备", "即将召开");

    /** A congress: {@code 党的二十大}, or {@code 二十大} followed by what shows it is the congress. */
    private static final Pattern CONGRESS =
            Pattern.compile("(?<party>党的)?(?<n>十八|十九|二十)大(?=(?<after>精神|报告|以来|和|及|、|，|,|重要|作出|提出|胜利|召开|期间|代表|部署|确定))?");

    /** Plenary sessions: {@code 十九届六中全会}, {@code 十九届二中、三中、四中全会}. */
    private static final Pattern PLENARIES =
            Pattern.compile("(?<n>十八|十九|二十)届(?<list>(?:[一二三四五六七八九]中(?:全会)?[、，,和及与]?)+?)全会");

    private static final Pattern PLENARY = Pattern.compile("([一二三四五六七八九])中");

    /**
     * The Party meetings of {@link #PARTY_MEETINGS} that {@code text} names, in order: {@code 党的十九大和十九届二中、三中全会}
     * names three.
     */
    public static List<MeetingCited> meetingsCited(String text) {
        List<MeetingCited> out = new ArrayList<>();
        // a congress is 十八大, 十九大 or 二十大: look for the pattern only where one may be
        if (text.contains("八大") || text.contains("九大") || text.contains("十大")) {
            Matcher m = CONGRESS.matcher(text);
            while (m.find()) {
                if (m.group("party") == null && m.group("after") == null) {
                    continue;
                }
                String before = text.substring(Math.max(0, m.start() - 8), m.start());
                if (containsAny(before, MEETING_AWAITED)) {
                    continue;
                }
                String name = "党的" + m.group("n") + "大";
                meetingNamed(name).ifPresent(meeting -> out.add(new MeetingCited(meeting, m.start(), m.end())));
            }
        }
        if (text.indexOf('届') >= 0) {
            Matcher m = PLENARIES.matcher(text);
            while (m.find()) {
                Matcher p = PLENARY.matcher(m.group("list"));
                while (p.find()) {
                    String name = m.group("n") + "届" + p.group(1) + "中全会";
                    meetingNamed(name).ifPresent(meeting -> out.add(new MeetingCited(meeting, m.start(), m.end())));
                }
            }
        }
        out.sort(Comparator.comparingInt(MeetingCited::start));
        return List.copyOf(out);
    }

    private static Optional<PartyMeeting> meetingNamed(String name) {
        for (PartyMeeting m : PARTY_MEETINGS) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static PartyMeeting meeting(String name, int year, int month, int day) {
        return new PartyMeeting(name, java.time.LocalDate.of(year, month, day));
    }

    private static Formulation formulation(String standard, int year, int month, int day, String... wrong) {
        return new Formulation(
                standard,
                List.of(wrong),
                year == 0 ? Optional.empty() : Optional.of(java.time.LocalDate.of(year, month, day)));
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers

    /** Whether {@code text} contains any of {@code words}. */
    public static boolean containsAny(CharSequence text, List<String> words) {
        String t = text.toString();
        for (String w : words) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code words} that {@code text} starts with, if any. */
    public static Optional<String> startsWithAny(String text, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** {@code words} as a regular-expression alternation ({@code 原因|根源|…}), each word quoted. */
    public static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** A pattern that finds any of {@code words}. */
    public static Pattern anyOf(List<String> words) {
        return Pattern.compile(alternation(words));
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
