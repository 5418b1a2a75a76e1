package io.github.fazhi.core.testing;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.core.Title;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every field of the model, including spans and metadata, for round-trip and
 * schema properties. Text includes JSON-hostile characters (quotes, backslashes, control characters,
 * astral code points) on purpose.
 */
public final class ModelArbitraries {

    private ModelArbitraries() {}

    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("法治政府建设年度报告一二三四五六七八九十（）、。，：；“”《》")
                        .ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("", "\"", "\\", "\u0000", "\n", "${x}", "{y}", "😀𠀀", "</script>"));
    }

    static Arbitrary<Optional<SourceSpan>> span() {
        Arbitrary<SourceSpan> s = Combinators.combine(
                        Arbitraries.integers().between(1, 5000),
                        Arbitraries.integers().between(1, 300),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 300))
                .as((line, col, dl, len) -> SourceSpan.of(line, col, line + dl, dl == 0 ? col + len : 1 + len));
        return s.optional();
    }

    static Arbitrary<Paragraph> paragraph() {
        return Combinators.combine(text(), span()).as((t, s) -> new Paragraph("", t, s));
    }

    /** Mostly paragraphs, sometimes page furniture. */
    static Arbitrary<Block> block() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, paragraph().map(p -> (Block) p)),
                net.jqwik.api.Tuple.of(
                        1, Combinators.combine(text(), span()).as((t, s) -> (Block) new PageFurniture("", t, s))));
    }

    static Arbitrary<Section> section(int level, int depth) {
        Arbitrary<List<Section>> subs = depth >= 3 || level >= 4
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> section(level + 1, depth + 1)).list().ofMaxSize(3);
        return Combinators.combine(
                        Arbitraries.of(SectionKind.class),
                        Arbitraries.integers().between(1, 120),
                        Arbitraries.of("一、", "（二）", "", "3.", "(1)", "、").optional(),
                        text(),
                        Arbitraries.of(true, false),
                        block().list().ofMaxSize(3),
                        subs,
                        span())
                .as((kind, ordinal, printed, heading, runIn, blocks, children, sp) -> new Section(
                        "", kind, new Numbering(level, ordinal), printed, heading, runIn, blocks, children, sp));
    }

    static Arbitrary<ReportMetadata> metadata() {
        Arbitrary<Disclosure> disclosure = Combinators.combine(
                        date().optional(),
                        Arbitraries.of(DisclosureChannel.class).optional(),
                        text().optional())
                .as(Disclosure::new);
        return Combinators.combine(
                        text().list().ofMaxSize(3),
                        Arbitraries.integers().between(2000, 2040).optional(),
                        Arbitraries.of(SubjectType.class).optional(),
                        Arbitraries.of(AdministrativeLevel.class).optional(),
                        text().list().ofMaxSize(3),
                        text().list().ofMaxSize(2),
                        text().optional(),
                        text().optional())
                .flatAs((issuers, year, type, level, main, cc, docNo, signatory) -> disclosure
                        .optional()
                        .map(d -> new ReportMetadata(
                                issuers,
                                year.map(OptionalInt::of).orElse(OptionalInt.empty()),
                                type,
                                level,
                                main,
                                cc,
                                docNo,
                                signatory,
                                d)));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers()
                .between(0, 20000)
                .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    static Arbitrary<Optional<Title>> title() {
        return Combinators.combine(text().list().ofMinSize(1).ofMaxSize(3), span())
                .as(Title::ofLines)
                .optional();
    }

    static Arbitrary<Optional<SignOff>> signOff() {
        return Combinators.combine(text().list().ofMaxSize(3), text().optional(), date().optional(), span())
                .as((issuers, dateText, date, sp) -> new SignOff(
                        SignOff.ID,
                        issuers,
                        date.isPresent() ? dateText.or(() -> Optional.of("x")) : dateText,
                        date,
                        sp))
                .optional();
    }

    static Arbitrary<HeaderLine> headerLine() {
        return Combinators.combine(Arbitraries.of(HeaderLineKind.class), text(), Arbitraries.of(true, false), span())
                .as((k, t, a, s) -> new HeaderLine("", k, t, a, s));
    }

    /** Any report the model can hold. */
    public static Arbitrary<AnnualReport> reports() {
        return Combinators.combine(
                        metadata(),
                        headerLine().list().ofMaxSize(3),
                        title(),
                        block().list().ofMaxSize(3),
                        section(1, 1).list().ofMaxSize(5),
                        signOff(),
                        block().list().ofMaxSize(2))
                .as(AnnualReport::new);
    }
}
