package io.github.fazhi.core.testing;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionBuilder;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.core.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates realistic fictional 法治政府建设年度报告, deterministically from a seed: the corpus for
 * property tests, benchmarks and the command line's throughput run.
 *
 * <p>Each report has a fictional issuer (a district or county government, a city government, a
 * department, a town or street office, or a Party committee and government reporting jointly, in
 * places such as 清河, 青山, 白水 and 临江), a reporting year from 2019 to 2025, a preamble ending
 * {@code 现将有关情况报告如下：}, the four mandated parts (sometimes the fifth, 其他需要报告的情况,
 * and sometimes with the first-responsible-person part first), two to four heading levels with run-in
 * headings, {@code 一是…二是…} enumerations, figures, and a dated sign-off. Its size, counted in
 * Chinese characters of the text {@link PlainTextWriter#standard()} writes, lies between
 * {@link Options#minChars()} and {@link Options#maxChars()}.
 *
 * <p>A share of the reports ({@link Options#defectRate()}) carries one to three typical {@link Defect
 * defects}; {@link #generated(int)} says which, and where.
 *
 * <p>Report {@code index} depends only on the seed, the options and the index, never on which reports
 * were generated before, so {@code generate(7)} gives an equal report in any order, on any thread and
 * on any JDK. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReportGenerator generator = new ReportGenerator(42);
 * AnnualReport report = generator.generate(0);
 *
 * ReportGenerator small = new ReportGenerator(7, ReportGenerator.Options.defaults()
 *         .withSize(3_000, 6_000)
 *         .withDefectRate(0.5));
 * small.generatedReports(100)
 *         .filter(g -> g.has(ReportGenerator.Defect.PLACEHOLDER))
 *         .forEach(g -> System.out.println(g.locations().get(ReportGenerator.Defect.PLACEHOLDER)));
 * }</pre>
 */
public final class ReportGenerator {

    /** A typical defect of real reports that the generator can put into a report. */
    public enum Defect {
        /** One of the four required parts is left out (domain.md FGR-C01, C02, C04, C07). */
        MISSING_PART,
        /** A number is skipped in a run of sibling headings, e.g. 一、二、四、 (FGR-F04). */
        SKIPPED_NUMBER,
        /** A number is printed twice in a run of sibling headings, e.g. （一）（二）（二） (FGR-F04). */
        DUPLICATE_NUMBER,
        /** An unfilled template placeholder ({@code ××}, {@code XX} or {@code 某某}) in a paragraph (FGR-C12). */
        PLACEHOLDER,
        /** The next-year plan heading names a year other than the reporting year plus one (FGR-C07, C10). */
        WRONG_PLAN_YEAR,
        /** A paragraph uses half-width {@code , ; : ( )} between Chinese characters. */
        HALF_WIDTH_PUNCTUATION,
        /** The date of issue is zero-padded, e.g. {@code 2025年01月08日} (FGR-F01). */
        ZERO_PADDED_DATE,
        /** The report ends without a sign-off: no issuer name, no date (FGR-F02). */
        MISSING_SIGN_OFF
    }

    /**
     * What to generate: the size range in Chinese characters and how often, and which, defects occur.
     *
     * <pre>{@code
     * Options.defaults().withTargetSize(10_000).withoutDefects();
     * }</pre>
     *
     * @param minChars the least size, in Chinese characters of the written text
     * @param maxChars the greatest size; at least {@code minChars + 400}
     * @param defectRate the share of reports that carry defects, 0 to 1
     * @param defects the defects that may occur
     */
    public record Options(int minChars, int maxChars, double defectRate, Set<Defect> defects) {

        /** The smallest size a report can have with every mandated part in it. */
        public static final int SMALLEST = 2_000;

        /** The largest size supported. */
        public static final int LARGEST = 200_000;

        public Options {
            if (minChars < SMALLEST || maxChars > LARGEST || maxChars - minChars < 400) {
                throw new IllegalArgumentException("size range must lie within " + SMALLEST + " to " + LARGEST
                        + " Chinese characters and span at least 400: " + minChars + " to " + maxChars);
            }
            if (!(defectRate >= 0 && defectRate <= 1)) {
                throw new IllegalArgumentException("defect rate must be 0 to 1: " + defectRate);
            }
            defects = defects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(defects));
        }

        /** 3,000 to 30,000 characters, a quarter of the reports with defects of every kind. */
        public static Options defaults() {
            return new Options(3_000, 30_000, 0.25, EnumSet.allOf(Defect.class));
        }

        /** These options with another size range. */
        public Options withSize(int min, int max) {
            return new Options(min, max, defectRate, defects);
        }

        /** These options with sizes within 5% (at least 200 characters) of {@code chars}. */
        public Options withTargetSize(int chars) {
            int tolerance = Math.max(200, chars / 20);
            return withSize(chars - tolerance, chars + tolerance);
        }

        /** These options with another defect rate. */
        public Options withDefectRate(double rate) {
            return new Options(minChars, maxChars, rate, defects);
        }

        /** These options with only {@code allowed} defects. */
        public Options withDefects(Set<Defect> allowed) {
            return new Options(minChars, maxChars, defectRate, allowed);
        }

        /** These options with only the given defects. */
        public Options withDefects(Defect first, Defect... more) {
            return withDefects(EnumSet.of(first, more));
        }

        /** These options with no defects at all. */
        public Options withoutDefects() {
            return new Options(minChars, maxChars, 0, Set.of());
        }
    }

    /**
     * A generated report with what the generator put into it.
     *
     * @param index the index it was generated for
     * @param report the report
     * @param defects the defects it carries, empty for a clean report
     * @param missingPart the part left out, when it carries {@link Defect#MISSING_PART}
     * @param locations the id of the element carrying each defect that sits in one: the paragraph for
     *     {@code PLACEHOLDER} and {@code HALF_WIDTH_PUNCTUATION}, the first misnumbered section for
     *     {@code SKIPPED_NUMBER} and {@code DUPLICATE_NUMBER}, the plan section for {@code WRONG_PLAN_YEAR},
     *     {@code signoff} for {@code ZERO_PADDED_DATE}
     */
    public record GeneratedReport(
            int index,
            AnnualReport report,
            Set<Defect> defects,
            Optional<SectionKind> missingPart,
            Map<Defect, String> locations) {

        public GeneratedReport {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(missingPart, "missingPart");
            defects = defects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(defects));
            locations = locations.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(locations));
        }

        /** Whether the report carries no defect. */
        public boolean isClean() {
            return defects.isEmpty();
        }

        /** Whether the report carries {@code defect}. */
        public boolean has(Defect defect) {
            return defects.contains(defect);
        }

        /** The report as {@link PlainTextWriter#standard()} writes it. */
        public String text() {
            return PlainTextWriter.standard().write(report);
        }
    }

    private final long seed;
    private final Options options;

    /** A generator with {@link Options#defaults()}. */
    public ReportGenerator(long seed) {
        this(seed, Options.defaults());
    }

    /** A generator with the given options. */
    public ReportGenerator(long seed, Options options) {
        this.seed = seed;
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The options. */
    public Options options() {
        return options;
    }

    /** Report number {@code index} (from 0). */
    public AnnualReport generate(int index) {
        return generated(index).report();
    }

    /** Report number {@code index} with the defects it carries. */
    public GeneratedReport generated(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return new Run(seed, index, options).run();
    }

    /** Reports 0 to {@code count - 1}, in order. */
    public Stream<AnnualReport> reports(int count) {
        return IntStream.range(0, count).mapToObj(this::generate);
    }

    /** Reports 0 to {@code count - 1} with their defects, in order. */
    public Stream<GeneratedReport> generatedReports(int count) {
        return IntStream.range(0, count).mapToObj(this::generated);
    }

    /** The size of a report: the Chinese characters (Han script) of the text {@code PlainTextWriter.standard()} writes. */
    public static int chineseCharacters(AnnualReport report) {
        return chineseCharacters(PlainTextWriter.standard().write(report));
    }

    /** The number of Chinese characters (code points of the Han script) in {@code text}. */
    public static int chineseCharacters(CharSequence text) {
        return (int) text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
    }

    // ------------------------------------------------------------------------------------------
    // One report

    private static final List<String> PLACES =
            List.of("清河", "青山", "白水", "临江", "云溪", "石门", "南湖", "桐林", "安平", "柳塘", "金沙", "松岭");

    private static final List<String> GENERAL_DOMAINS = List.of("安全生产", "生态环境保护", "食品药品安全", "城市管理", "自然资源", "交通运输");

    private static final String ORDINALS = "一二三四五六七八九十";

    /** Measures that already start with a manner word take no adverb ({@code 进一步严格…} reads badly). */
    private static final java.util.regex.Pattern ADVERB_LED =
            java.util.regex.Pattern.compile("认真|严格|全面|扎实|持续|进一步|依法|动态|及时|主动|积极|深入");

    private record Department(
            String full, String shortName, String we, String unit, String head, List<String> domains) {}

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("司法局", "司法局", "我局", "局", "局长", List.of("法律服务市场", "社区矫正", "人民调解")),
            new Department("市场监督管理局", "市场监管局", "我局", "局", "局长", List.of("食品安全", "特种设备安全", "价格秩序", "知识产权保护")),
            new Department("住房和城乡建设局", "住房城乡建设局", "我局", "局", "局长", List.of("建筑市场", "物业管理", "燃气安全")),
            new Department("交通运输局", "交通运输局", "我局", "局", "局长", List.of("道路运输", "工程质量", "出租汽车行业")),
            new Department("教育局", "教育局", "我局", "局", "局长", List.of("校外培训", "校园安全", "民办教育")),
            new Department("卫生健康委员会", "卫生健康委", "我委", "委", "主任", List.of("医疗机构", "公共场所卫生", "职业健康")),
            new Department("人力资源和社会保障局", "人力资源社会保障局", "我局", "局", "局长", List.of("劳动保障", "根治欠薪", "社会保险基金")),
            new Department("应急管理局", "应急管理局", "我局", "局", "局长", List.of("安全生产", "危险化学品", "消防安全")),
            new Department("综合行政执法局", "综合行政执法局", "我局", "局", "局长", List.of("市容环境", "违法建设", "渣土运输")),
            new Department("农业农村局", "农业农村局", "我局", "局", "局长", List.of("农资质量", "动物防疫", "农产品质量安全")),
            new Department("民政局", "民政局", "我局", "局", "局长", List.of("社会组织", "养老服务机构", "殡葬管理")),
            new Department("自然资源局", "自然资源局", "我局", "局", "局长", List.of("土地管理", "矿产资源", "国土空间规划")));

    /** Who reports, and the words the text uses for it. */
    private record Subject(
            SubjectType type,
            AdministrativeLevel level,
            List<String> issuers,
            String place,
            String placeShort,
            String self,
            String we,
            String body,
            String meeting,
            String leader,
            String lead,
            String units,
            String region,
            List<String> domains,
            List<String> recipients) {}

    /** A section being drafted: mutable until the report is assembled. */
    private static final class Node {
        final SectionKind kind;
        String heading;
        final boolean runIn;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        Supplier<String> more;

        Node(SectionKind kind, String heading, boolean runIn) {
            this.kind = kind;
            this.heading = heading;
            this.runIn = runIn;
        }

        Stream<Node> all() {
            return Stream.concat(Stream.of(this), children.stream().flatMap(Node::all));
        }

        int size() {
            return chineseCharacters(heading)
                    + paragraphs.stream()
                            .mapToInt(ReportGenerator::chineseCharacters)
                            .sum()
                    + children.stream().mapToInt(Node::size).sum();
        }
    }

    private static final class Run {
        private final Rng rng;
        private final int index;
        private final Options options;
        private final Map<List<?>, Deck<?>> decks = new IdentityHashMap<>();
        private final Map<List<?>, List<Integer>> used = new IdentityHashMap<>();

        private Subject subject;
        private int year;
        private final EnumSet<Defect> defects = EnumSet.noneOf(Defect.class);
        private Optional<SectionKind> missingPart = Optional.empty();
        private String title;
        private boolean addressee;
        private final List<String> preamble = new ArrayList<>();
        private final List<Node> parts = new ArrayList<>();
        private LocalDate dateOfIssue;
        private String placeholderToken = "";

        Run(long seed, int index, Options options) {
            this.rng = new Rng(Rng.mix(seed) ^ Rng.mix(0x632BE59BD9B4E019L + index * 0x9E3779B97F4A7C15L));
            this.index = index;
            this.options = options;
        }

        GeneratedReport run() {
            subject = subject();
            year = 2019 + rng.nextInt(7);
            chooseDefects();
            int target = target();
            draft(target);
            int tolerance = Math.max(250, target / 25);
            fitTo(
                    Math.max(options.minChars() + 10, target - tolerance),
                    Math.min(options.maxChars() - 10, target + tolerance));
            applyTextDefects();
            AnnualReport report = assemble();
            Map<Defect, String> locations = new EnumMap<>(Defect.class);
            report = applyNumberingDefects(report, locations);
            locate(report, locations);
            return new GeneratedReport(index, report, defects, missingPart, locations);
        }

        // --- who and when

        private Subject subject() {
            String city = pick(PLACES);
            String county = rng.chance(0.3) ? city : pick(PLACES);
            String suffix = rng.chance(0.6) ? "区" : "县";
            int roll = rng.nextInt(100);
            if (roll < 35) {
                Department d = pick(DEPARTMENTS);
                String prefix = d.unit();
                return new Subject(
                        SubjectType.GOVERNMENT_DEPARTMENT,
                        AdministrativeLevel.COUNTY,
                        List.of(city + "市" + county + suffix + d.full()),
                        county + suffix,
                        county,
                        suffix + d.shortName(),
                        d.we(),
                        prefix + "党组",
                        prefix + "务会议",
                        prefix + "党组书记、" + d.head(),
                        prefix + "主要负责同志",
                        "机关各科室和下属单位",
                        "全" + suffix,
                        d.domains(),
                        List.of(suffix + "委", suffix + "政府", "市" + d.shortName()));
            }
            if (roll < 45) {
                Department d = pick(DEPARTMENTS);
                String prefix = d.unit();
                return new Subject(
                        SubjectType.GOVERNMENT_DEPARTMENT,
                        AdministrativeLevel.CITY,
                        List.of(city + "市" + d.full()),
                        city + "市",
                        city,
                        "市" + d.shortName(),
                        d.we(),
                        prefix + "党组",
                        prefix + "务会议",
                        prefix + "党组书记、" + d.head(),
                        prefix + "主要负责同志",
                        "机关各处室和直属单位",
                        "全市",
                        d.domains(),
                        List.of("市委", "市政府"));
            }
            if (roll < 70) {
                return new Subject(
                        SubjectType.LOCAL_GOVERNMENT,
                        AdministrativeLevel.COUNTY,
                        List.of(city + "市" + county + suffix + "人民政府"),
                        county + suffix,
                        county,
                        suffix + "政府",
                        suffix + "政府",
                        suffix + "政府党组",
                        suffix + "政府常务会议",
                        suffix + "长",
                        suffix + "政府主要负责同志",
                        suffix.equals("区") ? "各街道（镇）和区直各部门" : "各乡镇和县直各部门",
                        "全" + suffix,
                        GENERAL_DOMAINS,
                        List.of(suffix + "委", suffix + "人大常委会"));
            }
            if (roll < 75) {
                return new Subject(
                        SubjectType.LOCAL_GOVERNMENT,
                        AdministrativeLevel.CITY,
                        List.of(city + "市人民政府"),
                        city + "市",
                        city,
                        "市政府",
                        "市政府",
                        "市政府党组",
                        "市政府常务会议",
                        "市长",
                        "市政府主要负责同志",
                        "各区县和市直各部门",
                        "全市",
                        GENERAL_DOMAINS,
                        List.of("市委", "市人大常委会"));
            }
            if (roll < 90) {
                String town = pick(PLACES);
                if (rng.chance(0.6)) {
                    return new Subject(
                            SubjectType.LOCAL_GOVERNMENT,
                            AdministrativeLevel.TOWNSHIP,
                            List.of(city + "市" + county + suffix + town + "镇人民政府"),
                            town + "镇",
                            town,
                            town + "镇",
                            "我镇",
                            "镇党委",
                            "镇党政联席会议",
                            "镇党委书记、镇长",
                            "镇党政主要负责同志",
                            "各村（社区）和镇属各站所",
                            "全镇",
                            GENERAL_DOMAINS,
                            List.of(suffix + "委", suffix + "政府"));
                }
                return new Subject(
                        SubjectType.LOCAL_GOVERNMENT,
                        AdministrativeLevel.TOWNSHIP,
                        List.of(city + "市" + county + "区" + town + "街道办事处"),
                        town + "街道",
                        town,
                        town + "街道",
                        "我街道",
                        "街道党工委",
                        "街道党工委会议",
                        "街道党工委书记、办事处主任",
                        "街道党政主要负责同志",
                        "各社区和街道各科室",
                        "辖区",
                        GENERAL_DOMAINS,
                        List.of("区委", "区政府"));
            }
            return new Subject(
                    SubjectType.PARTY_AND_GOVERNMENT_JOINT,
                    AdministrativeLevel.COUNTY,
                    List.of("中共" + city + "市" + county + suffix + "委", city + "市" + county + suffix + "人民政府"),
                    county + suffix,
                    county,
                    suffix + "委、" + suffix + "政府",
                    suffix + "委、" + suffix + "政府",
                    suffix + "委",
                    suffix + "委常委会会议",
                    suffix + "委书记、" + suffix + "长",
                    suffix + "委、" + suffix + "政府主要负责同志",
                    suffix.equals("区") ? "各街道（镇）和区直各部门" : "各乡镇和县直各部门",
                    "全" + suffix,
                    GENERAL_DOMAINS,
                    List.of("市委", "市政府"));
        }

        private void chooseDefects() {
            if (options.defects().isEmpty() || !rng.chance(options.defectRate())) {
                return;
            }
            double roll = rng.nextDouble();
            int wanted = roll < 0.7 ? 1 : roll < 0.92 ? 2 : 3;
            List<Defect> pool = new ArrayList<>(options.defects());
            rng.shuffle(pool);
            for (Defect d : pool) {
                if (defects.size() == wanted) {
                    break;
                }
                boolean clash = (d == Defect.SKIPPED_NUMBER && defects.contains(Defect.DUPLICATE_NUMBER))
                        || (d == Defect.DUPLICATE_NUMBER && defects.contains(Defect.SKIPPED_NUMBER))
                        || (d == Defect.ZERO_PADDED_DATE && defects.contains(Defect.MISSING_SIGN_OFF))
                        || (d == Defect.MISSING_SIGN_OFF && defects.contains(Defect.ZERO_PADDED_DATE));
                if (!clash) {
                    defects.add(d);
                }
            }
            if (defects.contains(Defect.MISSING_PART)) {
                List<SectionKind> candidates = new ArrayList<>(List.of(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN));
                if (defects.contains(Defect.WRONG_PLAN_YEAR)) {
                    candidates.remove(SectionKind.NEXT_YEAR_PLAN);
                }
                missingPart = Optional.of(pick(candidates));
            }
        }

        private int target() {
            int lo = options.minChars() + 150;
            int hi = options.maxChars() - 150;
            return hi <= lo ? (lo + hi) / 2 : lo + rng.nextInt(hi - lo + 1);
        }

        // --- the draft

        private void draft(int target) {
            title = title();
            addressee = rng.chance(0.5);
            preamble();
            dateOfIssue = LocalDate.of(year + 1, 1 + rng.nextInt(2), 3 + rng.nextInt(25));

            boolean large = target > 10_000;
            Map<SectionKind, Double> share = new EnumMap<>(SectionKind.class);
            share.put(SectionKind.MEASURES_AND_RESULTS, large ? 0.64 : 0.58);
            share.put(SectionKind.SHORTCOMINGS_AND_CAUSES, large ? 0.08 : 0.10);
            share.put(SectionKind.FIRST_RESPONSIBLE_PERSON, large ? 0.13 : 0.16);
            share.put(SectionKind.NEXT_YEAR_PLAN, large ? 0.12 : 0.13);
            boolean other = rng.chance(0.3);
            if (missingPart.isPresent()) {
                SectionKind gone = missingPart.get();
                SectionKind heir = gone == SectionKind.MEASURES_AND_RESULTS
                        ? SectionKind.FIRST_RESPONSIBLE_PERSON
                        : SectionKind.MEASURES_AND_RESULTS;
                share.put(heir, share.get(heir) + share.remove(gone));
            }
            int body = Math.max(1_000, target - 350 - chineseCharacters(title) - preambleSize());
            int depth = target < 5_000 ? 2 + rng.nextInt(2) : rng.chance(0.4) ? 2 : rng.chance(0.65) ? 3 : 4;
            boolean responsibleFirst = rng.chance(0.15);

            List<SectionKind> order = new ArrayList<>(List.of(
                    SectionKind.MEASURES_AND_RESULTS,
                    SectionKind.SHORTCOMINGS_AND_CAUSES,
                    SectionKind.FIRST_RESPONSIBLE_PERSON,
                    SectionKind.NEXT_YEAR_PLAN));
            if (responsibleFirst) {
                order.remove(SectionKind.FIRST_RESPONSIBLE_PERSON);
                order.add(0, SectionKind.FIRST_RESPONSIBLE_PERSON);
            }
            // the other parts stay within what real reports give them; large reports grow part 一
            Map<SectionKind, Integer> cap = Map.of(
                    SectionKind.SHORTCOMINGS_AND_CAUSES, 1_600,
                    SectionKind.FIRST_RESPONSIBLE_PERSON, 2_400,
                    SectionKind.NEXT_YEAR_PLAN, 2_200);
            Map<SectionKind, Integer> budgets = new EnumMap<>(SectionKind.class);
            int spare = 0;
            for (Map.Entry<SectionKind, Double> e : share.entrySet()) {
                int budget = (int) (body * e.getValue());
                int limit = cap.getOrDefault(e.getKey(), Integer.MAX_VALUE);
                if (budget > limit && share.containsKey(SectionKind.MEASURES_AND_RESULTS)) {
                    spare += budget - limit;
                    budget = limit;
                }
                budgets.put(e.getKey(), budget);
            }
            if (budgets.containsKey(SectionKind.MEASURES_AND_RESULTS)) {
                budgets.put(SectionKind.MEASURES_AND_RESULTS, budgets.get(SectionKind.MEASURES_AND_RESULTS) + spare);
            }
            for (SectionKind kind : order) {
                if (missingPart.equals(Optional.of(kind))) {
                    continue;
                }
                int budget = budgets.get(kind);
                parts.add(
                        switch (kind) {
                            case MEASURES_AND_RESULTS -> measures(budget, depth);
                            case SHORTCOMINGS_AND_CAUSES -> shortcomings(budget);
                            case FIRST_RESPONSIBLE_PERSON -> responsible(budget);
                            default -> plan(budget);
                        });
            }
            if (other) {
                Node node = new Node(SectionKind.OTHER, StandardHeadings.of(SectionKind.OTHER, year), false);
                node.more =
                        () -> fresh(Phrases.OTHER_PARAGRAPHS).map(this::fill).orElse(null);
                growOnce(node);
                parts.add(node);
            }
        }

        private String title() {
            String issuer = subject.issuers().get(0);
            if (subject.type() == SubjectType.PARTY_AND_GOVERNMENT_JOINT) {
                return String.join("、", subject.issuers()) + "关于" + year + "年度法治政府建设情况的报告";
            }
            return switch (rng.nextInt(6)) {
                case 0, 1 -> StandardHeadings.title(issuer, year);
                case 2 -> issuer + "关于" + year + "年度法治政府建设情况的报告";
                case 3 -> issuer + "关于" + year + "年法治政府建设工作情况的报告";
                case 4 -> issuer + year + "年法治政府建设工作报告";
                default -> issuer + year + "年度法治政府建设情况报告";
            };
        }

        private void preamble() {
            String opening = fill(pick(Phrases.PREAMBLE_OPENINGS));
            String summary = rng.chance(0.6) ? fill(pick(Phrases.PREAMBLE_SUMMARIES)) : "";
            String closing = fill(pick(Phrases.PREAMBLE_CLOSINGS));
            if (!summary.isEmpty() && rng.chance(0.4)) {
                preamble.add(opening);
                preamble.add(summary + closing);
            } else {
                preamble.add(opening + summary + closing);
            }
        }

        private int preambleSize() {
            return preamble.stream()
                    .mapToInt(ReportGenerator::chineseCharacters)
                    .sum();
        }

        private Node measures(int budget, int depth) {
            String heading = switch (rng.nextInt(10)) {
                case 0 -> year + "年度推进法治政府建设的主要举措和成效";
                case 1 -> year + "年法治政府建设工作情况";
                case 2 -> year + "年推进法治政府建设主要工作及成效";
                default -> StandardHeadings.of(SectionKind.MEASURES_AND_RESULTS, year);
            };
            Node part = new Node(SectionKind.MEASURES_AND_RESULTS, heading, false);
            int count = Math.max(5, Math.min(Phrases.TOPICS.size(), Math.round(budget / 320f)));
            List<Phrases.Topic> topics = new ArrayList<>(Phrases.TOPICS.subList(1, Phrases.TOPICS.size()));
            rng.shuffle(topics);
            topics = new ArrayList<>(topics.subList(0, count - 1));
            topics.add(Phrases.TOPICS.get(0));
            // the order of the 纲要's task areas, now and then with one topic brought forward
            topics.sort((a, b) -> Integer.compare(Phrases.TOPICS.indexOf(a), Phrases.TOPICS.indexOf(b)));
            if (rng.chance(0.3)) {
                Collections.swap(topics, 0, rng.nextInt(topics.size()));
            }

            boolean runInStyle = rng.chance(0.85);
            List<Integer> deep = new ArrayList<>();
            if (depth >= 3) {
                List<Integer> positions = new ArrayList<>(
                        IntStream.range(0, topics.size()).boxed().toList());
                rng.shuffle(positions);
                deep.addAll(positions.subList(0, Math.max(1, topics.size() / 3)));
            }
            boolean deepest = false;
            for (int i = 0; i < topics.size(); i++) {
                Phrases.Topic topic = topics.get(i);
                int share = (int) (budget / (double) topics.size() * (0.7 + 0.6 * rng.nextDouble()));
                String topicHeading = fill(pickFrom(topic.headings()));
                if (deep.contains(i)) {
                    Node sub = new Node(SectionKind.THEMATIC, topicHeading, false);
                    int items = Math.max(2, Math.min(6, share / 300));
                    for (int j = 0; j < items; j++) {
                        boolean nested = depth == 4 && (!deepest || rng.chance(0.25));
                        Node item;
                        if (nested) {
                            deepest = true;
                            item = new Node(SectionKind.THEMATIC, itemHeading(topic), false);
                            int leaves = 2 + rng.nextInt(2);
                            for (int l = 0; l < leaves; l++) {
                                item.children.add(leaf(topic, itemHeading(topic), true, share / items / leaves));
                            }
                        } else {
                            item = leaf(topic, itemHeading(topic), true, share / items);
                        }
                        sub.children.add(item);
                    }
                    part.children.add(sub);
                } else {
                    part.children.add(topicLeaf(topic, topicHeading, runInStyle, share));
                }
            }
            return part;
        }

        /** A measure of {@code topic} not yet used as a heading. */
        private String itemHeading(Phrases.Topic topic) {
            return fill(fresh(topic.actions()).orElseGet(() -> pickFrom(topic.actions())));
        }

        /** A level-3 or level-4 item: its heading is a measure, its text figures. */
        private Node leaf(Phrases.Topic topic, String heading, boolean runIn, int budget) {
            Node node = new Node(SectionKind.THEMATIC, heading, runIn);
            node.paragraphs.add(itemText(topic));
            node.more = () -> topicParagraph(topic, false);
            grow(node, budget);
            return node;
        }

        private Node topicLeaf(Phrases.Topic topic, String heading, boolean runIn, int budget) {
            Node node = new Node(SectionKind.THEMATIC, heading, runIn);
            node.paragraphs.add(topicParagraph(topic, true));
            node.more = () -> topicParagraph(topic, false);
            grow(node, budget);
            return node;
        }

        private void grow(Node node, int budget) {
            while (node.size() < budget - 90 && growOnce(node)) {
                // grows
            }
        }

        /** Adds one paragraph from {@code node.more}; false, and the node stops growing, when it has nothing new. */
        private static boolean growOnce(Node node) {
            String paragraph = node.more == null ? null : node.more.get();
            if (paragraph == null) {
                node.more = null;
                return false;
            }
            node.paragraphs.add(paragraph);
            return true;
        }

        /** Grows {@code nodes} in turn until {@code part} reaches {@code budget} or none can grow. */
        private static void growInTurn(Node part, List<Node> nodes, int budget) {
            int idle = 0;
            for (int i = 0; part.size() < budget - 90 && idle < nodes.size(); i++) {
                idle = growOnce(nodes.get(i % nodes.size())) ? 0 : idle + 1;
            }
        }

        private Node shortcomings(int budget) {
            String heading = switch (rng.nextInt(8)) {
                case 0 -> "存在的不足和原因";
                case 1 -> year + "年法治政府建设存在的问题和原因";
                case 2 -> "存在的主要问题及原因";
                default -> StandardHeadings.of(SectionKind.SHORTCOMINGS_AND_CAUSES, year);
            };
            Node part = new Node(SectionKind.SHORTCOMINGS_AND_CAUSES, heading, false);
            List<Phrases.Problem> problems = new ArrayList<>(Phrases.PROBLEMS);
            rng.shuffle(problems);
            int count = 2 + rng.nextInt(3);
            List<String> causes = new ArrayList<>(Phrases.CAUSES);
            rng.shuffle(causes);
            Supplier<String> detail = () -> fresh(Phrases.PROBLEM_DETAILS)
                    .map(this::fill)
                    .map(text -> rng.chance(0.5)
                            ? text
                                    + fresh(Phrases.PROBLEM_DETAILS)
                                            .map(this::fill)
                                            .orElse("")
                            : text)
                    .orElse(null);
            int style = rng.nextInt(3);
            if (style == 0) {
                part.paragraphs.add(fill(pick(Phrases.SHORTCOMING_INTROS)));
                Node found = new Node(SectionKind.THEMATIC, rng.chance(0.5) ? "存在的主要问题" : "存在的问题和不足", true);
                found.paragraphs.add(enumerate(problems.subList(0, count).stream()
                                .map(Phrases.Problem::clause)
                                .toList())
                        + "。");
                found.more = detail;
                Node why = new Node(SectionKind.THEMATIC, rng.chance(0.5) ? "问题产生的原因" : "存在问题的原因分析", true);
                why.paragraphs.add(fill(pick(Phrases.CAUSE_INTROS)) + enumerate(causes.subList(0, count)) + "。");
                why.more = () -> fresh(Phrases.CAUSE_CLOSINGS).map(this::fill).orElseGet(detail);
                part.children.add(found);
                part.children.add(why);
                growInTurn(part, List.of(found, why), budget);
            } else if (style == 1) {
                for (int i = 0; i < count; i++) {
                    Phrases.Problem p = problems.get(i);
                    Node node = new Node(SectionKind.THEMATIC, p.title(), true);
                    node.paragraphs.add(p.clause() + "。究其原因，" + causes.get(i) + "。");
                    node.more = detail;
                    part.children.add(node);
                }
                growInTurn(part, part.children, budget);
            } else {
                part.paragraphs.add(fill(pick(Phrases.SHORTCOMING_INTROS))
                        + enumerate(problems.subList(0, count).stream()
                                .map(Phrases.Problem::clause)
                                .toList())
                        + "。");
                part.paragraphs.add(fill(pick(Phrases.CAUSE_INTROS)) + enumerate(causes.subList(0, count)) + "。");
                part.more = detail;
                growInTurn(part, List.of(part), budget);
            }
            return part;
        }

        private Node responsible(int budget) {
            String heading = switch (rng.nextInt(8)) {
                case 0 -> subject.lead() + "履行推进法治建设第一责任人职责情况";
                case 1 -> "党政主要负责人履行推进法治建设第一责任人职责情况";
                default -> StandardHeadings.of(SectionKind.FIRST_RESPONSIBLE_PERSON, year);
            };
            Node part = new Node(SectionKind.FIRST_RESPONSIBLE_PERSON, heading, false);
            part.paragraphs.add(fill(pick(Phrases.DUTY_INTROS)));
            List<Phrases.Duty> duties = new ArrayList<>(Phrases.DUTIES);
            int count = Math.max(4, Math.min(duties.size(), budget / 220));
            while (duties.size() > count) {
                duties.remove(1 + rng.nextInt(duties.size() - 1));
            }
            if (rng.chance(0.5)) {
                // lead with the duty of studying law, as many reports do
                duties.stream().filter(d -> d.key().equals("G6")).findFirst().ifPresent(g6 -> {
                    duties.remove(g6);
                    duties.add(0, g6);
                });
            }
            for (Phrases.Duty duty : duties) {
                Node node = new Node(SectionKind.THEMATIC, fill(pick(duty.headings())), true);
                node.more = () -> fresh(duty.sentences())
                        .map(this::fill)
                        .map(text -> rng.chance(0.4)
                                ? text
                                        + fresh(Phrases.DUTY_EXTRAS)
                                                .map(this::fill)
                                                .orElse("")
                                : text)
                        .orElse(null);
                growOnce(node);
                part.children.add(node);
            }
            growInTurn(part, List.copyOf(part.children), Math.min(budget, 2_400));
            // with part 一 missing, the leader's part is all the report has to tell: what was done, by topic
            int rest = budget - part.size();
            if (rest > 600) {
                List<Phrases.Topic> topics = new ArrayList<>(Phrases.TOPICS);
                rng.shuffle(topics);
                int topicCount = Math.max(1, Math.min(topics.size(), rest / 900));
                for (Phrases.Topic topic : topics.subList(0, topicCount)) {
                    part.children.add(topicLeaf(topic, fill(pickFrom(topic.headings())), true, rest / topicCount));
                }
            }
            return part;
        }

        private Node plan(int budget) {
            String heading;
            if (defects.contains(Defect.WRONG_PLAN_YEAR)) {
                double roll = rng.nextDouble();
                int wrong = roll < 0.65 ? year : roll < 0.85 ? year + 2 : year - 1;
                heading = switch (rng.nextInt(3)) {
                    case 0 -> wrong + "年法治政府建设工作安排";
                    case 1 -> wrong + "年推进法治政府建设的工作打算";
                    default -> wrong + "年推进法治政府建设的主要安排";
                };
            } else {
                heading = switch (rng.nextInt(10)) {
                    case 0 -> (year + 1) + "年法治政府建设工作安排";
                    case 1 -> (year + 1) + "年推进法治政府建设的工作打算";
                    case 2 -> "下一年度推进法治政府建设的主要安排";
                    default -> StandardHeadings.of(SectionKind.NEXT_YEAR_PLAN, year);
                };
            }
            Node part = new Node(SectionKind.NEXT_YEAR_PLAN, heading, false);
            part.paragraphs.add(fill(pick(Phrases.PLAN_INTROS)));
            List<Phrases.Plan> plans = new ArrayList<>(Phrases.PLANS);
            int count = Math.max(3, Math.min(plans.size(), budget / 200));
            while (plans.size() > count) {
                plans.remove(rng.nextInt(plans.size()));
            }
            for (Phrases.Plan plan : plans) {
                Phrases.Topic topic = Phrases.TOPICS.stream()
                        .filter(t -> t.key().equals(plan.topicKey()))
                        .findFirst()
                        .orElseThrow();
                Node node = new Node(SectionKind.THEMATIC, plan.heading(), true);
                node.more = () -> {
                    List<String> actions = new ArrayList<>();
                    int n = 2 + rng.nextInt(2);
                    while (actions.size() < n) {
                        String action = pickFrom(topic.actions());
                        if (!action.contains("{Y}")) {
                            actions.add(fill(action));
                        }
                    }
                    String text = enumerate(actions) + "。";
                    return rng.chance(0.4) ? text + fill(pickFrom(Phrases.PLAN_TARGETS)) : text;
                };
                node.paragraphs.add(
                        fill(plan.sentence()) + (rng.chance(0.3) ? fill(pickFrom(Phrases.PLAN_TARGETS)) : ""));
                part.children.add(node);
            }
            growInTurn(part, part.children, budget);
            return part;
        }

        // --- sentences

        /**
         * A paragraph on {@code topic}: the first of a section may open with the topic's opening sentence;
         * then either an enumeration 一是…二是… or sentences of measures and figures, sometimes a result.
         */
        private String topicParagraph(Phrases.Topic topic, boolean first) {
            StringBuilder text = new StringBuilder();
            Set<String> seen = new java.util.HashSet<>();
            boolean enumeration = rng.chance(0.55);
            if (first && rng.chance(0.85)) {
                fresh(topic.openers()).ifPresent(o -> text.append(fill(o)));
            } else if (!first && enumeration && rng.chance(0.5)) {
                fresh(Phrases.ENUMERATION_LEADS).ifPresent(o -> text.append(fill(o)));
            } else if (!first && !enumeration && rng.chance(0.35)) {
                text.append(pick(Phrases.CONNECTIVES));
            }
            if (enumeration) {
                int items = 2 + rng.nextInt(3);
                for (int i = 0; i < items; i++) {
                    String item = item(topic, seen);
                    if (i >= 2 && chineseCharacters(text) + chineseCharacters(item) > 280) {
                        break;
                    }
                    text.append(i == 0 ? "" : "；")
                            .append(ORDINALS.charAt(i))
                            .append('是')
                            .append(item);
                }
                text.append('。');
            } else {
                int sentences = 1 + rng.nextInt(3);
                for (int i = 0; i < sentences; i++) {
                    text.append(item(topic, seen));
                    if (rng.chance(0.4)) {
                        text.append('，').append(fill(unseen(topic.details(), seen)));
                    }
                    text.append('。');
                }
            }
            if (rng.chance(0.35) && chineseCharacters(text) < 240) {
                fresh(topic.results()).ifPresent(r -> text.append(fill(r)));
            }
            return text.toString();
        }

        private String item(Phrases.Topic topic, Set<String> seen) {
            String action = unseen(topic.actions(), seen);
            boolean takesAdverb =
                    !action.contains("《") && !ADVERB_LED.matcher(action).lookingAt();
            String adverb = takesAdverb ? pick(Phrases.ADVERBS) : "";
            return adverb + fill(action) + "，" + fill(unseen(topic.details(), seen));
        }

        /** The next template of {@code items} not in {@code seen} (a few draws at most), added to it. */
        private String unseen(List<String> items, Set<String> seen) {
            String item = pickFrom(items);
            for (int i = 0; i < 4 && seen.contains(item); i++) {
                item = pickFrom(items);
            }
            seen.add(item);
            return item;
        }

        /** The text of a numbered item whose heading names a measure: figures, sometimes a result. */
        private String itemText(Phrases.Topic topic) {
            String lead = pick(List.of("", "", "全年"));
            StringBuilder text = new StringBuilder(lead)
                    .append(fill(pickFrom(topic.details())))
                    .append('，')
                    .append(fill(pickFrom(topic.details())))
                    .append('。');
            if (rng.chance(0.35)) {
                fresh(topic.results()).ifPresent(r -> text.append(fill(r)));
            }
            return text.toString();
        }

        private static String enumerate(List<String> clauses) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < clauses.size(); i++) {
                text.append(i == 0 ? "" : "；")
                        .append(ORDINALS.charAt(i))
                        .append('是')
                        .append(clauses.get(i));
            }
            return text.toString();
        }

        /** Fills the slots of a template (see {@link Phrases}). */
        private String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 16);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int close = c == '{' ? template.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String slot = template.substring(i + 1, close);
                out.append(
                        switch (slot) {
                            case "self" -> subject.self();
                            case "we" -> subject.we();
                            case "body" -> subject.body();
                            case "meeting" -> subject.meeting();
                            case "leader" -> subject.leader();
                            case "lead" -> subject.lead();
                            case "units" -> subject.units();
                            case "region" -> subject.region();
                            case "place" -> subject.place();
                            case "domain" -> pick(subject.domains());
                            case "Y" -> Integer.toString(year);
                            case "Y1" -> Integer.toString(year + 1);
                            case "s" -> Integer.toString(2 + rng.nextInt(5));
                            case "n" -> Integer.toString(2 + rng.nextInt(18));
                            case "m" -> Integer.toString(20 + rng.nextInt(301));
                            case "k" -> Integer.toString(300 + rng.nextInt(9_501));
                            case "p" -> tenths(850 + rng.nextInt(150)) + "%";
                            case "q" -> tenths(10 + rng.nextInt(241));
                            default -> throw new IllegalStateException("unknown slot {" + slot + "} in " + template);
                        });
                i = close + 1;
            }
            return out.toString();
        }

        private static String tenths(int value) {
            return value % 10 == 0 ? Integer.toString(value / 10) : (value / 10) + "." + (value % 10);
        }

        // --- size

        /** Adds or removes paragraphs until the written report has {@code lo} to {@code hi} characters. */
        private void fitTo(int lo, int hi) {
            // measured once, then kept up to date: a paragraph after a section's first adds exactly its own characters
            int size = chineseCharacters(assemble());
            for (int round = 0; round < 1_000; round++) {
                if (size >= lo && size <= hi) {
                    return;
                }
                if (size < lo) {
                    Optional<Node> node = growable();
                    if (node.isEmpty()) {
                        return;
                    }
                    String paragraph = node.get().more.get();
                    if (paragraph == null) {
                        node.get().more = null;
                    } else {
                        String added = shorten(paragraph, hi - size);
                        node.get().paragraphs.add(added);
                        size += chineseCharacters(added);
                    }
                } else {
                    int dropped = dropParagraph(size - lo);
                    if (dropped >= 0) {
                        size -= dropped;
                    } else if (dropSubsection()) {
                        size = chineseCharacters(assemble());
                    } else {
                        return;
                    }
                }
            }
        }

        /**
         * A section to add a paragraph to: in part 一 if there is one, else anywhere; of three sub-sections
         * drawn, the smallest, so that growth spreads over the topics; within it any section that can grow.
         */
        private Optional<Node> growable() {
            List<Node> groups = parts.stream()
                    .filter(p -> p.kind == SectionKind.MEASURES_AND_RESULTS)
                    .flatMap(p -> p.children.stream())
                    .filter(c -> c.all().anyMatch(n -> n.more != null))
                    .toList();
            if (groups.isEmpty()) {
                groups = parts.stream()
                        .flatMap(p -> Stream.concat(Stream.of(p), p.children.stream()))
                        .filter(n -> n.all().anyMatch(c -> c.more != null))
                        .toList();
            }
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            Node group = groups.get(rng.nextInt(groups.size()));
            for (int i = 0; i < 2; i++) {
                Node other = groups.get(rng.nextInt(groups.size()));
                group = other.size() < group.size() ? other : group;
            }
            List<Node> leaves = group.all().filter(n -> n.more != null).toList();
            return Optional.of(leaves.get(rng.nextInt(leaves.size())));
        }

        private String shorten(String paragraph, int room) {
            if (chineseCharacters(paragraph) <= room) {
                return paragraph;
            }
            StringBuilder kept = new StringBuilder();
            for (String sentence : paragraph.split("(?<=。)")) {
                if (chineseCharacters(kept) + chineseCharacters(sentence) > room) {
                    break;
                }
                kept.append(sentence);
            }
            return kept.length() > 0 ? kept.toString() : pick(Phrases.SHORT_SENTENCES);
        }

        /**
         * Drops the largest paragraph no larger than {@code excess} that is not a section's first (else the
         * smallest such paragraph) and returns its size, or -1 when there is none.
         */
        private int dropParagraph(int excess) {
            Node best = null;
            int bestIndex = -1;
            int bestSize = -1;
            Node smallest = null;
            int smallestIndex = -1;
            int smallestSize = Integer.MAX_VALUE;
            for (Node node : parts.stream().flatMap(Node::all).toList()) {
                for (int i = 1; i < node.paragraphs.size(); i++) {
                    int size = chineseCharacters(node.paragraphs.get(i));
                    if (size <= excess && size > bestSize) {
                        best = node;
                        bestIndex = i;
                        bestSize = size;
                    }
                    if (size < smallestSize) {
                        smallest = node;
                        smallestIndex = i;
                        smallestSize = size;
                    }
                }
            }
            if (best != null) {
                best.paragraphs.remove(bestIndex);
                return bestSize;
            }
            if (smallest != null) {
                smallest.paragraphs.remove(smallestIndex);
                return smallestSize;
            }
            return -1;
        }

        /** Drops the last sub-section of the part with the most, keeping at least three. */
        private boolean dropSubsection() {
            Node fullest = parts.stream()
                    .max((a, b) -> Integer.compare(a.children.size(), b.children.size()))
                    .orElseThrow();
            if (fullest.children.size() <= 3) {
                return false;
            }
            fullest.children.remove(fullest.children.size() - 1);
            return true;
        }

        // --- defects in the text

        private void applyTextDefects() {
            if (defects.contains(Defect.PLACEHOLDER)) {
                placeholder();
            }
            if (defects.contains(Defect.HALF_WIDTH_PUNCTUATION)) {
                halfWidth();
            }
        }

        private List<String> candidates() {
            List<Node> scope = parts.stream()
                    .filter(p -> p.kind == SectionKind.MEASURES_AND_RESULTS)
                    .toList();
            if (scope.isEmpty()) {
                scope = parts;
            }
            return scope.stream()
                    .flatMap(Node::all)
                    .flatMap(n -> n.paragraphs.stream())
                    .toList();
        }

        private void placeholder() {
            String token = pick(List.of("××", "××", "XX", "某某"));
            List<String> paragraphs = candidates();
            if (token.equals("某某")) {
                List<String> named = paragraphs.stream()
                        .filter(p -> p.contains(subject.placeShort()))
                        .toList();
                if (!named.isEmpty()) {
                    String p = pick(named);
                    replaceParagraph(p, p.replaceFirst(subject.placeShort(), token));
                    placeholderToken = token;
                    return;
                }
                token = "××";
            }
            List<String> withFigures =
                    paragraphs.stream().filter(p -> p.matches("(?s).*\\d.*")).toList();
            String p = withFigures.isEmpty() ? pick(paragraphs) : pick(withFigures);
            String changed = p.matches("(?s).*\\d.*")
                    ? p.replaceFirst("\\d+(\\.\\d+)?", token)
                    : p.replaceFirst("。", "，完成" + token + "项任务。");
            replaceParagraph(p, changed);
            placeholderToken = token;
        }

        private void halfWidth() {
            List<String> paragraphs = candidates().stream()
                    .filter(p -> p.matches("(?s).*\\p{IsHan}，\\p{IsHan}.*"))
                    .toList();
            if (paragraphs.isEmpty()) {
                paragraphs = parts.stream()
                        .flatMap(Node::all)
                        .flatMap(n -> n.paragraphs.stream())
                        .filter(p -> p.matches("(?s).*\\p{IsHan}，\\p{IsHan}.*"))
                        .toList();
            }
            String p = pick(paragraphs);
            replaceParagraph(
                    p,
                    p.replace('，', ',')
                            .replace('；', ';')
                            .replace('：', ':')
                            .replace('（', '(')
                            .replace('）', ')'));
        }

        private void replaceParagraph(String old, String replacement) {
            for (Node node : parts.stream().flatMap(Node::all).toList()) {
                for (int i = 0; i < node.paragraphs.size(); i++) {
                    if (node.paragraphs.get(i) == old) {
                        node.paragraphs.set(i, replacement);
                        return;
                    }
                }
            }
            throw new IllegalStateException("paragraph not found");
        }

        // --- the report

        private AnnualReport assemble() {
            ReportBuilder builder = AnnualReport.builder()
                    .issuers(subject.issuers())
                    .reportingYear(year)
                    .subject(subject.type(), subject.level())
                    .title(title);
            if (addressee) {
                builder.mainRecipients(subject.recipients().toArray(String[]::new));
            }
            builder.preamble(preamble.toArray(String[]::new));
            for (Node part : parts) {
                builder.part(part.kind, b -> {
                    b.heading(part.heading);
                    content(b, part);
                });
            }
            if (defects.contains(Defect.ZERO_PADDED_DATE)) {
                String padded = String.format(
                        "%d年%02d月%02d日",
                        dateOfIssue.getYear(), dateOfIssue.getMonthValue(), dateOfIssue.getDayOfMonth());
                builder.signOff(new SignOff(
                        SignOff.ID,
                        subject.issuers(),
                        Optional.of(padded),
                        Optional.of(dateOfIssue),
                        Optional.empty()));
            } else if (!defects.contains(Defect.MISSING_SIGN_OFF)) {
                builder.signOff(dateOfIssue);
            }
            return builder.build();
        }

        private static void content(SectionBuilder builder, Node node) {
            int first = node.runIn ? 1 : 0;
            for (int i = first; i < node.paragraphs.size(); i++) {
                builder.paragraph(node.paragraphs.get(i));
            }
            for (Node child : node.children) {
                if (child.runIn) {
                    builder.runIn(child.heading, child.paragraphs.get(0), b -> content(b, child));
                } else {
                    builder.subsection(child.heading, b -> content(b, child));
                }
            }
        }

        private AnnualReport applyNumberingDefects(AnnualReport report, Map<Defect, String> locations) {
            Defect defect = defects.contains(Defect.SKIPPED_NUMBER)
                    ? Defect.SKIPPED_NUMBER
                    : defects.contains(Defect.DUPLICATE_NUMBER) ? Defect.DUPLICATE_NUMBER : null;
            if (defect == null) {
                return report;
            }
            int delta = defect == Defect.SKIPPED_NUMBER ? 1 : -1;
            List<Section> top = new ArrayList<>(report.sections());
            List<Integer> withRuns = IntStream.range(0, top.size())
                    .filter(i -> top.get(i).subsections().size() >= 3)
                    .boxed()
                    .toList();
            if (withRuns.isEmpty() || rng.chance(0.4)) {
                int from = 1 + rng.nextInt(top.size() - 1);
                renumber(top, from, delta);
                locations.put(defect, top.get(from).id());
            } else {
                int parent = pick(withRuns);
                List<Section> subs = new ArrayList<>(top.get(parent).subsections());
                int from = 1 + rng.nextInt(subs.size() - 1);
                renumber(subs, from, delta);
                locations.put(defect, subs.get(from).id());
                top.set(parent, top.get(parent).withSubsections(subs));
            }
            return report.withSections(top);
        }

        private static void renumber(List<Section> siblings, int from, int delta) {
            for (int i = from; i < siblings.size(); i++) {
                Section s = siblings.get(i);
                Numbering printed = new Numbering(s.level(), s.number().ordinal() + delta);
                siblings.set(
                        i,
                        s.toBuilder()
                                .number(printed)
                                .printedNumber(printed.label())
                                .build());
            }
        }

        private void locate(AnnualReport report, Map<Defect, String> locations) {
            if (defects.contains(Defect.PLACEHOLDER)) {
                locations.put(Defect.PLACEHOLDER, firstParagraph(report, placeholderToken));
            }
            if (defects.contains(Defect.HALF_WIDTH_PUNCTUATION)) {
                locations.put(Defect.HALF_WIDTH_PUNCTUATION, firstParagraph(report, ","));
            }
            if (defects.contains(Defect.WRONG_PLAN_YEAR)) {
                locations.put(
                        Defect.WRONG_PLAN_YEAR,
                        report.sections(SectionKind.NEXT_YEAR_PLAN).get(0).id());
            }
            if (defects.contains(Defect.ZERO_PADDED_DATE)) {
                locations.put(Defect.ZERO_PADDED_DATE, SignOff.ID);
            }
        }

        private static String firstParagraph(AnnualReport report, String containing) {
            return report.query(Paragraph.class, p -> p.text().contains(containing)).stream()
                    .findFirst()
                    .map(Paragraph::id)
                    .orElseThrow(() -> new IllegalStateException("no paragraph contains " + containing));
        }

        // --- choice

        /** An item of {@code items} not yet used in this report, if one is left. */
        private <T> Optional<T> fresh(List<T> items) {
            List<Integer> left = used.computeIfAbsent(items, list -> {
                List<Integer> all =
                        new ArrayList<>(IntStream.range(0, list.size()).boxed().toList());
                rng.shuffle(all);
                return all;
            });
            return left.isEmpty() ? Optional.empty() : Optional.of(items.get(left.remove(left.size() - 1)));
        }

        private <T> T pick(List<T> items) {
            return items.get(rng.nextInt(items.size()));
        }

        /** Draws from a per-report shuffled deck of {@code items}, so a table repeats only when used up. */
        @SuppressWarnings("unchecked")
        private <T> T pickFrom(List<T> items) {
            return ((Deck<T>) decks.computeIfAbsent(items, list -> new Deck<>(list, rng))).next();
        }
    }

    private static final class Deck<T> {
        private final List<T> items;
        private final Rng rng;
        private final List<Integer> order = new ArrayList<>();
        private int position;

        Deck(List<T> items, Rng rng) {
            this.items = items;
            this.rng = rng;
        }

        T next() {
            if (position == order.size()) {
                order.clear();
                for (int i = 0; i < items.size(); i++) {
                    order.add(i);
                }
                rng.shuffle(order);
                position = 0;
            }
            return items.get(order.get(position++));
        }
    }

    /** SplitMix64: fully specified here, so a seed gives the same reports on every JDK. */
    private static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed;
        }

        static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        int nextInt(int bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound must be positive: " + bound);
            }
            return (int) ((nextLong() >>> 1) % bound);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        boolean chance(double p) {
            return nextDouble() < p;
        }

        <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                Collections.swap(list, i, nextInt(i + 1));
            }
        }
    }
}
