package io.github.fazhi.core.testing;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.core.SectionBuilder;
import io.github.fazhi.core.SectionClassifier;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for reports built with {@link AnnualReport#builder()}: random Chinese-looking text
 * from a pool of characters that cannot spell a label, a year, a date, an organ suffix or a keyword of
 * the mandated parts, so that a reader has no ambiguity to trip on. Reports have a title or none (one
 * or two lines), optional header lines, a preamble, top-level parts of any kind in any order with
 * sub-sections down to level 4 (stand-alone or run-in, some holding the first-responsible-person
 * content), and an optional sign-off with an Arabic or Chinese-numeral date and notes after it.
 *
 * <pre>{@code
 * @Property(tries = 1000)
 * void roundTrip(@ForAll("reports") AnnualReport report) { … }
 *
 * @Provide
 * Arbitrary<AnnualReport> reports() { return ReportArbitraries.reports(); }
 * }</pre>
 */
public final class ReportArbitraries {

    /** Characters with no meaning to a reader: no numerals, punctuation, organ suffixes or keywords. */
    public static final String POOL = "春夏秋冬山水林田湖草花鸟云雨风雪江河星辰松竹梅兰青蓝红白黄绿金木火土石玉光清新远近高深浅晨曦霞露泉溪峰岭";

    private static final List<String> ORGANS = List.of("区司法局", "区人民政府", "县市场监督管理局", "镇人民政府", "区生态环境局", "区卫生健康委员会");

    private ReportArbitraries() {}

    /** Text of {@code min} to {@code max} pool characters. */
    public static Arbitrary<String> words(int min, int max) {
        return Arbitraries.strings().withChars(POOL).ofMinLength(min).ofMaxLength(max);
    }

    /** A sentence ending with {@code 。}, sometimes with a comma inside. */
    public static Arbitrary<String> sentence() {
        return Combinators.combine(words(2, 12), words(0, 8)).as((a, b) -> b.isEmpty() ? a + "。" : a + "，" + b + "。");
    }

    /** A paragraph of one to three sentences, sometimes an inline enumeration {@code 一是…二是…}. */
    public static Arbitrary<String> paragraph() {
        Arbitrary<String> plain = sentence().list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> enumerated = sentence()
                .list()
                .ofMinSize(2)
                .ofMaxSize(4)
                .map(l -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < l.size(); i++) {
                        out.append(ChineseNumerals.format(i + 1)).append("是").append(l.get(i));
                    }
                    return out.toString();
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(1, enumerated));
    }

    /** A heading that names none of the mandated parts. */
    public static Arbitrary<String> thematicHeading() {
        return Combinators.combine(words(2, 12), words(0, 6))
                .as((a, b) -> b.isEmpty() ? a : a + "，" + b)
                .filter(h -> SectionClassifier.classify(h, OptionalInt.empty()) == SectionKind.THEMATIC);
    }

    /** A heading naming the first-responsible-person duty. */
    public static Arbitrary<String> firstResponsiblePersonHeading() {
        return words(0, 4).map(w -> "履行" + w + "法治建设第一责任人职责");
    }

    /** An organ name such as {@code 春山区司法局}. */
    public static Arbitrary<String> organ() {
        return Combinators.combine(words(2, 4), Arbitraries.of(ORGANS)).as(String::concat);
    }

    /** What a section holds, before it is given to a builder. */
    public record SectionSpec(
            String heading,
            boolean runIn,
            boolean firstResponsiblePerson,
            List<String> paragraphs,
            List<SectionSpec> children) {

        /** Adds this section's content (paragraphs and sub-sections) to {@code b}. */
        public void fill(SectionBuilder b) {
            int from = runIn ? 1 : 0;
            for (int i = from; i < paragraphs.size(); i++) {
                b.paragraph(paragraphs.get(i));
            }
            for (SectionSpec child : children) {
                if (child.runIn) {
                    b.runIn(child.heading, child.paragraphs.get(0), c -> child.configure(c));
                } else {
                    b.subsection(child.heading, c -> child.configure(c));
                }
            }
        }

        private void configure(SectionBuilder c) {
            if (firstResponsiblePerson) {
                c.kind(SectionKind.FIRST_RESPONSIBLE_PERSON);
            }
            fill(c);
        }
    }

    /** A sub-section at {@code level} (2 to 4) with its own sub-sections below. */
    public static Arbitrary<SectionSpec> subsection(int level) {
        Arbitrary<List<SectionSpec>> children =
                level < 4 ? subsection(level + 1).list().ofMaxSize(level == 2 ? 2 : 1) : Arbitraries.just(List.of());
        Arbitrary<Boolean> frp = Arbitraries.integers().between(1, 8).map(i -> i == 1);
        return Combinators.combine(
                        thematicHeading(),
                        firstResponsiblePersonHeading(),
                        frp,
                        Arbitraries.of(true, false),
                        paragraph().list().ofMaxSize(2),
                        children)
                .as((thematic, frpHeading, isFrp, runIn, paragraphs, subs) -> {
                    List<String> ps = new ArrayList<>(paragraphs);
                    if (runIn && ps.isEmpty()) {
                        ps.add("清风徐来。");
                    }
                    return new SectionSpec(isFrp ? frpHeading : thematic, runIn, isFrp, ps, subs);
                });
    }

    /** A top-level part: its kind (THEMATIC for a part with its own heading), heading and content. */
    public record PartSpec(SectionKind kind, String heading, SectionSpec content) {}

    /** A top-level part of any kind. */
    public static Arbitrary<PartSpec> part() {
        Arbitrary<SectionKind> kind = Arbitraries.of(SectionKind.values());
        Arbitrary<SectionSpec> content = Combinators.combine(
                        paragraph().list().ofMaxSize(2), subsection(2).list().ofMaxSize(4))
                .as((ps, subs) -> new SectionSpec("", false, false, ps, subs));
        return Combinators.combine(kind, thematicHeading(), content).as(PartSpec::new);
    }

    /** The shape of the front matter and sign-off. */
    enum TitleForm {
        NONE,
        STANDARD,
        TWO_LINES
    }

    enum SignOffForm {
        NONE,
        ARABIC_DATE,
        CHINESE_DATE,
        NO_DATE
    }

    /** A random report built with the builder. */
    public static Arbitrary<AnnualReport> reports() {
        Arbitrary<int[]> yearAndDay = Combinators.combine(
                        Arbitraries.integers().between(2015, 2030),
                        Arbitraries.integers().between(1, 90))
                .as((y, d) -> new int[] {y, d});
        Arbitrary<List<String>> issuers =
                organ().list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<Front> front = Combinators.combine(
                        Arbitraries.of(TitleForm.values()),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        organ().list().ofMaxSize(2).uniqueElements())
                .as(Front::new);
        Arbitrary<Back> back = Combinators.combine(
                        Arbitraries.of(SignOffForm.values()), paragraph().list().ofMaxSize(2))
                .as(Back::new);
        return Combinators.combine(
                        yearAndDay,
                        issuers,
                        front,
                        paragraph().list().ofMaxSize(3),
                        part().list().ofMaxSize(5),
                        back)
                .as(ReportArbitraries::build)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    private record Front(TitleForm title, boolean issuerLine, boolean documentNumber, List<String> recipients) {}

    private record Back(SignOffForm signOff, List<String> trailing) {}

    private static Optional<AnnualReport> build(
            int[] yearAndDay,
            List<String> issuers,
            Front front,
            List<String> preamble,
            List<PartSpec> parts,
            Back back) {
        if (preamble.isEmpty() && parts.isEmpty()) {
            return Optional.empty(); // a report needs a body; header and sign-off alone are ambiguous
        }
        int year = yearAndDay[0];
        String issuer = issuers.get(0);
        ReportBuilder b = AnnualReport.builder().issuers(issuers).reportingYear(year);
        if (front.title() == TitleForm.NONE) {
            b.withoutTitle();
        }
        if (!front.recipients().isEmpty()) {
            b.mainRecipients(front.recipients().toArray(String[]::new));
        }
        b.preamble(preamble.toArray(String[]::new));
        for (PartSpec p : parts) {
            if (p.kind() == SectionKind.THEMATIC) {
                b.section(p.heading(), s -> p.content().fill(s));
            } else {
                b.part(p.kind(), s -> p.content().fill(s));
            }
        }
        LocalDate date = LocalDate.of(year + 1, 1, 1).plusDays(yearAndDay[1]);
        boolean knownIssuer = front.title() != TitleForm.NONE || front.issuerLine();
        switch (back.signOff()) {
            case ARABIC_DATE -> b.signOff(SignOff.of(issuers, date));
            case CHINESE_DATE ->
                b.signOff(new SignOff(
                        SignOff.ID, issuers, Optional.of(chineseDate(date)), Optional.of(date), Optional.empty()));
            case NO_DATE -> {
                if (knownIssuer) {
                    b.signOff(SignOff.of(issuers));
                }
            }
            default -> {}
        }
        if (back.signOff() == SignOffForm.ARABIC_DATE || back.signOff() == SignOffForm.CHINESE_DATE) {
            back.trailing().forEach(b::trailing);
        }
        AnnualReport built = b.build();

        List<HeaderLine> header = new ArrayList<>();
        if (front.issuerLine()) {
            header.add(HeaderLine.of(HeaderLineKind.ISSUER, issuer));
        }
        if (front.documentNumber()) {
            header.add(HeaderLine.of(HeaderLineKind.DOCUMENT_NUMBER, "春司呈〔" + (year + 1) + "〕3号　签发人：林泉"));
        }
        header.addAll(built.header());
        Optional<Title> title = built.title();
        if (front.title() == TitleForm.TWO_LINES) {
            title = Optional.of(Title.ofLines(List.of(issuer, "关于" + year + "年法治政府建设情况的报告"), Optional.empty()));
        }
        return Optional.of(new AnnualReport(
                built.metadata(),
                header,
                title,
                built.preamble(),
                built.sections(),
                built.signOff(),
                built.trailing()));
    }

    /** A date in Chinese numerals: {@code 二〇二五年一月二十日}. */
    public static String chineseDate(LocalDate date) {
        StringBuilder y = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            y.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return y + "年" + ChineseNumerals.format(date.getMonthValue()) + "月"
                + ChineseNumerals.format(date.getDayOfMonth()) + "日";
    }

    /** The strings a report generated here reads back with: whether its year can be read from its text. */
    public static boolean yearIsWritten(AnnualReport report) {
        return report.title().isPresent()
                || report.sections().stream().anyMatch(s -> s.kind().isRequired());
    }
}
