package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rewrites every piece of text in a report, keeping its structure. */
final class ReportText {

    private ReportText() {}

    static AnnualReport map(AnnualReport r, UnaryOperator<String> f) {
        ReportMetadata m = r.metadata();
        ReportMetadata.Builder mb = m.toBuilder()
                .issuers(m.issuers().stream().map(f).toList())
                .mainRecipients(m.mainRecipients().stream().map(f).toList())
                .ccRecipients(m.ccRecipients().stream().map(f).toList());
        m.documentNumber().map(f).ifPresent(mb::documentNumber);
        m.signatory().map(f).ifPresent(mb::signatory);
        return new AnnualReport(
                mb.build(),
                r.header().stream()
                        .map(h -> new HeaderLine(h.id(), h.kind(), f.apply(h.text()), h.afterTitle(), h.span()))
                        .toList(),
                r.title().map(t -> Title.ofLines(t.lines().stream().map(f).toList(), t.span())),
                paragraphs(r.preamble(), f),
                r.sections().stream().map(s -> section(s, f)).toList(),
                r.signOff()
                        .map(s -> new SignOff(
                                s.id(),
                                s.issuers().stream().map(f).toList(),
                                s.dateText().map(f),
                                s.date(),
                                s.span())),
                paragraphs(r.trailing(), f));
    }

    private static List<Block> paragraphs(List<Block> ps, UnaryOperator<String> f) {
        return ps.stream()
                .map(p -> (Block) new Paragraph(p.id(), f.apply(p.text()), p.span()))
                .toList();
    }

    private static Section section(Section s, UnaryOperator<String> f) {
        List<Block> blocks = s.blocks().stream()
                .map(b -> (Block) new Paragraph(b.id(), f.apply(b.text()), b.span()))
                .toList();
        return s.toBuilder()
                .printedNumber(s.printedNumber().map(f))
                .heading(f.apply(s.heading()))
                .blocks(blocks)
                .subsections(
                        s.subsections().stream().map(sub -> section(sub, f)).toList())
                .build();
    }
}
