package io.github.fazhi.review.testing;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.SectionBuilder;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.docx.DocxRenderer;
import io.github.fazhi.review.AuditStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fictional jurisdiction, 清河市清河区, for tests and the README's picture: thirteen units that must report
 * and the files they sent for 2025, in text, DOCX and JSON, covering every status of the roll-up: clean
 * reports, reports with errors and with warnings, an unreadable file, a unit that sent nothing, a unit that
 * sent twice, a report of the wrong year, a report matched only by an alias of the list and one by a short
 * form of the name, plus a report of a unit not on the list and one whose title and sign-off name
 * different units. Every name, figure and event is invented.
 *
 * <pre>{@code
 * TestJurisdiction.Files files = TestJurisdiction.write(dir);   // dir/units.csv, dir/units.txt, dir/reports/…
 * TestJurisdiction.EXPECTED.get("清河市清河区民政局");            // MISSING
 * }</pre>
 */
public final class TestJurisdiction {

    /** The year audited. */
    public static final int YEAR = 2025;

    public static final String GOVERNMENT = "清河市清河区人民政府";
    public static final String JUSTICE = "清河市清河区司法局";
    public static final String EDUCATION = "清河市清河区教育局";
    public static final String MARKET = "清河市清河区市场监督管理局";
    public static final String FINANCE = "清河市清河区财政局";
    public static final String HEALTH = "清河市清河区卫生健康委员会";
    public static final String TRANSPORT = "清河市清河区交通运输局";
    public static final String CIVIL_AFFAIRS = "清河市清河区民政局";
    public static final String EMERGENCY = "清河市清河区应急管理局";
    public static final String NATURAL_RESOURCES = "清河市清河区自然资源局";
    public static final String FOREIGN_AFFAIRS = "清河市清河区人民政府外事办公室";
    public static final String STREET = "清河市清河区清源街道办事处";
    public static final String HOUSING = "清河市清河区住房和城乡建设局";

    /** The alias the list gives the foreign-affairs office, and the only name its report uses. */
    public static final String FOREIGN_AFFAIRS_ALIAS = "区外事办";

    /** The status each unit must end with when the list is {@code units.csv}. */
    public static final Map<String, AuditStatus> EXPECTED;

    static {
        Map<String, AuditStatus> m = new LinkedHashMap<>();
        m.put(GOVERNMENT, AuditStatus.OK);
        m.put(JUSTICE, AuditStatus.OK);
        m.put(EDUCATION, AuditStatus.OK);
        m.put(MARKET, AuditStatus.ERRORS);
        m.put(FINANCE, AuditStatus.ERRORS);
        m.put(HEALTH, AuditStatus.WARNINGS);
        m.put(TRANSPORT, AuditStatus.UNREADABLE);
        m.put(CIVIL_AFFAIRS, AuditStatus.MISSING);
        m.put(EMERGENCY, AuditStatus.DUPLICATE);
        m.put(NATURAL_RESOURCES, AuditStatus.WRONG_YEAR);
        m.put(FOREIGN_AFFAIRS, AuditStatus.OK);
        m.put(STREET, AuditStatus.ERRORS);
        m.put(HOUSING, AuditStatus.OK);
        EXPECTED = java.util.Collections.unmodifiableMap(m);
    }

    /** The report of a unit not on the list. */
    public static final String UNMATCHED_FILE = "河东区司法局2025年度报告.txt";

    /** The report whose title names the justice bureau and whose sign-off names the finance bureau. */
    public static final String AMBIGUOUS_FILE = "法治政府建设年度报告（待确认）.txt";

    /** What {@link #write} wrote. */
    public record Files(Path unitsCsv, Path unitsTxt, Path reports) {}

    private TestJurisdiction() {}

    /** Writes the list of units (CSV and text) and the reports folder into {@code dir}. */
    public static Files write(Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        java.nio.file.Files.createDirectories(reports.resolve("街道"));
        Path csv = dir.resolve("units.csv");
        java.nio.file.Files.writeString(csv, """
                序号,单位,类型,层级,别名
                1,清河市清河区人民政府,政府,县级,区政府
                2,清河市清河区司法局,部门,县级,区司法局
                3,清河市清河区教育局,部门,县级,
                4,清河市清河区市场监督管理局,部门,县级,区市场监管局
                5,清河市清河区财政局,部门,县级,
                6,清河市清河区卫生健康委员会,部门,县级,区卫健委
                7,清河市清河区交通运输局,部门,县级,
                8,清河市清河区民政局,部门,县级,
                9,清河市清河区应急管理局,部门,县级,
                10,清河市清河区自然资源局,部门,县级,
                11,清河市清河区人民政府外事办公室,部门,县级,区外事办
                12,清河市清河区清源街道办事处,政府,乡镇,清源街道
                13,清河市清河区住房和城乡建设局,部门,县级,
                """, StandardCharsets.UTF_8);
        Path txt = dir.resolve("units.txt");
        java.nio.file.Files.writeString(
                txt, String.join("\n", EXPECTED.keySet()) + "\n# 以上为应报单位\n", StandardCharsets.UTF_8);

        LocalDate jan = LocalDate.of(YEAR + 1, 1, 20);
        text(reports.resolve("区政府.txt"), GOVERNMENT, SubjectType.LOCAL_GOVERNMENT, YEAR, jan, b -> {}, true);
        docx(reports.resolve("司法局.docx"), report(JUSTICE, SubjectType.GOVERNMENT_DEPARTMENT, YEAR, jan, b -> {}));
        json(
                reports.resolve("教育局.json"),
                report(
                        EDUCATION,
                        SubjectType.GOVERNMENT_DEPARTMENT,
                        YEAR,
                        LocalDate.of(YEAR + 1, 2, 10),
                        b -> b.disclosure(portal(
                                LocalDate.of(YEAR + 1, 3, 20), "https://jyj.qinghe.example/art/2026/3/20/1.html"))));
        // errors: item 2 (shortcomings and causes) left out
        text(
                reports.resolve("市场监管局.txt"),
                MARKET,
                SubjectType.GOVERNMENT_DEPARTMENT,
                YEAR,
                LocalDate.of(YEAR + 1, 2, 26),
                b -> b.shortcomingsAndCauses(null),
                false);
        // errors: an unfilled placeholder
        docx(
                reports.resolve("财政局2025年法治政府建设年度报告.docx"),
                report(
                        FINANCE,
                        SubjectType.GOVERNMENT_DEPARTMENT,
                        YEAR,
                        jan,
                        b -> b.measuresAndResults(part -> measures(part, "全年审查行政规范性文件××件，提出修改意见，推动财政资金分配依法依规。"))));
        // warnings: item 3 covers too few duties
        text(
                reports.resolve("卫健委.txt"),
                HEALTH,
                SubjectType.GOVERNMENT_DEPARTMENT,
                YEAR,
                jan,
                b -> b.firstResponsiblePerson(part -> part.paragraph("委主要负责同志认真履行推进法治建设第一责任人职责，带头学法，主持学习习近平法治思想2次。")),
                false);
        // unreadable: a DOCX cut off in transit
        byte[] whole = docxBytes(report(TRANSPORT, SubjectType.GOVERNMENT_DEPARTMENT, YEAR, jan, b -> {}));
        java.nio.file.Files.write(
                reports.resolve("清河区交通运输局2025年法治政府建设年度报告.docx"), Arrays.copyOf(whole, whole.length / 3));
        // duplicate: the same unit twice for 2025
        text(reports.resolve("应急管理局.txt"), EMERGENCY, SubjectType.GOVERNMENT_DEPARTMENT, YEAR, jan, b -> {}, false);
        docx(
                reports.resolve("应急管理局（修改稿）.docx"),
                report(EMERGENCY, SubjectType.GOVERNMENT_DEPARTMENT, YEAR, LocalDate.of(YEAR + 1, 2, 5), b -> {}));
        // wrong year: last year's report sent again
        text(
                reports.resolve("自然资源局.txt"),
                NATURAL_RESOURCES,
                SubjectType.GOVERNMENT_DEPARTMENT,
                YEAR - 1,
                LocalDate.of(YEAR, 1, 18),
                b -> {},
                false);
        // matched only by the alias in the list
        text(
                reports.resolve("外事办.txt"),
                FOREIGN_AFFAIRS_ALIAS,
                SubjectType.GOVERNMENT_DEPARTMENT,
                YEAR,
                jan,
                b -> {},
                false);
        // errors, late: item 3 left out, dated after 1 March, published after 1 April
        json(
                reports.resolve("街道/清源街道.json"),
                report(
                        STREET,
                        SubjectType.LOCAL_GOVERNMENT,
                        YEAR,
                        LocalDate.of(YEAR + 1, 3, 10),
                        b -> b.subject(SubjectType.LOCAL_GOVERNMENT, AdministrativeLevel.TOWNSHIP)
                                .firstResponsiblePerson(null)
                                .disclosure(portal(
                                        LocalDate.of(YEAR + 1, 4, 15),
                                        "https://qinghe.example/qyjd/2026/4/15/2.html"))));
        // matched by a short form of the name (清河区住房城乡建设局)
        docx(reports.resolve("住建局.docx"), report("清河区住房城乡建设局", SubjectType.GOVERNMENT_DEPARTMENT, YEAR, jan, b -> {}));
        // a unit not on the list
        text(
                reports.resolve(UNMATCHED_FILE),
                "清河市河东区司法局",
                SubjectType.GOVERNMENT_DEPARTMENT,
                YEAR,
                jan,
                b -> {},
                false);
        // the title names one unit, the sign-off another
        String mixed = PlainTextWriter.standard()
                .write(report(JUSTICE, SubjectType.GOVERNMENT_DEPARTMENT, YEAR, jan, b -> {}))
                .replaceFirst("(?m)^清河市清河区司法局\\s*$", FINANCE);
        java.nio.file.Files.writeString(reports.resolve(AMBIGUOUS_FILE), mixed, StandardCharsets.UTF_8);
        return new Files(csv, txt, reports);
    }

    private static Disclosure portal(LocalDate date, String url) {
        return new Disclosure(Optional.of(date), Optional.of(DisclosureChannel.PORTAL), Optional.of(url));
    }

    private static void text(
            Path file,
            String issuer,
            SubjectType type,
            int year,
            LocalDate date,
            Consumer<Variation> change,
            boolean subPartForItem3)
            throws IOException {
        AnnualReport r = subPartForItem3
                ? report(issuer, type, year, date, b -> {
                    b.firstResponsiblePerson(null);
                    b.measuresAndResults(part ->
                            measures(part, null).subsection("区政府主要负责同志履行推进法治建设第一责任人职责情况", sub -> frp(sub, "区长")));
                    change.accept(b);
                })
                : report(issuer, type, year, date, change);
        java.nio.file.Files.writeString(file, PlainTextWriter.standard().write(r), StandardCharsets.UTF_8);
    }

    private static void docx(Path file, AnnualReport report) throws IOException {
        java.nio.file.Files.write(file, docxBytes(report));
    }

    private static byte[] docxBytes(AnnualReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.builder().build().render(report, out);
        return out.toByteArray();
    }

    private static void json(Path file, AnnualReport report) throws IOException {
        java.nio.file.Files.writeString(file, ReportJson.write(report), StandardCharsets.UTF_8);
    }

    /** What a test may change in the standard report before it is built: a part left out or replaced. */
    public static final class Variation {
        private Consumer<SectionBuilder> measures = part -> measures(part, null);
        private Consumer<SectionBuilder> shortcomings = TestJurisdiction::shortcomings;
        private Consumer<SectionBuilder> frp = part -> frp(part, "局长");
        private Consumer<SectionBuilder> plan = TestJurisdiction::plan;
        private Disclosure disclosure;
        private SubjectType type;
        private AdministrativeLevel level = AdministrativeLevel.COUNTY;

        /** Replaces item 1. */
        public Variation measuresAndResults(Consumer<SectionBuilder> value) {
            measures = value;
            return this;
        }

        /** Replaces item 2, or leaves it out ({@code null}). */
        public Variation shortcomingsAndCauses(Consumer<SectionBuilder> value) {
            shortcomings = value;
            return this;
        }

        /** Replaces item 3, or leaves it out ({@code null}). */
        public Variation firstResponsiblePerson(Consumer<SectionBuilder> value) {
            frp = value;
            return this;
        }

        /** Sets the publication record. */
        public Variation disclosure(Disclosure value) {
            disclosure = value;
            return this;
        }

        /** Sets the subject. */
        public Variation subject(SubjectType t, AdministrativeLevel l) {
            type = t;
            level = l;
            return this;
        }
    }

    /** The standard clean report of {@code issuer} for {@code year}, dated {@code date}, changed by {@code change}. */
    public static AnnualReport report(
            String issuer, SubjectType type, int year, LocalDate date, Consumer<Variation> change) {
        Variation v = new Variation();
        v.type = type;
        change.accept(v);
        String self = type == SubjectType.LOCAL_GOVERNMENT ? "我区" : "我局";
        ReportBuilder b = AnnualReport.builder()
                .issuer(issuer)
                .reportingYear(year)
                .subject(v.type, v.level)
                .preamble(year + "年，" + self + "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                        + "认真落实上级关于法治政府建设的决策部署，依法全面履行职责，法治政府建设各项任务有序推进。现将有关情况报告如下：")
                .measuresAndResults(v.measures);
        if (v.shortcomings != null) {
            b.shortcomingsAndCauses(v.shortcomings);
        }
        if (v.frp != null) {
            b.firstResponsiblePerson(v.frp);
        }
        b.nextYearPlan(v.plan);
        if (v.disclosure != null) {
            b.disclosure(v.disclosure);
        }
        return b.signOff(date).build();
    }

    static SectionBuilder measures(SectionBuilder part, String extra) {
        part.runIn("加强组织领导", "年初制定法治政府建设工作要点，分解任务18项，逐项明确责任科室和完成时限，实行季度调度、年终考评。" + "全年召开专题会议4次，研究解决依法行政中的重点问题7个。")
                .runIn(
                        "推进依法决策",
                        "严格执行重大行政决策程序规定，重大事项均经合法性审查和集体讨论。全年审核规范性文件6件、合同42份，"
                                + "提出修改意见113条，采纳率95.6%。"
                                + (extra == null ? "" : extra))
                .runIn(
                        "规范行政执法",
                        "全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，评查执法案卷60卷，" + "组织执法人员培训3期、参训326人次，依法办理行政复议和应诉案件11件，未发生败诉。");
        return part;
    }

    static void shortcomings(SectionBuilder part) {
        part.paragraph("一是统筹推进的力度还不够，日常督促检查偏少；二是执法队伍专业化水平有待提高，个别案卷文书不够规范。" + "究其原因，主要是对法治建设的重视程度层层递减，培训考核的针对性不强。");
    }

    static SectionBuilder frp(SectionBuilder part, String leader) {
        return part.paragraph("主要负责同志认真履行推进法治建设第一责任人职责。" + leader + "主持召开常务会议3次专题研究部署法治建设工作，" + "听取法治建设情况汇报，协调解决重大问题。")
                .paragraph("坚持重大事项合法性审查，重要决策前听取法律顾问意见；带头出庭应诉1次；" + "带头学法，主持理论学习中心组学习习近平法治思想4次；年终在述法会议上报告履职情况。");
    }

    static void plan(SectionBuilder part) {
        part.paragraph("下一步，将持续深化依法行政，完善重大行政决策程序，加强行政执法监督，抓好普法责任制落实，" + "推动法治政府建设再上新台阶。");
    }
}
